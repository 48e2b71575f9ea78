import { DocumentText } from '../../../src/domain/documents/document-text.model';
import { checkPartyFields } from '../../../src/domain/documents/party-fields.checks';
import { Field } from '../../../src/domain/documents/extracted-field';
import { extractInvoiceFromText as extractInvoice } from '../../../src/domain/documents/invoice-text.extractor';
import { extractContractFromText as extractContract } from '../../../src/domain/documents/contract-text.extractor';
import { extractDeliveryNoteFromText as extractDeliveryNote } from '../../../src/domain/documents/delivery-note-text.extractor';
import { defaultManualEntryPolicy, manualEntryFor } from '../../../src/domain/documents/manual-entry.rules';
import { usccCheckCharacter } from '../../../src/domain/documents/unified-social-credit-code';
import { suggestAmounts } from '../../../src/domain/documents/amount.suggestion';
import { suggested, withSuggestions } from '../../../src/domain/documents/suggested-field';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: layouts whose labels the rules do not know, so required fields are found only by type, form and place.

const threshold = defaultManualEntryPolicy.threshold;

// read as the extraction service reads: the party checks after the extraction (a valid credit code's check must not lift a suggestion over the threshold)
const extractInvoiceFromText = (text: DocumentText) => checkPartyFields('invoice', extractInvoice(text));
const extractDeliveryNoteFromText = (text: DocumentText) => checkPartyFields('delivery-note', extractDeliveryNote(text));
const extractContractFromText = (text: DocumentText) => checkPartyFields('contract', extractContract(text));
const uscc = (first17: string) => first17 + usccCheckCharacter(first17);

/** A suggestion: the value, below the manual-entry threshold, so it goes to a person to confirm. */
function expectSuggested(field: Field<unknown>, value: unknown): void {
  expect(field.value).toBe(value);
  expect(field.confidence).toBeGreaterThan(0);
  expect(field.confidence).toBeLessThan(threshold);
}

