import { extractDeliveryNoteFromText } from '../../../../src/domain/documents/delivery-note-text.extractor';
import { checkPartyFields } from '../../../../src/domain/documents/party-fields.checks';
import { monospaced } from '../../documents/monospaced-text.fixture';

// Constructed samples: delivery notes as ERPs, warehouses and carriers print them, with labels the
// older vocabulary lacked (bilingual 3PL slips, SAP-like outbound deliveries).

const values = (note: ReturnType<typeof extractDeliveryNoteFromText>) => Object.fromEntries(Object.entries(note).map(([name, field]) => [name, field.value]));

describe('delivery-note labels of ERPs, warehouses and carriers', () => {
  it('when a 3PL slip labels in Chinese then English (配送单号 Delivery No., 收方单位 Consignee, 配送日期), then each field is read under its own label, not the waybill\'s', () => {
    const note = extractDeliveryNoteFromText(
      monospaced([
        '配送单号 Delivery No.：SH202567685                 运单号 Waybill No.：YT5867652025',
        '客户PO号 Customer PO：HT-2025-592                   出库日期 Outbound Date：2025/11/20',
        '配送日期 Delivery Date：2025/11/21                 货主 Owner：深圳嘉信科技有限公司',
        '收方单位 Consignee：上海恒通贸易有限公司',
        '配送员 Courier：陆明                                收方签收 Receiver\'s signature：  陈静',
        '                                                    签收时间 Signed at：2025/11/22 14:30',
      ]),
    );
    expect(values(note)).toMatchObject({
      deliveryNoteNumber: 'SH202567685', orderReference: 'HT-2025-592', deliveryDate: '2025-11-21', receiverName: '上海恒通贸易有限公司', signedBy: '陈静', signatureDate: '2025-11-22',
    });
    expect(note.receiverName.check).toBeUndefined();
  });

  it('when the note\'s own number label is lost, then the carrier\'s waybill number is not read as the note\'s', () => {
    expect(extractDeliveryNoteFromText(monospaced(['Waybill No.: YT5867652025', 'Delivery No.: DN-2025-1102'])).deliveryNoteNumber.value).toBe('DN-2025-1102');
    expect(extractDeliveryNoteFromText(monospaced(['Waybill No.: YT5867652025', '配送单 Delivery：'])).deliveryNoteNumber.value).toBeNull();
  });

  it('when the number read as the note\'s is also read under a waybill label, then it goes to manual entry', () => {
    const note = extractDeliveryNoteFromText(monospaced(['NO. YT5867652025', '运单号：YT5867652025']));
    expect(note.deliveryNoteNumber.check).toMatch(/another reference/);
  });

  it('when OCR reads a bilingual label without the space between its languages, then the English is still set aside', () => {
    expect(extractDeliveryNoteFromText(monospaced(['收方单位Consignee : 天津北方钢铁贸易有限公司'])).receiverName.value).toBe('天津北方钢铁贸易有限公司');
  });

  it('when 客户 opens another label (客户PO号, 客户编号), then it is not read as the receiver', () => {
    const note = extractDeliveryNoteFromText(monospaced(['客户PO号：HT-2025-592', '客户编号：KH-20931', '收货单位：上海恒通贸易有限公司']));
    expect(note.receiverName.value).toBe('上海恒通贸易有限公司');
    expect(note.receiverName.check).toBeUndefined();
  });

  it('when an ERP prints "Outbound delivery", "Sales order" and "Customer PO no.", then the number is the delivery\'s and the order the customer\'s, not the seller\'s sales order', () => {
    const note = extractDeliveryNoteFromText(
      monospaced([
        '                                                  Outbound delivery    DN-2025-6765',
        '                                                  Goods issue date     13.12.2025',
        '                                                  Delivery date        14.12.2025',
        '                                                  Sales order no.      SO-477215',
        '                                                  Customer PO no.      PO-12774',
        'Sold-to party                                     Ship-to party',
        'Fabrikam Components Group Ltd                     Fabrikam Components Ltd',
        "Recipient's signature     James Wilson",
        'Name: James Wilson',
        'Date signed: 15.12.2025',
      ]),
    );
    expect(values(note)).toMatchObject({ deliveryNoteNumber: 'DN-2025-6765', orderReference: 'PO-12774', deliveryDate: '2025-12-14', receiverName: 'Fabrikam Components Ltd', signedBy: 'James Wilson', signatureDate: '2025-12-15' });
    expect(note.signatureDate.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('when only the seller\'s sales order is printed, then no order reference is read', () => {
    expect(extractDeliveryNoteFromText(monospaced(['Sales order no.: SO-477215', '销售订单号：SO-477216'])).orderReference.value).toBeNull();
  });

  it('when a courier (配送员) is named, then the same name read as the receiver\'s signature goes to manual entry', () => {
    const note = extractDeliveryNoteFromText(monospaced(['配送员：陆明', '收方签收：陆明']));
    expect(checkPartyFields('delivery-note', note).signedBy.check).toMatch(/another person/);
  });

  it('when English words follow a Chinese label after a colon, then they are the value, not a translation', () => {
    expect(extractDeliveryNoteFromText(monospaced(['收货单位：Contoso Retail Ltd: Leeds'])).receiverName.value).toBe('Contoso Retail Ltd: Leeds');
  });
});

describe('a signer label inside a longer label', () => {
  it('when the receiver\'s signature line is lost and 签收 stands only in "签收须知：…", then no signer is read from the notice', () => {
    const note = extractDeliveryNoteFromText(monospaced(['签收须知：请当面清点货物件数及外包装，如有破损请在本单注明。', '配送员：陆明']));
    expect(note.signedBy.value).toBeNull();
  });

  it('still reads a name closed by a date label after it ("签收人：李明日期：…")', () => {
    expect(extractDeliveryNoteFromText(monospaced(['签收人：李明日期：2025-03-05'])).signedBy.value).toBe('李明');
  });
});

describe('UBL despatch advice terms', () => {
  it('when the number is a "Despatch advice ID" or a "Shipment ID", then it is read as the note\'s number', () => {
    expect(extractDeliveryNoteFromText(monospaced(['Despatch advice ID: DA-2025-0815'])).deliveryNoteNumber.value).toBe('DA-2025-0815');
    expect(extractDeliveryNoteFromText(monospaced(['Shipment ID    SHP-77120'])).deliveryNoteNumber.value).toBe('SHP-77120');
  });
});

describe('a signer read from a sign-off row OCR merged', () => {
  it('when the row under 送货人 | 签收人 | 签收日期 is read as one run, then the name under 签收人 goes to manual entry', () => {
    const note = extractDeliveryNoteFromText(monospaced(['送货人          签收人          签收日期          备注', '赵刚 刘洋 2025年01月10日 货物完好']));
    expect(note.signedBy.check).toMatch(/one run/);
  });

  it('when each cell of the row is read on its own, then the name under 签收人 passes', () => {
    const note = extractDeliveryNoteFromText(monospaced(['送货人          签收人          签收日期          备注', '赵刚            刘洋            2025年01月10日    货物完好']));
    expect(note.signedBy.value).toBe('刘洋');
    expect(note.signedBy.check).toBeUndefined();
  });
});

describe('a header row over a value row read one column off', () => {
  const header = 'Docket No.        Despatch date      Customer order     Account';
  it('when the values are shifted so that the account column holds the note\'s number, then the references of that row go to manual entry', () => {
    const note = extractDeliveryNoteFromText(monospaced([header, 'A-6379            DN-2025-3049       12 May 2025        PO-99736']));
    expect(note.deliveryNoteNumber.value).toBe('A-6379');
    expect(note.deliveryNoteNumber.check).toMatch(/one column off/);
  });

  it('when the row is aligned, then its references pass', () => {
    const note = extractDeliveryNoteFromText(monospaced([header, 'DN-2025-3049      12 May 2025        PO-99736           A-6379']));
    expect([note.deliveryNoteNumber.value, note.orderReference.value, note.deliveryNoteNumber.check, note.orderReference.check]).toEqual(['DN-2025-3049', 'PO-99736', undefined, undefined]);
  });
});
