import { layouts, truthOf } from '../../../src/documents/evaluation/generated-truth';
import { chineseDate, money, usDate } from '../../../src/documents/evaluation/generated-drawing';
import { printedText } from './generated-printed-text.fixture';

const seen9 = ['en-invoice-three-parties', 'cn-vat-invoice-party-table', 'cn-delivery-note-sign-table', 'en-agreement-party-table'];

/** How each layout writes a date (the truth is ISO). */
const dateFormat: Record<string, (iso: string) => string> = {
  'en-invoice-three-parties': usDate,
  'cn-vat-invoice-party-table': chineseDate,
  'cn-delivery-note-sign-table': chineseDate,
  'en-agreement-party-table': usDate,
};

describe('generated evaluation: the seen layouts drawn to find failures on new shapes', () => {
  it('are registered seen, each with the fields of its document type', () => {
    const fieldsOf = (name: string) => Object.keys(truthOf(layouts.find((l) => l.name === name)!, 0).expected).sort();
    const like = { invoice: 'en-invoice-stacked', 'delivery-note': 'en-delivery-note', contract: 'en-contract' } as const;
    for (const name of seen9) {
      const layout = layouts.find((l) => l.name === name);
      expect(layout).toMatchObject({ heldOut: false });
      expect(fieldsOf(name)).toEqual(fieldsOf(like[layout!.documentType as keyof typeof like]));
    }
  });

  it.each(seen9.flatMap((name) => [0, 1, 2, 3].map((index) => [name, index] as const)))('%s #%d prints every evaluated field', async (name, index) => {
    const { text, expected } = await printedText(name, index);
    for (const [field, value] of Object.entries(expected)) {
      if (field === 'currency') expect(text).toMatch(/GBP|¥/u);
      else if (typeof value === 'number') expect(text).toContain(money(value));
      else if (/Date$/.test(field)) expect(text).toContain(dateFormat[name]!(value));
      else expect(text).toContain(value);
    }
  });

  it('prints a third company (the carrier) beside the buyer, and the carrier\'s printed name beside the signature', async () => {
    expect((await printedText('en-invoice-three-parties', 0)).text).toMatch(/Ship to .*c\/o [A-Z][a-z]+ [A-Za-z ]+ Ltd/);
    const { text, expected } = await printedText('cn-delivery-note-sign-table', 0);
    expect(text).toMatch(/送货人 .*赵刚/u);
    expect(text).toContain(String(expected['signedBy']));
  });
});
