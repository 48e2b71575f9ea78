import { extractContractFromText } from '../../../src/domain/documents/contract-text.extractor';
import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: each document once as printed, once with what makes one of its values doubtful.

describe('an invoice\'s issue date and number put to doubt', () => {
  it('when the issue date comes from a bare "Date" and another bare date label gives another date, then the date goes to manual entry naming the other', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'INVOICE                              Invoice No: INV-2025-00417',
      'Date: 04/03/2025',
      'Goods despatched',
      'Date           Description               Amount',
      '11/02/2025     Pallets                   £ 100.00',
    ]));
    expect(invoice.issueDate.value).toBe('2025-03-04');
    expect(invoice.issueDate.check).toMatch(/"2025-02-11"/);
  });

  it('when the issue date has its own label, then a date in a "Date" column does not compete', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'INVOICE                              Invoice No: INV-2025-00417',
      'Invoice date: 04/03/2025',
      'Date           Description               Amount',
      '11/02/2025     Pallets                   £ 100.00',
    ]));
    expect(invoice.issueDate).toMatchObject({ value: '2025-03-04' });
    expect(invoice.issueDate.check).toBeUndefined();
  });

  it('when the issue date is more than a year from the invoice\'s other dates, then its year may be misread', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'INVOICE                              Invoice No: INV-2025-00417',
      'Invoice date: 04/03/2023             Due date: 03/04/2025',
    ]));
    expect(invoice.issueDate.check).toMatch(/more than a year away/);
  });
});

describe('a delivery note\'s references put to doubt', () => {
  it('when a generic "No." gives the number and another "No." gives another, then the number goes to manual entry', () => {
    const note = (second: string) => extractDeliveryNoteFromText(monospaced([
      'DELIVERY NOTE                        No. DN-2025-0042',
      'Order No: PO-48213                   Delivery date: 2025-03-04',
      'Deliver to: Adventure Works Ltd',
      `No. ${second}`,
    ]));
    expect(note('DN-2025-0042').deliveryNoteNumber.check).toBeUndefined();
    expect(note('DN-2025-0049').deliveryNoteNumber.check).toMatch(/"DN-2025-0049"/);
  });
});

describe('a contract\'s signing date put to doubt', () => {
  it('when "Dated" gives the signing date and another "Dated" gives another, then the signing date goes to manual entry', () => {
    const contract = (second: string) => extractContractFromText(monospaced([
      'SALES CONTRACT                       Contract No: SC-2025-0031',
      'Dated: 12 March 2025',
      'Seller: Litware Supplies Ltd',
      'Buyer: Wingtip Industrial Ltd',
      `Dated: ${second}`,
    ]));
    expect(contract('12 March 2025').signingDate).toMatchObject({ value: '2025-03-12' });
    expect(contract('12 March 2025').signingDate.check).toBeUndefined();
    expect(contract('21 March 2025').signingDate.check).toMatch(/"2025-03-21"/);
  });
});
