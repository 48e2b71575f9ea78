import { checkReferenceKind, kindOfReference } from '../../../src/domain/documents/document-reference.checks';
import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

const read = (value: string) => ({ value, confidence: 0.95, source: 'ocr' as const });

describe('a reference numbered as another kind of document', () => {
  it('knows common prefixes and leaves others alone', () => {
    expect(kindOfReference('PO-99736')).toBe('order');
    expect(kindOfReference('INV-2025-50538')).toBe('invoice');
    expect(kindOfReference('SH202552661')).toBe('delivery');
    expect(kindOfReference('YD9408252023')).toBe('waybill');
    expect(kindOfReference('XM-2025-008')).toBe('project');
    expect(kindOfReference('A-6379')).toBeNull();
    expect(kindOfReference('67173368')).toBeNull();
  });

  it('when an invoice\'s number reads "PO-…", then it goes to manual entry; an order reference may be a contract\'s number', () => {
    expect(checkReferenceKind(read('PO-99736'), ['invoice']).check).toMatch(/an order reference/);
    expect(checkReferenceKind(read('HT-2025-281'), ['order', 'contract']).check).toBeUndefined();
    expect(checkReferenceKind(read('X7-2025-1'), ['invoice']).check).toBeUndefined();
  });

  it('when a delivery note\'s waybill number stands under its order label\'s column, then the order reference read is doubted', () => {
    const note = monospaced([
      '送 货 单',
      '送货单号        订单号            运单号',
      'SH202552661     YD9408252023      HT-2025-281',
    ]);
    const fields = extractDeliveryNoteFromText(note);
    expect(fields.deliveryNoteNumber.check).toBeUndefined();
    expect(fields.orderReference.value).toBe('YD9408252023');
    expect(fields.orderReference.check).toMatch(/waybill/);
  });
});
