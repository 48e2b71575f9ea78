import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { checkSignerIsNotAnotherPerson } from '../../../src/domain/documents/party-fields.checks';
import { deliveryNoteLabels } from '../../../src/domain/documents/delivery-note-labels.vocabulary';
import { parseSignerName } from '../../../src/domain/documents/signer-name.parser';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

describe('a driver named beside the carrier', () => {
  it('reads the name before the vehicle or phone label that follows it on the line', () => {
    expect(parseSignerName('：钱勇 车牌：浙A·94082）')).toBe('钱勇');
    expect(parseSignerName('Tom Baker  Vehicle reg: LK20 XRT')).toBe('Tom Baker');
    expect(parseSignerName('李娜')).toBe('李娜');
  });

  it('when the signer read is the driver named in the carrier\'s row, then the signer goes to manual entry', () => {
    const text = monospaced(['承运单位   德邦物流股份有限公司（司机：钱勇 车牌：浙A·94082）', '收货人签字', '钱勇']);
    const checked = checkSignerIsNotAnotherPerson({ value: '钱勇', confidence: 0.9, source: 'ocr' }, text, deliveryNoteLabels.otherPersons, parseSignerName);
    expect(checked.check).toMatch(/another person/);
  });
});

describe('a date\'s label after a signer\'s label', () => {
  it('when the words before 日期 say what it dates (订单日期, 打印日期), then they are the date\'s label, not a name', () => {
    expect(parseSignerName('订单日期: 2025年04月06日')).toBeNull();
    expect(parseSignerName('打印时间：2025-04-06')).toBeNull();
    expect(parseSignerName('张敏 日期: 2025年04月06日')).toBe('张敏');
  });
});

describe('a signer\'s label heading a column', () => {
  it('when a name is read beside the signer\'s label and another stands under it, then the signer goes to manual entry', () => {
    const text = monospaced(['送货人      签收人      时点          备注', '赵刚        刘洋        2025-04-07']);
    const fields = extractDeliveryNoteFromText(text);
    expect(fields.signedBy.value).toBe('时点');
    expect(fields.signedBy.confidence).toBeLessThan(0.8);
    expect(fields.signedBy.check).toMatch(/"刘洋" under it/);
  });

  it('when the signer\'s name stands beside the label over a line of other labels, then it passes', () => {
    const text = monospaced(['Received by: Emily Carter', 'Date of receipt: 2025-09-23']);
    expect(extractDeliveryNoteFromText(text).signedBy.check).toBeUndefined();
  });
});
