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

  it('when a Chinese purchase contract heads its parties 甲方(买方) and 乙方(卖方), then names and tax ids are read inside their own block', () => {
    const contract = extractContractFromText(
      monospaced([
        '购 销 合 同',
        '合同编号: HT-2025-0417',
        '签订日期: 2025年03月05日',
        '甲方（买方）: 上海恒通贸易有限公司（以下简称"甲方"）',
        '统一社会信用代码: 91310000MA1FL1MM7G',
        '乙方（卖方）: 杭州华辰机械有限公司',
        '统一社会信用代码: 91330100MA27XL0E2G',
        '合同总金额（含税）: ¥123,456.78',
        '人民币（大写）: 壹拾贰万叁仟肆佰伍拾陆元柒角捌分',
        '合同有效期: 自2025年03月05日起至2026年03月04日止',
      ]),
    );
    expect([contract.sellerName.value, contract.sellerTaxId.value, contract.buyerName.value, contract.buyerTaxId.value]).toEqual(['杭州华辰机械有限公司', '91330100MA27XL0E2G', '上海恒通贸易有限公司', '91310000MA1FL1MM7G']);
    expect(contract.contractNumber.value).toBe('HT-2025-0417');
    expect(contract.amount).toMatchObject({ value: 123456.78 });
    expect(contract.amount.check).toBeUndefined();
    expect(contract.signingDate.value).toBe('2025-03-05');
    expect([contract.startDate.value, contract.endDate.value]).toEqual(['2025-03-05', '2026-03-04']);
  });

  it('when the amount in capitals differs from the figures, then the amount fails its check', () => {
    const contract = extractContractFromText(monospaced(['出卖人: 杭州华辰机械有限公司', '买受人: 上海恒通贸易有限公司', '合同总价款: ¥123,456.78', '大写: 壹拾贰万叁仟肆佰伍拾玖元柒角捌分']));
    expect(contract.amount.value).toBe(123456.78);
    expect(contract.amount.check).toMatch(/capitals/);
    expect(contract.amount.confidence).toBeLessThan(0.8);
  });

  it('when only the amount in capitals is read, then it is the amount', () => {
    const contract = extractContractFromText(monospaced(['供方: 杭州华辰机械有限公司', '需方: 上海恒通贸易有限公司', '合同金额（大写）: 伍万零捌拾元整']));
    expect(contract.amount.value).toBe(50080);
  });

  it('when the figures are read with a stray mark but their digits agree with the capitals, then the capitals give the amount', () => {
    const contract = extractContractFromText(monospaced(['合同总金额（含税）: ¥76, 9 00.30', '人民币（大写）: 柒万陆仟玖佰元零叁角']));
    expect(contract.amount.value).toBe(76900.3);
    expect(contract.amount.check).toBeUndefined();
  });

  it('when the capitals hold a misread character, then they are not read and the figures stand unchecked', () => {
    const contract = extractContractFromText(monospaced(['合同总金额（含税）: ¥29,390.97', '人民币（大写）: 贰万玖什会佰玖拾元玖角柒分']));
    expect(contract.amount.value).toBe(29390.97);
    expect(contract.amount.check).toBeUndefined();
  });

  it('when the signing date is not labelled, then the date both parties write under their seals is the signing date', () => {
    const rows = ['合同编号: HT-2025-0417', '甲方(买方): 上海恒通贸易有限公司', '乙方(卖方): 杭州华辰机械有限公司', '甲方(盖章):               乙方(盖章):'];
    const agreeing = extractContractFromText(monospaced([...rows, '日期: 2025年03月05日         日期: 2025年03月05日']));
    expect(agreeing.signingDate.value).toBe('2025-03-05');
    const differing = extractContractFromText(monospaced([...rows, '日期: 2025年03月05日         日期: 2025年03月08日']));
    expect(differing.signingDate.value).toBeNull();
  });
});

describe('a delivery note\'s signer who is another person of the note', () => {
  it('when the name read as the signer is the one the driver signed or is printed as the driver\'s, then it goes to manual entry', () => {
    const note = extractDeliveryNoteFromText(monospaced([
      'DELIVERY NOTE                         Delivery Note No: DN-2025-0042',
      'Order No: PO-48213                    Delivery date: 2025-03-04',
      'Deliver to: Adventure Works Ltd',
      'Driver signature: Tom Baker           Date: 2025-03-04',
      'Customer signature:                   Date: 2025-03-05',
    ], { origin: 'ocr', confidence: 0.95 }));
    expect(note.signedBy).toMatchObject({ value: 'Tom Baker', check: expect.stringMatching(/driver|another person/i) });
  });

  it('when the Chinese signer read is the deliverer (送货人) of the same note, then it goes to manual entry', () => {
    const note = extractDeliveryNoteFromText(monospaced([
      '送货单                                 单号：SH202512345',
      '订单编号：HT-2025-123                  送货日期：2025年03月04日',
      '收货单位：杭州华辰机械有限公司',
      '送货人：赵刚                           签收：赵刚',
    ], { origin: 'ocr', confidence: 0.95 }));
    expect(note.signedBy).toMatchObject({ value: '赵刚', check: expect.stringMatching(/another person/) });
  });

  it('when the receiver signs and the driver is printed apart, then the signer passes', () => {
    const note = extractDeliveryNoteFromText(monospaced([
      'DELIVERY NOTE                         Delivery Note No: DN-2025-0042',
      'Order No: PO-48213                    Delivery date: 2025-03-04',
      'Deliver to: Adventure Works Ltd',
      'Driver name: Tom Baker                Received by: Emily Carter',
      'Date received: 2025-03-05',
    ], { origin: 'text-layer' }));
    expect(note.signedBy.value).toBe('Emily Carter');
    expect(note.signedBy.check).toBeUndefined();
  });
});

describe('a receiver who "received and checked" the goods', () => {
  it('when the receiver also signs as having checked the goods, then the signer is not taken for another person', () => {
    const note = extractDeliveryNoteFromText(monospaced([
      'DELIVERY NOTE                         Delivery Note No: DN-2025-0042',
      'Order No: PO-48213                    Delivery date: 2025-03-04',
      'Deliver to: Adventure Works Ltd',
      'Received by: Emily Carter            Date: 2025-03-05',
      'Checked by: Emily Carter',
    ], { origin: 'text-layer' }));
    expect(note.signedBy).toMatchObject({ value: 'Emily Carter' });
    expect(note.signedBy.check).toBeUndefined();
  });
});

describe('a contract number also printed as another reference', () => {
  it('when the contract number reads as the project or order number beside it, then it goes to manual entry', () => {
    const contract = extractContractFromText(monospaced([
      'EQUIPMENT PURCHASE CONTRACT',
      'Project No.      Contract No.      Date of signing',
      'XM-2025-0012     XM-2025-0012      2025-03-04',
      'Seller: Northwind Traders Ltd',
      'Buyer: Contoso Retail Ltd',
      'Total contract value: GBP 12,000.00',
    ], { origin: 'ocr', confidence: 0.95 }));
    expect(contract.contractNumber).toMatchObject({ value: 'XM-2025-0012', check: expect.stringMatching(/also read under/) });
  });

  it('when the project number differs, then the contract number passes', () => {
    const contract = extractContractFromText(monospaced([
      '项目编号：XM-2025-0012',
      '合同编号：HT-2025-0456',
    ], { origin: 'ocr', confidence: 0.95 }));
    expect(contract.contractNumber).toMatchObject({ value: 'HT-2025-0456' });
    expect(contract.contractNumber.check).toBeUndefined();
  });
});
