import { extractContractFromText } from '../../../src/domain/documents/contract-text.extractor';
import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { doubtAmount, doubtPartyName, doubtTaxId } from '../../../src/domain/documents/field-doubts';
import { invoiceLabels } from '../../../src/domain/documents/invoice-labels.vocabulary';
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

describe('a value printed only under a label of another meaning', () => {
  it('when a contract\'s number is read under "Framework agreement No.", and no contract number label gives it, then it goes to manual entry', () => {
    const contract = extractContractFromText(monospaced([
      'CALL-OFF ORDER FORM',
      'Framework agreement No.: SC-2025-5067',
      'Seller: Northwind Traders Ltd',
      'Buyer: Contoso Retail Ltd',
      'Order value: £ 1,200.00',
    ]));
    expect(contract.contractNumber.value).toBe('SC-2025-5067');
    expect(contract.contractNumber.check).toMatch(/label of something else/);
  });

  it('when the contract\'s own number label gives a number beside the framework agreement\'s, then that number passes', () => {
    const contract = extractContractFromText(monospaced(['Contract No.: SC-2025-4512', 'Framework agreement No.: SC-2025-5067', 'Seller: Northwind Traders Ltd']));
    expect(contract.contractNumber).toMatchObject({ value: 'SC-2025-4512' });
    expect(contract.contractNumber.check ?? '').not.toMatch(/label of something else/);
  });

  it('when a party\'s name, a tax id or an amount is printed only under another thing\'s label, then it goes to manual entry; under its own label too, it passes', () => {
    const text = monospaced(['Bill to', 'Guarantor: Harbourside Agencies Ltd', 'Customer No.: GB461396309', 'Deposit paid: £ 500.00', 'VAT No.: GB204387739', 'Total: £ 1,200.00']);
    const read = <T>(value: T) => ({ value, confidence: 0.9, source: 'text-layer' as const });
    expect(doubtPartyName(read('Harbourside Agencies Ltd'), text, [...invoiceLabels.buyerBlock, ...invoiceLabels.name]).check).toMatch(/label of something else \(line 2\)/);
    expect(doubtTaxId(read('GB461396309'), text, invoiceLabels.taxId).check).toMatch(/line 3/);
    expect(doubtTaxId(read('GB204387739'), text, invoiceLabels.taxId).check).toBeUndefined();
    expect(doubtAmount(read(500), text, invoiceLabels.totalAmount).check).toMatch(/line 4/);
    expect(doubtAmount(read(1200), text, invoiceLabels.totalAmount).check).toBeUndefined();
  });

  it('when a delivery note\'s signature date is dated only by "打印日期" on the signer\'s line, then it goes to manual entry', () => {
    const note = extractDeliveryNoteFromText(monospaced(['送货单号：SH202500417', '签收人：刘洋    打印日期：2025年05月25日']));
    expect(note.signatureDate.value).toBe('2025-05-25');
    expect(note.signatureDate.check).toMatch(/label of something else/);
  });

  it('when the total is printed under its own label, then the same amount under "Deposit paid" does not doubt it', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'INVOICE                              Invoice No: INV-2025-00417',
      'Invoice date: 04/03/2025',
      'Deposit paid:   £ 500.00',
      'Total           £ 500.00',
    ]));
    expect(invoice.totalAmount.value).toBe(500);
    expect(invoice.totalAmount.check ?? '').not.toMatch(/label of something else/);
  });
});
