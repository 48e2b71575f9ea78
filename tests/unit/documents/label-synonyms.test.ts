import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

describe('synonyms of labels across layouts', () => {
  it('reads an invoice labelled "Invoice Ref", "Billing date", "Pay by", "VAT amount", "Issued by" and "Invoiced to"', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'Invoice Ref: AB-7781           Billing date: 18 March 2025',
      'Pay by: 17 April 2025',
      'Issued by:                     Invoiced to:',
      'Harbour Tools Ltd              Mill Lane Metals Ltd',
      'Subtotal   100.00',
      'VAT amount  20.00',
      'Total      120.00',
    ]));
    expect(invoice.invoiceNumber.value).toBe('AB-7781');
    expect(invoice.issueDate.value).toBe('2025-03-18');
    expect(invoice.dueDate.value).toBe('2025-04-17');
    expect(invoice.taxAmount.value).toBe(20);
    expect(invoice.sellerName.value).toBe('Harbour Tools Ltd');
    expect(invoice.buyerName.value).toBe('Mill Lane Metals Ltd');
  });

  it('reads a shipment number as the delivery note\'s (a carrier\'s waybill number is the consignment\'s, never the note\'s), and 到货日期 as the delivery date', () => {
    expect(extractDeliveryNoteFromText(monospaced(['Shipment No: SHP-2025-0042'])).deliveryNoteNumber.value).toBe('SHP-2025-0042');
    expect(extractDeliveryNoteFromText(monospaced(['Waybill No. WB-88213'])).deliveryNoteNumber.value).toBeNull();
    expect(extractDeliveryNoteFromText(monospaced(['到货日期：2025年03月04日'])).deliveryDate.value).toBe('2025-03-04');
  });
});
