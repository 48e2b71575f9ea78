import { layouts, truthOf } from '../../../src/documents/evaluation/generated-truth';
import { chineseDate, longDate, money } from '../../../src/documents/evaluation/generated-drawing';
import { printedText } from './generated-printed-text.fixture';

const seen10 = ['en-invoice-window-address', 'cn-export-invoice-bilingual', 'en-delivery-docket', 'cn-contract-info-table'];

const shortDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** How each layout writes a date (the truth is ISO). */
const dateFormat: Record<string, (iso: string) => string> = {
  'en-invoice-window-address': longDate,
  'cn-export-invoice-bilingual': (iso) => iso,
  'en-delivery-docket': shortDate,
  'cn-contract-info-table': chineseDate,
};

describe('generated evaluation: the seen layouts drawn before the rules of round ten', () => {
  it('are registered seen, each with the fields of its document type', () => {
    const fieldsOf = (name: string) => Object.keys(truthOf(layouts.find((l) => l.name === name)!, 0).expected).sort();
    const like = { invoice: 'en-invoice-stacked', 'delivery-note': 'en-delivery-note', contract: 'en-contract' } as const;
    for (const name of seen10) {
      const layout = layouts.find((l) => l.name === name);
      expect(layout).toMatchObject({ heldOut: false });
      expect(fieldsOf(name)).toEqual(fieldsOf(like[layout!.documentType as keyof typeof like]));
    }
  });

  it.each(seen10.flatMap((name) => [0, 1, 2, 3].map((index) => [name, index] as const)))('%s #%d prints every evaluated field', async (name, index) => {
    const { text, expected } = await printedText(name, index);
    for (const [field, value] of Object.entries(expected)) {
      if (field === 'currency') expect(text).toMatch(/GBP|CNY/u);
      else if (typeof value === 'number') expect(text).toContain(money(value));
      else if (/Date$/.test(field)) expect(text).toContain(dateFormat[name]!(value));
      else expect(text).toContain(value);
    }
  });

  it('prints the buyer with no heading, a driver beside the receiver, and a project number before the contract number', async () => {
    const invoice = await printedText('en-invoice-window-address', 0);
    expect(invoice.text).not.toMatch(/Bill to|Invoice to|Customer:/i);
    expect(invoice.text).toContain(`Your VAT No: ${invoice.expected['buyerTaxId']}`);
    const docket = await printedText('en-delivery-docket', 0);
    expect(docket.text).toMatch(/Driver name: [A-Z][a-z]+ [A-Z][a-z]+/);
    expect(docket.text).toContain(`Print name: ${docket.expected['signedBy']}`);
    expect((await printedText('cn-contract-info-table', 0)).text).toMatch(/项目编号 XM-2025-\d{4} 合同编号 HT-2025-\d{4}/u);
  });
});
