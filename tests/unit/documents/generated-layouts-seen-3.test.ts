import { layouts, truthOf } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';

describe('generated evaluation: the two layouts moved from held out to seen', () => {
  it('are registered seen, with the fields of their document type', () => {
    const fieldsOf = (name: string) => Object.keys(truthOf(layouts.find((l) => l.name === name)!, 0).expected).sort();
    expect(layouts.find((l) => l.name === 'en-despatch-note')).toMatchObject({ documentType: 'delivery-note', heldOut: false });
    expect(fieldsOf('en-despatch-note')).toEqual(fieldsOf('en-delivery-note'));
    expect(layouts.find((l) => l.name === 'en-supply-agreement')).toMatchObject({ documentType: 'contract', heldOut: false });
    expect(fieldsOf('en-supply-agreement')).toEqual(fieldsOf('en-contract'));
  });

  it('prints the despatch note truth: the supplier only in the letterhead, dates day first', async () => {
    const { text, expected } = await printedText('en-despatch-note', 2);
    for (const value of ['deliveryNoteNumber', 'orderReference', 'receiverName']) expect(text).toContain(String(expected[value]));
    for (const value of ['deliveryDate', 'signatureDate']) expect(text).toContain(String(expected[value]).split('-').reverse().join('/'));
    expect(text).not.toMatch(/supplier|seller|from:/i);
  });

  it('prints the supply agreement truth in prose: parties in the opening sentence, the price in a clause', async () => {
    const { text, expected } = await printedText('en-supply-agreement', 5);
    for (const value of ['contractNumber', 'sellerName', 'buyerName']) expect(text).toContain(String(expected[value]));
    expect(text).toContain(`£${Number(expected['amount']).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`);
    expect(text).toContain(`day of ${new Date(`${expected['signingDate']}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${String(expected['signingDate']).slice(0, 4)}`);
  });

});
