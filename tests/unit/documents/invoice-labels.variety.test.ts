import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: small invoices written for these tests, not real documents.

describe('invoice labels: the wordings of totals, numbers, dates and names that layouts vary', () => {
  it('when the totals read "Net total", "VAT @ 20%" and "Amount payable", then the net is never taken for the total', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'Harbour Tools Ltd                                   INVOICE',
      '                                          Invoice #   INV-2025-00031',
      '                                          Date        18/03/2025',
      'Description          Qty     Price      Net',
      'Ball bearing          10     10.00   100.00',
      '                                          Net total          100.00',
      '                                          VAT @ 20%           20.00',
      '                                          Amount payable GBP 120.00',
    ]));
    expect(invoice.netAmount.value).toBe(100);
    expect(invoice.taxAmount.value).toBe(20);
    expect(invoice.totalAmount.value).toBe(120);
  });

  it('when the totals read "Goods value" and "Invoice total", then net and total are read by those words', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'Tax Invoice',
      'No. INV-2025-00032                        Issued on 5 Mar 2025',
      '                                   Goods value      £1,000.00',
      '                                   VAT                £200.00',
      '                                   Invoice total    £1,200.00',
    ]));
    expect(invoice.invoiceNumber.value).toBe('INV-2025-00032');
    expect(invoice.issueDate.value).toBe('2025-03-05');
    expect([invoice.netAmount.value, invoice.taxAmount.value, invoice.totalAmount.value]).toEqual([1000, 200, 1200]);
  });

  it('when the parties are named after "Company:", then those are their names; a customer\'s VAT number is the buyer\'s', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'Supplier details                 Customer details',
      'Company: Harbour Tools Ltd       Company: Mill Lane Metals Ltd',
      'VAT number: GB123456789',
      'Customer VAT No. GB987654321',
    ]));
    expect(invoice.sellerName.value).toBe('Harbour Tools Ltd');
    expect(invoice.buyerName.value).toBe('Mill Lane Metals Ltd');
    expect(invoice.buyerTaxId.value).toBe('GB987654321');
  });
});
