import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { parseSignerName } from '../../../src/domain/documents/signer-name.parser';
import { checkSignerName } from '../../../src/domain/documents/party-fields.checks';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: delivery notes that name their fields in the many ways such notes do.

const values = (note: ReturnType<typeof extractDeliveryNoteFromText>) => Object.fromEntries(Object.entries(note).map(([name, field]) => [name, field.value]));

describe('reading a delivery note whatever its labels are called', () => {
  it('when the receiver is 客户名称, the order 合同号 and the signer 收货人（签字）, then each is read under its own label', () => {
    const note = extractDeliveryNoteFromText(
      monospaced([
        '            深圳嘉信科技有限公司',
        '                 送 货 单',
        '客户名称:成都蓉城电气设备有限公司                              单号:SH202522298',
        '送货日期:2025-12-16                                           合同号:HT-2025-933',
        '收货地址:深圳市南山区科技园南路9号',
        '送货人:赵刚          收货人（签字）: 张敏           收货日期:2025-12-17',
      ]),
    );
    expect(values(note)).toMatchObject({
      deliveryNoteNumber: 'SH202522298', orderReference: 'HT-2025-933', deliveryDate: '2025-12-16', receiverName: '成都蓉城电气设备有限公司', signedBy: '张敏', signatureDate: '2025-12-17',
    });
  });

  it('when the signer is 经手人 and the date beside the signature is labelled only 日期, then that date is the signature date, a little less sure', () => {
    const note = extractDeliveryNoteFromText(
      monospaced([
        '购货单位：广州立达包装材料有限公司                 采购单号：HT-2025-279',
        '送货日期：2025.03.16',
        '送货人：赵刚          经手人：刘洋                日期：2025.03.17',
      ]),
    );
    expect(values(note)).toMatchObject({ receiverName: '广州立达包装材料有限公司', orderReference: 'HT-2025-279', signedBy: '刘洋', signatureDate: '2025-03-17' });
    expect(note.signatureDate.confidence).toBeLessThan(note.deliveryDate.confidence);
  });

  it('when a bare 日期 is not on the signer\'s line, then no signature date is taken from it', () => {
    const note = extractDeliveryNoteFromText(monospaced(['收货方:南京金陵轴承有限公司', '日期:2025-09-27', '签收人:']));
    expect(note.signedBy.value).toBeNull();
    expect(note.signatureDate.value).toBeNull();
  });

  it('when an English note says Customer, PO No. and Accepted by, then those are read', () => {
    const note = extractDeliveryNoteFromText(
      monospaced(['Packing slip no: PS-88120', 'Customer: Contoso Retail Ltd', 'PO No: PO-55102', 'Dispatch date: 3 March 2025', 'Accepted by: Emily Carter      Date received: 4 March 2025']),
    );
    expect(values(note)).toMatchObject({
      deliveryNoteNumber: 'PS-88120', receiverName: 'Contoso Retail Ltd', orderReference: 'PO-55102', deliveryDate: '2025-03-03', signedBy: 'Emily Carter', signatureDate: '2025-03-04',
    });
  });

  it('when OCR reads the signature, then its confidence is lowered below that of the same text in a text layer', () => {
    const lines = ['签收人: 李明', '签收日期: 2024年05月02日'];
    const printed = extractDeliveryNoteFromText(monospaced(lines, { confidence: 0.9 }));
    const scanned = extractDeliveryNoteFromText(monospaced(lines, { confidence: 0.9, origin: 'ocr' }));
    expect(scanned.signedBy.value).toBe('李明');
    expect(scanned.signedBy.confidence).toBeLessThan(printed.signedBy.confidence);
  });
});

describe('a signer\'s name as read after its label', () => {
  it.each([
    ['张敏。。。 。 收货日期:2025.12.17', '张敏'],
    ['陈静', '陈静'],
    ['J. Miller   Date: 15/03/2024', 'J. Miller'],
    ['Daniel Evans.', 'Daniel Evans'],
  ])('when "%s" follows the label, then the name is "%s"', (raw, name) => {
    expect(parseSignerName(raw)).toBe(name);
  });

  it.each([['日期:2025-03-17'], ['2025-03-17'], ['']])('when "%s" follows the label, then no name is read', (raw) => {
    expect(parseSignerName(raw)).toBeNull();
  });
});

describe('a receipt signed in a table at the foot of a delivery note', () => {
  const note = () => extractDeliveryNoteFromText(
    monospaced([
      '            苏州瑞丰电子有限公司',
      '                 送 货 单                                      NO. SH202514382',
      '收货单位：南京金陵轴承有限公司                               订单编号：HT-2025-941',
      '发货日期：2025年03月05日                                     联系电话：0571-88884382',
      '品名                          数量      单价        金额',
      '*机械设备*液压泵              12        1,512.99    18,155.89',
      '收货人请核对数量、质量，无误后签字。',
      '送货人            签收人            签收日期             备注',
      '赵刚              李娜              2025年03月06日       货物完好',
    ]),
  );

  it('when a sentence to the receiver opens with 收货人 above the table, then the signer is read under 签收人, not from the sentence', () => {
    expect(note().signedBy.value).toBe('李娜');
    expect(note().signatureDate.value).toBe('2025-03-06');
  });

  it('when the note\'s number is printed as a bare "NO." beside the title, then it is the delivery note number', () => {
    expect(note().deliveryNoteNumber.value).toBe('SH202514382');
  });

  it('when what follows a signer\'s label is longer than a name, then it is no name', () => {
    expect(parseSignerName('请核对数量、质量，无误后签字。')).toBeNull();
    expect(parseSignerName('欧阳娜娜')).toBe('欧阳娜娜');
  });

  it('when a header of the signature table is read as the signer, then it goes to manual entry', () => {
    for (const label of ['送货人', '签收人', '签收日期', '备注']) expect(checkSignerName({ value: label, confidence: 0.95, source: 'ocr' })).toMatchObject({ confidence: 0.5, check: expect.stringContaining('label') });
    expect(checkSignerName({ value: '李娜', confidence: 0.95, source: 'ocr' })).toEqual({ value: '李娜', confidence: 0.95, source: 'ocr' });
  });
});