describe('required fields suggested where no label names them', () => {
  const unlabelledInvoice = [
    'Northwind Traders Ltd                           STATEMENT OF CHARGES',
    '1 Harbour Road, Leeds                           Ref nr  INV-2025-00417',
    'Registered GB123456789                          12 March 2025',
    'Addressee',
    'Contoso Retail Ltd',
    '22 Mill Lane, Bristol',
    'Registered GB987654321',
    'Goods                                   1,000.00',
    'Charges at 20%                            200.00',
    'To pay                                  1,200.00',
  ];

  it('when an invoice labels nothing the rules know, then number, date, parties, ids and amounts are suggested, each for a person to confirm', () => {
    const invoice = extractInvoiceFromText(monospaced(unlabelledInvoice));
    expectSuggested(invoice.invoiceNumber, 'INV-2025-00417');
    expectSuggested(invoice.issueDate, '2025-03-12');
    expectSuggested(invoice.buyerName, 'Contoso Retail Ltd');
    expectSuggested(invoice.sellerTaxId, 'GB123456789');
    expectSuggested(invoice.buyerTaxId, 'GB987654321');
    expectSuggested(invoice.netAmount, 1000);
    expectSuggested(invoice.taxAmount, 200);
    expectSuggested(invoice.totalAmount, 1200);
    expect(invoice.sellerName.value).toBe('Northwind Traders Ltd');
    expect(invoice.sellerName.confidence).toBeLessThan(threshold);
    // every suggestion goes to manual entry: none is taken silently
    const listed = manualEntryFor('invoice', invoice as never).fields.map((entry) => entry.field);
    for (const name of ['invoiceNumber', 'issueDate', 'buyerName', 'sellerTaxId', 'buyerTaxId', 'netAmount', 'taxAmount', 'totalAmount']) expect(listed).toContain(name);
  });

  it('when the values are not printed, then nothing is suggested: the fields stay empty', () => {
    const invoice = extractInvoiceFromText(monospaced(['Northwind Traders Ltd                 STATEMENT OF CHARGES', 'Addressee', 'Contoso Retail Ltd', 'Goods        1,000.00', 'To pay       1,000.00']));
    expect(invoice.invoiceNumber.value).toBeNull();
    expect(invoice.issueDate.value).toBeNull();
    expect(invoice.sellerTaxId.value).toBeNull();
    expect(invoice.buyerTaxId.value).toBeNull();
    // no net + tax = total among the amounts printed: no tax is made up
    expect(invoice.taxAmount.value).toBeNull();
  });

  it('when a value is read by its label, then no suggestion replaces it', () => {
    const invoice = extractInvoiceFromText(monospaced(['INVOICE', 'Invoice No: INV-2025-00999', ...unlabelledInvoice.slice(1)]));
    expect(invoice.invoiceNumber.value).toBe('INV-2025-00999');
    expect(invoice.invoiceNumber.confidence).toBeGreaterThanOrEqual(threshold);
  });

  it('when the only numbers beside a number word are a telephone, a VAT id and an order, then no invoice number is suggested', () => {
    const invoice = extractInvoiceFromText(monospaced(['Northwind Traders Ltd', 'Tel No. 0113 496 0000', 'VAT No. GB123456789', 'Order No. PO-55123', 'Account no. 4711-22']));
    expect(invoice.invoiceNumber.value).toBeNull();
  });

  it('when the only date is labelled as another occasion (due, ordered), then no issue date is suggested', () => {
    expect(extractInvoiceFromText(monospaced(['Northwind Traders Ltd', 'Payment due 12 April 2025'])).issueDate.value).toBeNull();
  });

  it('when a Chinese invoice writes its number after a bare "No" and labels no party, then number, buyer, both codes and amounts are suggested by place', () => {
    const [sellerId, buyerId] = [uscc('91330100MA2B3C4D5'), uscc('91310000MA1FL3X8A')];
    const invoice = extractInvoiceFromText(
      monospaced([
        '杭州华辰机械有限公司                       No 12345678',
        sellerId,
        '销 售 单                                   2025年03月12日',
        '上海恒通贸易有限公司',
        buyerId,
        '机械设备    ¥10,000.00    13%    ¥1,300.00',
        '小计                               ¥11,300.00',
      ]),
    );
    expectSuggested(invoice.invoiceNumber, '12345678');
    expectSuggested(invoice.issueDate, '2025-03-12');
    expect(invoice.sellerName.value).toBe('杭州华辰机械有限公司');
    expectSuggested(invoice.buyerName, '上海恒通贸易有限公司');
    expectSuggested(invoice.sellerTaxId, sellerId);
    expectSuggested(invoice.buyerTaxId, buyerId);
    expectSuggested(invoice.netAmount, 10000);
    expectSuggested(invoice.taxAmount, 1300);
    expectSuggested(invoice.totalAmount, 11300);
  });

  it('when a code fails its check character, then it is not suggested as a party id', () => {
    const valid = uscc('91330100MA2B3C4D5');
    const broken = `${valid.slice(0, 17)}${valid[17] === 'A' ? 'B' : 'A'}`;
    const invoice = extractInvoiceFromText(monospaced(['增值税专用发票', '上海恒通贸易有限公司', broken, '杭州华辰机械有限公司']));
    expect(invoice.buyerTaxId.value).toBeNull();
  });

  it('when a delivery note names its fields by words the labels do not know, then number, order, dates, receiver and signer are suggested', () => {
    const note = extractDeliveryNoteFromText(
      monospaced([
        'Harbour Steel Ltd',
        'GOODS OUT SLIP                     Slip #  DN-2025-0042',
        'Purchase: PO-55123',
        'Sent out 14/03/2025',
        'Goes to',
        'Contoso Retail Ltd',
        'Steel plate 4 mm              20',
        'Steel plate 6 mm              10',
        'Acknowledged by: Emily Carter',
        'On 15/03/2025',
      ]),
    );
    expectSuggested(note.deliveryNoteNumber, 'DN-2025-0042');
    expectSuggested(note.orderReference, 'PO-55123');
    expectSuggested(note.deliveryDate, '2025-03-14');
    expectSuggested(note.receiverName, 'Contoso Retail Ltd');
    expectSuggested(note.signedBy, 'Emily Carter');
    expectSuggested(note.signatureDate, '2025-03-15');
  });

  it('when a Chinese note has no signer label, then a name beside words of signing is suggested, and not the driver beside it', () => {
    const note = extractDeliveryNoteFromText(monospaced(['送货单', '司机：钱勇', '货已收妥 确认人 刘洋', '2025年01月10日']));
    expectSuggested(note.signedBy, '刘洋');
  });

  it('when a delivery note is unsigned and names no order, then neither signer, signature date nor order is suggested', () => {
    const note = extractDeliveryNoteFromText(monospaced(['Harbour Steel Ltd', 'Slip #  DN-2025-0042', 'Goes to', 'Contoso Retail Ltd', 'Steel plate 4 mm   20']));
    expect(note.signedBy.value).toBeNull();
    expect(note.signatureDate.value).toBeNull();
    expect(note.orderReference.value).toBeNull();
  });

  it('when a contract labels nothing the rules know, then number, parties, amount and signing date are suggested', () => {
    const contract = extractContractFromText(
      monospaced([
        'AGREEMENT FOR THE SALE OF GOODS',
        'File No. SC-2025-0815',
        'Northwind Traders Ltd',
        'Contoso Retail Ltd',
        'Goods                   12,000.00',
        'VAT                      2,400.00',
        'Payable in all          14,400.00',
        'Signed for both parties on 3 March 2025',
      ]),
    );
    expectSuggested(contract.contractNumber, 'SC-2025-0815');
    expectSuggested(contract.sellerName, 'Northwind Traders Ltd');
    expectSuggested(contract.buyerName, 'Contoso Retail Ltd');
    expectSuggested(contract.amount, 14400);
    expectSuggested(contract.signingDate, '2025-03-03');
  });

  it('when the parties sign under their seals on two different dates, then no signing date is suggested', () => {
    const contract = extractContractFromText(monospaced(['合同', '甲方(盖章):               乙方(盖章):', '2025年03月05日             2025年03月08日']));
    expect(contract.signingDate.value).toBeNull();
  });
});

