import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { checkNotInOtherPartysColumn, checkNotOnOtherPartysRow } from '../../../src/domain/documents/other-party-row.checks';
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

describe('a party\'s value found only in the column the other party\'s role heads', () => {
  const boxes = (sellerRow: string) => monospaced([
    'Tax Invoice',
    'Supplier details                          Customer details',
    `${sellerRow.padEnd(42)}Company: Wingtip Industrial Ltd`,
    '14 Quay Side, Hull                        90 Station Road, Cardiff',
    'VAT number: GB306280475                   VAT number: GB204387739',
  ]);

  it('when the seller\'s name was taken from under the customer\'s heading, then it goes to manual entry', () => {
    const checked = checkNotInOtherPartysColumn(boxes('Organisation: Litware Supplies Ltd'), { sellerName: field('Wingtip Industrial Ltd'), sellerTaxId: field('GB306280475'), buyerName: field(null), buyerTaxId: field('GB204387739') });
    expect(checked.sellerName.check).toMatch(/stands only in the column the buyer's role heads/);
    expect([checked.sellerTaxId.check, checked.buyerTaxId.check]).toEqual([undefined, undefined]);
  });

  it('when each name stands under its own heading, or under none, then neither is doubted', () => {
    const checked = checkNotInOtherPartysColumn(boxes('Company: Litware Supplies Ltd'), { sellerName: field('Litware Supplies Ltd'), sellerTaxId: field(null), buyerName: field('Wingtip Industrial Ltd'), buyerTaxId: field(null) });
    expect([checked.sellerName.check, checked.buyerName.check]).toEqual([undefined, undefined]);
    const unheaded = checkNotInOtherPartysColumn(monospaced(['Litware Supplies Ltd', 'Wingtip Industrial Ltd']), { sellerName: field('Wingtip Industrial Ltd'), sellerTaxId: field(null), buyerName: field(null), buyerTaxId: field(null) });
    expect(unheaded.sellerName.check).toBeUndefined();
  });

  it('when a labelled value of the buyer stands over the seller\'s in a grid of labelled values, then that label heads no column', () => {
    const grid = monospaced(['客户：深圳嘉信科技有限公司         客户税号：91330200XUC39HL40P', '销售组织：南京金陵轴承有限公司     税务登记号：91330200YP5P8D7JUN']);
    const checked = checkNotInOtherPartysColumn(grid, { sellerName: field('南京金陵轴承有限公司'), sellerTaxId: field('91330200YP5P8D7JUN'), buyerName: field('深圳嘉信科技有限公司'), buyerTaxId: field('91330200XUC39HL40P') });
    expect(Object.values(checked).map((f) => f.check)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
