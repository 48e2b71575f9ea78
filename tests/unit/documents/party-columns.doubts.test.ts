import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { checkNotOnOtherPartysRow } from '../../../src/domain/documents/other-party-row.checks';
import type { Field } from '../../../src/domain/documents/extracted-field';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: each invoice once as printed, once with the one mishap OCR makes of a party's row or cell.

const field = (value: string | null): Field<string> => ({ value, confidence: value === null ? 0 : 0.95, source: 'ocr' });

describe('party columns side by side confirm each other row by row', () => {
  const invoice = (nameRow: string, vatRow = 'VAT: GB098263490         VAT: GB712332478         Felixstowe') =>
    extractInvoiceFromText(monospaced([
      'INVOICE                  Invoice No: INV-2025-33257',
      'Invoice date: 02/05/2025',
      'Sold by                  Bill to                  Ship to',
      nameRow,
      '5 King Street            14 Quay Side             Unit 4, Dock Road',
      vatRow,
    ]));

  it('when each column holds its party\'s name and id, then nothing is doubted', () => {
    const read = invoice('Proseware Metals Ltd     Wingtip Industrial Ltd   c/o Harbour Freight Ltd');
    expect(read.sellerName).toMatchObject({ value: 'Proseware Metals Ltd' });
    expect(read.buyerName).toMatchObject({ value: 'Wingtip Industrial Ltd' });
    expect(read.sellerName.check).toBeUndefined();
    expect(read.sellerTaxId.check).toBeUndefined();
  });

  it('when the names\' row is read one column off, then the seller\'s name, its neighbour a "c/o" address, goes to manual entry', () => {
    const read = invoice('Wingtip Industrial Ltd   c/o Harbour Freight Ltd  Proseware Metals Ltd');
    expect(read.sellerName.value).toBe('Wingtip Industrial Ltd');
    expect(read.sellerName.check).toMatch(/buyer's column beside it holds no name/);
  });

  it('when the ids\' row is read one column off, then the seller\'s id, its neighbour a town, goes to manual entry', () => {
    const read = invoice('Proseware Metals Ltd     Wingtip Industrial Ltd   c/o Harbour Freight Ltd', 'VAT: GB712332478         Felixstowe               VAT: GB098263490');
    expect(read.sellerTaxId.value).toBe('GB712332478');
    expect(read.sellerTaxId.check).toMatch(/buyer's column beside it holds no tax id/);
  });
});

describe('a party block that ran into another party\'s column', () => {
  const invoice = (customerHeading: string, companyRow: string) =>
    extractInvoiceFromText(monospaced([
      'Tax Invoice',
      'No. INV-2025-15736                                Issued on 5 Oct 2025',
      `Supplier details                          ${customerHeading}`,
      companyRow,
      '5 King Street, Manchester                 22 Mill Lane, Bristol',
      'VAT number: GB181103074                   VAT number: GB373588474',
    ]));

  it('when both headings are read, then each name is its block\'s', () => {
    const read = invoice('Customer details', 'Company: Blue Harbour Logistics Ltd       Company: Northwind Traders Ltd');
    expect(read.sellerName).toMatchObject({ value: 'Blue Harbour Logistics Ltd' });
    expect(read.sellerName.check).toBeUndefined();
  });

  it('when the customer heading is misread and the seller\'s own name lost, then the name its block gives goes to manual entry', () => {
    const read = invoice('Customer detaily', '                                          Company: Northwind Traders Ltd');
    expect(read.sellerName.value).toBe('Northwind Traders Ltd');
    expect(read.sellerName.check).toMatch(/holds 2 different tax ids: it ran into another party's column/);
  });
});

describe('a party\'s value found only on the other party\'s row', () => {
  const table = (buyerRow: boolean) => monospaced([
    '增值税专用发票                                  No. 67173368',
    '         名称                      纳税人识别号',
    ...(buyerRow ? ['购买方   无锡新锐精密机械有限公司   913302004GP1LKPA12'] : []),
    '销售方   南京金陵轴承有限公司       91320500LP2HH8UXTR',
  ]);

  it('when the buyer\'s id is read on the seller\'s row only, then it goes to manual entry', () => {
    const checked = checkNotOnOtherPartysRow(table(false), { sellerName: field(null), sellerTaxId: field(null), buyerName: field(null), buyerTaxId: field('91320500LP2HH8UXTR') });
    expect(checked.buyerTaxId.check).toMatch(/stands only on the seller's row/);
  });

  it('when the buyer\'s id stands on its own row, then it is not doubted', () => {
    const checked = checkNotOnOtherPartysRow(table(true), { sellerName: field('南京金陵轴承有限公司'), sellerTaxId: field('91320500LP2HH8UXTR'), buyerName: field('无锡新锐精密机械有限公司'), buyerTaxId: field('913302004GP1LKPA12') });
    expect(Object.values(checked).map((f) => f.check)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
