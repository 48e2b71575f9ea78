import { checkBilingualLabelAgrees } from '../../../src/domain/documents/bilingual-label.checks';
import { deliveryNoteLabels } from '../../../src/domain/documents/delivery-note-labels.vocabulary';
import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

describe('a bilingual label whose two halves disagree', () => {
  const slip = (...lines: string[]) => extractDeliveryNoteFromText(monospaced(['配送单号 Delivery No.：SH202567685', ...lines, '收方签收 Receiver\'s signature：  陈静']));

  it('when the delivery date\'s own line is there, then it is read as printed', () => {
    const note = slip('出库日期 Outbound Date：2025/11/20', '配送日期 Delivery Date：2025/11/21');
    expect(note.deliveryDate.value).toBe('2025-11-21');
    expect(note.deliveryDate.check ?? '').not.toMatch(/English half/);
  });

  it('when only "出库日期 Outbound Date" dates the slip, then that date goes to manual entry', () => {
    const note = slip('出库日期 Outbound Date：2025/11/20');
    expect(note.deliveryDate.value).toBe('2025-11-20');
    expect(note.deliveryDate.check).toMatch(/English half "Outbound Date"/);
  });

  it('a Chinese label alone, or with an English half the field knows, is taken as it reads', () => {
    const found = (line: string) => ({ value: '2025-11-20', confidence: 0.95, lineIndex: 0, text: monospaced([line]) });
    for (const line of ['出库日期：2025/11/20', '发货日期 Despatch date：2025/11/20']) {
      const { text, ...at } = found(line);
      expect(checkBilingualLabelAgrees({ value: '2025-11-20', confidence: 0.95, source: 'ocr' }, text, at, deliveryNoteLabels.deliveryDate).check).toBeUndefined();
    }
  });
});
