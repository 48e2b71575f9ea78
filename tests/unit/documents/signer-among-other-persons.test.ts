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