describe('the suggestions themselves', () => {
  it('when a value is suggested from a line read with full confidence, then its confidence is still below the manual-entry threshold', () => {
    const line = monospaced(['INV-2025-00417']).lines[0];
    expect(suggested('INV-2025-00417', line).confidence).toBeLessThan(threshold);
    expect(suggested('INV-2025-00417', line, 1.5).confidence).toBeLessThan(threshold);
  });

  it('when the amounts add up but the tax is no VAT rate of the net, then no amounts are suggested', () => {
    expect(suggestAmounts(monospaced(['Goods   1,000.00', 'Other     370.00', 'Sum     1,370.00']), { net: null, tax: null, total: null })).toBeNull();
  });

  it('when one of the three amounts was read, then only a triple agreeing with it is suggested', () => {
    const text = monospaced(['Item A      100.00', 'Tax A        20.00', 'Item B    1,000.00', 'Tax B       200.00', 'A total     120.00', 'B total   1,200.00']);
    expect(suggestAmounts(text, { net: null, tax: null, total: null })?.totalAmount.value).toBe(1200);
    expect(suggestAmounts(text, { net: 100, tax: null, total: null })?.totalAmount.value).toBe(120);
  });

  it('when the labels read a value, then withSuggestions keeps it, and fills only what is empty', () => {
    const read: Field<string> = { value: 'read', confidence: 0.4, source: 'text-layer' };
    const empty: Field<string> = { value: null, confidence: 0, source: 'text-layer' };
    const filled = withSuggestions({ a: read, b: empty }, { a: () => ({ value: 'other', confidence: 0.55, source: 'text-layer' }), b: () => ({ value: 'suggested', confidence: 0.55, source: 'text-layer' }) });
    expect(filled.a.value).toBe('read');
    expect(filled.b.value).toBe('suggested');
  });
});
