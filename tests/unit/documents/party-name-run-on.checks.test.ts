import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { checkNameRunsOn } from '../../../src/domain/documents/party-name-run-on.checks';
import type { Field } from '../../../src/domain/documents/extracted-field';
import { monospaced } from './monospaced-text.fixture';

const read = (value: string): Field<string> => ({ value, confidence: 0.93, source: 'ocr' });

describe('a party name that runs on into the next column', () => {
  it.each([
    ['Wingtip Industrial Lid Buyer name Proseware Metals Lid', 'Buyer name'],
    ['Northwind Traders Ltd Customer: Contoso Ltd', 'Customer:'],
    ['Fabrikam Components Ltd Ship to Blue Harbour Logistics', 'Ship to'],
    ['杭州明德机电有限公司 购买方 上海华东贸易有限公司', '购买方'],
  ])('when the name reads "%s", then it goes to manual entry, naming the label "%s"', (value, label) => {
    const checked = checkNameRunsOn(read(value));
    expect(checked.check).toContain(`("${label}")`);
    expect(checked.confidence).toBeLessThan(0.8);
  });

  it.each([['Customer First Supplies Ltd'], ['Supplier Direct Ltd'], ['Blue Harbour Logistics Ltd'], ['上海华东供应链管理有限公司']])('when the name is "%s", then it passes as read', (value) => {
    expect(checkNameRunsOn(read(value))).toEqual(read(value));
  });

  it('when an invoice row of seller and buyer is read as one run, then the seller name goes to manual entry', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'INVOICE                             Invoice No: INV-2025-0042',
      'Invoice date: 2025-03-04',
      'Seller name Wingtip Industrial Ltd Buyer name Proseware Metals Ltd',
      'Total: GBP 1,200.00',
    ], { origin: 'ocr', confidence: 0.95 }));
    expect(invoice.sellerName.check).toMatch(/holds another party's label \("Buyer name"\)/);
    expect(invoice.sellerName.confidence).toBeLessThan(0.8);
  });
});
