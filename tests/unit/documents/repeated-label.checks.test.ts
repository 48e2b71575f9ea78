import { extractContractFromText } from '../../../src/domain/documents/contract-text.extractor';
import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: documents that print a number's label twice.

describe('a label printed twice', () => {
  it('when a delivery note prints its number twice with two values, then the number goes to manual entry', () => {
    const note = extractDeliveryNoteFromText(monospaced([
      'DELIVERY NOTE                        Delivery Note No: DN-2025-0042',
      'Order No: PO-48213                   Delivery date: 2025-03-04',
      'Deliver to: Adventure Works Ltd',
      'Tear off and return - Delivery Note No: DN-2025-0048',
    ]));
    expect(note.deliveryNoteNumber).toMatchObject({ value: 'DN-2025-0042', check: expect.stringContaining('2 times with different values') });
    expect(note.orderReference.check).toBeUndefined();
  });

  it('when an invoice prints its number twice alike, then it passes; with two values, it goes to manual entry', () => {
    const invoice = (footer: string) => extractInvoiceFromText(monospaced([
      'INVOICE                              Invoice No: INV-2025-00417',
      'Invoice Date: 2025-03-04',
      `Please quote Invoice No: ${footer} with your payment`,
    ]));
    expect(invoice('INV-2025-00417').invoiceNumber).toMatchObject({ value: 'INV-2025-00417' });
    expect(invoice('INV-2025-00417').invoiceNumber.check).toBeUndefined();
    expect(invoice('INV-2025-00411').invoiceNumber.check).toMatch(/different values/);
  });

  it('when a contract quotes another contract\'s number under the same label, then its number goes to manual entry', () => {
    const contract = extractContractFromText(monospaced([
      'SALES CONTRACT                       Contract No: SC-2025-0031',
      'This contract replaces Contract No: SC-2024-0977.',
    ]));
    expect(contract.contractNumber.check).toMatch(/different values/);
  });
});

describe('an issue date read by a bare "Date" label printed twice', () => {
  it('when an invoice names no invoice date and prints "Date" twice with two dates, then the issue date goes to manual entry', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'INVOICE                              Invoice No: INV-2025-00123',
      'Date: 2025-03-04',
      'Seller: Northwind Traders Ltd        Buyer: Contoso Retail Ltd',
      'Goods received in good order         Date: 2025-04-20',
    ]));
    expect(invoice.issueDate).toMatchObject({ value: '2025-03-04', check: expect.stringMatching(/printed 2 times/) });
  });

  it('when the invoice date is named, then a bare "Date" elsewhere leaves it alone', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'INVOICE                              Invoice No: INV-2025-00123',
      'Invoice date: 2025-03-04',
      'Goods received in good order         Date: 2025-04-20',
    ]));
    expect(invoice.issueDate).toMatchObject({ value: '2025-03-04' });
    expect(invoice.issueDate.check).toBeUndefined();
  });
});
