import { extractContractFromText } from '../../../src/domain/documents/contract-text.extractor';
import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: the data set holds invoices only, so these small documents were written for the tests.

describe('reading a delivery note', () => {
  it('when an English delivery note is read, then number, order, delivery date, parties and signature are read', () => {
    // given
    const text = monospaced([
      'DELIVERY NOTE',
      'Delivery Note No: DN-2024-0031         Delivery date: 14/03/2024',
      'Order No: PO-7781',
      'Supplier: Harbour Steel Ltd',
      'Deliver to: Greenfield Manufacturing Co',
      'Item                          Qty',
      'Steel plate 4 mm              20',
      'Received by: J. Miller         Date of receipt: 15/03/2024',
    ]);
    // when
    const note = extractDeliveryNoteFromText(text);
    // then
    expect(note.deliveryNoteNumber.value).toBe('DN-2024-0031');
    expect(note.orderReference.value).toBe('PO-7781');
    expect(note.deliveryDate.value).toBe('2024-03-14');
    expect(note.supplierName.value).toBe('Harbour Steel Ltd');
    expect(note.receiverName.value).toBe('Greenfield Manufacturing Co');
    expect(note.signedBy.value).toBe('J. Miller');
    expect(note.signatureDate.value).toBe('2024-03-15');
  });

  it('when a Chinese delivery note is read, then its labelled fields are read', () => {
    const note = extractDeliveryNoteFromText(
      monospaced(['送货单号: SH20240501', '发货日期: 2024年05月01日', '收货单位: 成都某某机械有限公司', '签收人: 李明', '签收日期: 2024年05月02日']),
    );
    expect(note.deliveryNoteNumber.value).toBe('SH20240501');
    expect(note.deliveryDate.value).toBe('2024-05-01');
    expect(note.receiverName.value).toBe('成都某某机械有限公司');
    expect(note.signedBy.value).toBe('李明');
    expect(note.signatureDate.value).toBe('2024-05-02');
  });

  it('when the note is unsigned, then no signature date is invented', () => {
    const note = extractDeliveryNoteFromText(monospaced(['Lieferschein-Nr. LS-1001', 'Lieferdatum: 02.04.2024', 'Warenempfänger: Beispiel GmbH']));
    expect(note.deliveryDate.value).toBe('2024-04-02');
    expect(note.receiverName.value).toBe('Beispiel GmbH');
    expect(note.signatureDate).toMatchObject({ value: null, confidence: 0 });
  });
});

describe('reading a sales contract', () => {
  it('when a contract is read, then parties, tax ids, amount, payment term and dates are read', () => {
    // given
    const text = monospaced([
      'SALES CONTRACT',
      'Contract No: SC-2024-17',
      'Seller: Harbour Steel Ltd',
      'VAT No: GB 123 4567 89',
      'Buyer: Greenfield Manufacturing Co',
      'VAT No: GB 987 6543 21',
      'Total contract value: USD 48,500.00',
      'Payment terms: 45 days after invoice date',
      'Term: from 01/02/2024 to 31/01/2025',
      'Date of signing: 25/01/2024',
    ]);
    // when
    const contract = extractContractFromText(text);
    // then
    expect(contract.contractNumber.value).toBe('SC-2024-17');
    expect(contract.sellerName.value).toBe('Harbour Steel Ltd');
    expect(contract.sellerTaxId.value).toBe('GB123456789');
    expect(contract.buyerName.value).toBe('Greenfield Manufacturing Co');
    expect(contract.buyerTaxId.value).toBe('GB987654321');
    expect(contract.amount.value).toBe(48500);
    expect(contract.currency.value).toBe('USD');
    expect(contract.paymentTermDays.value).toBe(45);
    expect(contract.startDate.value).toBe('2024-02-01');
    expect(contract.endDate.value).toBe('2025-01-31');
    expect(contract.signingDate.value).toBe('2024-01-25');
  });

  it('when a Chinese contract is read, then seller (卖方), buyer (买方), amount and term in days are read', () => {
    const contract = extractContractFromText(
      monospaced(['合同编号: HT-2024-009', '卖方: 四川某某材料有限公司', '买方: 重庆某某建设有限公司', '合同总金额: ¥120,000.00元', '付款期限: 收货后60天内付清', '签订日期: 2024年03月01日']),
    );
    expect(contract.sellerName.value).toBe('四川某某材料有限公司');
    expect(contract.buyerName.value).toBe('重庆某某建设有限公司');
    expect(contract.amount.value).toBe(120000);
    expect(contract.currency.value).toBe('CNY');
    expect(contract.paymentTermDays.value).toBe(60);
    expect(contract.signingDate.value).toBe('2024-03-01');
  });
});
