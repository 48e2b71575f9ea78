import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

describe('a receipt date that reads both ways, settled by the delivery date', () => {
  const slip = (delivered: string, signed: string) => monospaced([
    'PROOF OF DELIVERY',
    'Delivery note number     Customer PO       Delivered',
    `DN-2025-6249             PO-31989          ${delivered}`,
    'Ship to',
    'Mill Lane Metals',
    'Received by: Sophie Turner                 Date: ' + signed,
  ]);

  it('when the goods were delivered on 4 Feb, then 05/02/2025 is the 5th of February (the 2nd of May is weeks too late) and accepted', () => {
    const note = extractDeliveryNoteFromText(slip('4 Feb 2025', '05/02/2025'));
    expect(note.signatureDate.value).toBe('2025-02-05');
    expect(note.signatureDate.check).toBeUndefined();
  });

  it('when the goods were delivered on Feb 4, then 02/05/2025 is read month first', () => {
    const note = extractDeliveryNoteFromText(slip('Feb 4, 2025', '02/05/2025'));
    expect(note.signatureDate.value).toBe('2025-02-05');
    expect(note.signatureDate.check).toBeUndefined();
  });

  it('when the delivery date is not read, then a date that reads both ways still goes to manual entry', () => {
    const note = extractDeliveryNoteFromText(slip('', '05/02/2025'));
    expect(note.signatureDate.check).toMatch(/day first or month first/);
  });
});
