import { checkTaxIdField } from '../../../src/domain/documents/invoice-field.checks';
import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { findLabelled } from '../../../src/domain/documents/labelled-value.finder';
import { checkOrganisationName } from '../../../src/domain/documents/party-fields.checks';
import { parseTaxIdValue } from '../../../src/domain/documents/value.parsers';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents. OCR often reads two columns
// whose gap is narrow as one run of text: what the reader takes from such a run is doubted.

const read = (value: string) => ({ value, confidence: 0.95, source: 'ocr' as const });

describe('columns OCR read as one run of text', () => {
  it('when a VAT number runs into the next column\'s label, then the label is no part of it, and a number glued to a word is doubted', () => {
    expect(parseTaxIdValue('GB192957859 VAT Reg. No.: GB144152341')).toBe('GB192957859');
    expect(parseTaxIdValue('NL 8532.12.345.B01')).toBe('NL853212345B01');
    expect(checkTaxIdField(read('GB192957859VAT')).check).toMatch(/runs into a word/);
    expect(checkTaxIdField(read('GB192957859')).check).toBeUndefined();
  });

  it('when two names of one row are read as one, then the name goes to manual entry; a name with a branch or "& Co. KG" stays one', () => {
    expect(checkOrganisationName(read('Fabrikam Components Ltd Tailspin Engineering Ltd')).check).toMatch(/two names/);
    expect(checkOrganisationName(read('Contoso Retail Ltd Company: Adventure Works Ltd')).check).toMatch(/two names/);
    expect(checkOrganisationName(read('深圳嘉信科技有限公司杭州华辰机械有限公司')).check).toMatch(/two registered names/);
    expect(checkOrganisationName(read('Müller Logistik GmbH & Co. KG')).check).toBeUndefined();
    expect(checkOrganisationName(read('杭州华辰机械有限公司上海分公司')).check).toBeUndefined();
    expect(checkOrganisationName(read('Blue Harbour Logistics Ltd')).check).toBeUndefined();
  });

  it('when the values of a header row\'s columns are read as one run, then the date under "Tax date" is taken, not the first date of the run, and it is doubted', () => {
    const text = monospaced([
      'Order No.  Order date  Invoice No.     Tax date     Account',
      'SO-835055 9 Apr 2025 INV-2025-50538 18 Apr 2025 AC37926',
    ]);
    const parse = (raw: string) => raw.match(/\d{1,2} [A-Z][a-z]{2} \d{4}/)?.[0] ?? null;
    const found = findLabelled(text, [/\btax\s*date\b/i], parse, { linesBelow: 1, valuesMayMerge: true });
    expect(found?.value).toBe('18 Apr 2025');
    expect(found?.confidence).toBeLessThan(0.8);
    expect(findLabelled(text, [/\btax\s*date\b/i], parse, { linesBelow: 1 })?.value).toBe('9 Apr 2025');
  });

  it('when an invoice\'s header row values are merged, then its issue date is the tax date and goes to manual entry', () => {
    const fields = extractInvoiceFromText(monospaced([
      'TAX INVOICE',
      'Order No.  Order date  Invoice No.     Tax date     Account',
      'SO-835055 9 Apr 2025 INV-2025-50538 18 Apr 2025 AC37926',
    ]));
    expect(fields.issueDate.value).toBe('2025-04-18');
    expect(fields.issueDate.confidence).toBeLessThan(0.8);
  });
});
