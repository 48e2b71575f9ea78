import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: small invoices written for these tests, in the wordings of ERP print-outs,
// EN 16931 renderings and other countries' templates; not real documents.

describe('invoice labels: wordings of ERP print-outs, EN 16931 and other countries\' conventions', () => {
  it('reads the EN 16931 business terms: "Seller name", "Seller VAT identifier", "Invoice total amount without VAT"', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'Invoice',
      'Invoice number          INV-2025-00077',
      'Invoice issue date      2025-03-05',
      'Seller                               Buyer',
      'Seller name    Harbour Tools Ltd     Buyer name    Mill Lane Metals Ltd',
      'Seller VAT identifier  GB123456789   Buyer VAT identifier  GB987654321',
      'Line   Item name        Quantity   Line net amount',
      '1      Ball bearing     10         1,000.00',
      'Invoice total amount without VAT        1,000.00',
      'Invoice total VAT amount                  200.00',
      'Invoice total amount with VAT           1,200.00',
    ]));
    expect(invoice.invoiceNumber.value).toBe('INV-2025-00077');
    expect(invoice.issueDate.value).toBe('2025-03-05');
    expect(invoice.sellerName.value).toBe('Harbour Tools Ltd');
    expect(invoice.buyerName.value).toBe('Mill Lane Metals Ltd');
    expect(invoice.sellerTaxId.value).toBe('GB123456789');
    expect(invoice.buyerTaxId.value).toBe('GB987654321');
    expect([invoice.netAmount.value, invoice.taxAmount.value, invoice.totalAmount.value]).toEqual([1000, 200, 1200]);
  });

  it('reads a North American "Sales Tax (20.0%)" line as the tax, not its rate', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'Harbour Tools Ltd                                 Invoice',
      '                                          Invoice #   INV-2025-00078',
      'Item   Description        Qty    Rate     Amount',
      'P-100  Ball bearing       10     100.00   1,000.00',
      '                                   Sales Tax (20.0%)   £200.00',
      '                                   Total             £1,200.00',
    ]));
    expect(invoice.taxAmount.value).toBe(200);
    expect(invoice.taxAmount.source).not.toBe('inferred');
  });

  it('reads "Amount before tax", "GST/HST" and a "GST/HST Registration No." (Canada)', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'Supplier: Harbour Tools Ltd',
      'GST/HST Registration No.: GB123456789',
      'Inv. No. INV-2025-00079',
      '                                   Amount before tax   1,000.00',
      '                                   GST/HST               130.00',
      '                                   Total               1,130.00',
    ]));
    expect(invoice.invoiceNumber.value).toBe('INV-2025-00079');
    expect(invoice.sellerTaxId.value).toBe('GB123456789');
    expect([invoice.netAmount.value, invoice.taxAmount.value]).toEqual([1000, 130]);
  });

  it('reads a "Taxable value" as the net and a GSTIN as a tax id (Indian GST)', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'Tax Invoice',
      'Supplier: Harbour Tools Ltd',
      'GSTIN: GB123456789',
      '                                   Taxable value       1,000.00',
      '                                   Total tax             200.00',
      '                                   Total               1,200.00',
    ]));
    expect(invoice.sellerTaxId.value).toBe('GB123456789');
    expect(invoice.netAmount.value).toBe(1000);
    expect(invoice.netAmount.source).not.toBe('inferred');
  });

  it('reads a Kingdee/Yonyou print-out\'s 税务登记号 as a tax id, 未税金额 as the net and 票据号码 as the number', () => {
    const invoice = extractInvoiceFromText(monospaced([
      '销售单',
      '票据号码：XS2025000123      开票日期：2025-03-05',
      '销售方：杭州华辰机械有限公司',
      '税务登记号：91330100MA27XK5K1M',
      '未税金额合计  ¥1,000.00',
      '税额合计      ¥130.00',
      '价税合计      ¥1,130.00',
    ]));
    expect(invoice.invoiceNumber.value).toBe('XS2025000123');
    expect(invoice.sellerTaxId.value).toBe('91330100MA27XK5K1M');
    expect(invoice.netAmount.value).toBe(1000);
    expect(invoice.netAmount.source).not.toBe('inferred');
  });

  it('reads 付款期限 as the due date, not the issue date', () => {
    const invoice = extractInvoiceFromText(monospaced([
      '销售单',
      '单据编号：XS2025000124',
      '付款期限：2025-04-04',
      '开票日期：2025-03-05',
    ]));
    expect(invoice.dueDate.value).toBe('2025-04-04');
    expect(invoice.issueDate.value).toBe('2025-03-05');
  });
});
