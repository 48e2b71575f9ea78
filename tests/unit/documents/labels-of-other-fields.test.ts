import { extractContractFromText } from '../../../src/domain/documents/contract-text.extractor';
import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { findLabelled, insideAnotherLabel } from '../../../src/domain/documents/labelled-value.finder';
import { parseDocumentNumber } from '../../../src/domain/documents/value.parsers';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

/** An invoice whose issue date is under "Tax date" in a header row, beside an order date, with a delivery date and a due date below. */
const invoice = [
  'Northwind Traders Ltd                                    TAX INVOICE',
  'Order No.   Order date    Invoice No.      Tax date      Account',
  'SO-835055   9 Apr 2025    INV-2025-50538   18 Apr 2025   AC37926',
  'Bill to',
  'Blue Harbour Logistics Ltd',
  'VAT: GB895762973',
  'Delivery date: 21 Apr 2025    Payment due: 18 May 2025',
  'Description            Qty     Unit price     Net amount',
  'Hydraulic pump unit    194     81.53          15,816.93',
  '                               Net total       15,816.93',
  '                               VAT at 20%      3,163.39',
  '                               Invoice total   18,980.32',
];

describe('a label found inside another field\'s label is that field\'s', () => {
  it('when a bare "date:" is part of "Delivery date:", then the invoice is not dated by the delivery: the issue date is the tax date', () => {
    const fields = extractInvoiceFromText(monospaced(invoice));
    expect(fields.issueDate.value).toBe('2025-04-18');
    expect(fields.dueDate.value).toBe('2025-05-18');
  });

  it('when the only date label is "Order date:", then no issue date is read from it (it goes to manual entry empty, not wrong)', () => {
    const fields = extractInvoiceFromText(monospaced(['INVOICE', 'Invoice No. INV-2025-1001', 'Order date: 2 March 2025', 'Seller: Northwind Traders Ltd']));
    expect(fields.issueDate.value).toBeNull();
  });

  it('when "Invoice" opens "Invoice total", then the total is not an invoice number, and an amount is never read as a reference', () => {
    const text = monospaced(['Contoso Retail Ltd', 'Net total       49,788.12', 'Invoice total   59,745.75']);
    expect(extractInvoiceFromText(text).invoiceNumber.value).toBeNull();
    expect(parseDocumentNumber('59,745.75')).toBeNull();
    expect(parseDocumentNumber('PO-12345 of 3 March')).toBe('PO-12345');
  });

  it('when a delivery note prints an expected arrival (预计到货日期) before its despatch, and a contract a commencement date, then neither is taken for the date sought', () => {
    const note = monospaced(['送 货 单', '送货单号：SH202552661', '预计到货日期：2025年10月23日', '发货日期：2025年10月21日']);
    expect(extractDeliveryNoteFromText(note).deliveryDate.value).toBe('2025-10-21');
    const contract = monospaced(['SUPPLY AGREEMENT', 'Agreement No. SC-2025-1234', 'Agreement commencement date: 5 April 2025', 'Agreement date: 22 March 2025']);
    expect(extractContractFromText(contract).signingDate.value).toBe('2025-03-22');
  });

  it('tells another label holding this one from a label that only stands beside it', () => {
    const others = [/\bdelivery\s*date\b/i, /\binvoice\s*total\b/i, /订单日期/u];
    expect(insideAnotherLabel('Delivery ', 'date:', ' 21 Apr 2025', others)).toBe(true);
    expect(insideAnotherLabel('', 'Invoice', ' total GBP', others)).toBe(true);
    expect(insideAnotherLabel('订单', '日期', '', others)).toBe(true);
    expect(insideAnotherLabel('', 'Invoice date:', ' 3 Mar 2025 Delivery date: 4 Mar 2025', others)).toBe(false);
    expect(insideAnotherLabel('', 'date:', '', others)).toBe(false);
    // a label that takes in the value itself ("Nr. 471102 vom" dates an invoice) does not hold the number's "Nr."
    expect(insideAnotherLabel('Handelsrechnung (380) ', 'Nr.', ' 471102 vom 05.03.2018', [/\bnr\.\s*\S+\s+vom\b/i])).toBe(false);
  });
});

describe('a label word inside a sentence heads no column', () => {
  it('when the signer\'s header row is lost, then the name under a sentence that opens with 收货人 is not taken as the signer', () => {
    const note = monospaced([
      '送 货 单                                   NO. SH202593263',
      '收货单位：深圳嘉信科技有限公司              订单编号：HT-2025-999',
      '发货日期：2025年01月09日',
      '收货人请核对数量、质量，无误后签字。',
      '赵刚                刘洋                2025年01月10日',
    ]);
    expect(extractDeliveryNoteFromText(note).signedBy.value).toBeNull();
    expect(findLabelled(monospaced(['Receiver: please check the goods before signing.', 'Li Ming']), [/^receiver\b/i], (raw) => (/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(raw) ? raw : null), { linesBelow: 1 })).toBeNull();
  });
});
