import type { DocumentText } from '../../../src/domain/documents/document-text.model';
import { checkReadSurely, dateReading, referenceReading } from '../../../src/domain/documents/weak-reading.checks';
import type { Field } from '../../../src/domain/documents/extracted-field';

// Constructed samples: OCR lines whose words carry the reader's confidence.

const ocrText = (rows: { text: string; weakest?: number }[][]): DocumentText => ({
  pages: 1,
  lines: rows.map((segments, index) => ({
    page: 1,
    top: index / rows.length,
    confidence: 0.92,
    origin: 'ocr',
    segments: segments.map((segment, k) => ({ text: segment.text, x: k * 0.4, right: k * 0.4 + 0.3, ...(segment.weakest !== undefined ? { weakest: segment.weakest } : {}) })),
  })),
});
const dateField = (value: string, source: 'ocr' | 'text-layer' = 'ocr'): Field<string> => ({ value, confidence: 0.87, source });

describe('a date OCR read with an unsure character', () => {
  it('when every segment the date is read from holds an unsure character, then it goes to manual entry with the reason', () => {
    const text = ocrText([[{ text: 'Invoice date:' , weakest: 0.95 }, { text: '2025-03-08', weakest: 0.41 }]]);
    const checked = checkReadSurely(dateField('2025-03-08'), text, dateReading(false), 'date');
    expect(checked.confidence).toBeLessThan(0.8);
    expect(checked.check).toMatch(/unsure character/);
  });

  it('when the characters were read surely, then the date passes as read', () => {
    const text = ocrText([[{ text: 'Invoice date:', weakest: 0.95 }, { text: '2025-03-08', weakest: 0.91 }]]);
    expect(checkReadSurely(dateField('2025-03-08'), text, dateReading(false), 'date')).toEqual(dateField('2025-03-08'));
  });

  it('when the date is printed twice and read surely once, then the sure reading confirms it', () => {
    const text = ocrText([
      [{ text: 'Date:', weakest: 0.9 }, { text: '2025-03-08', weakest: 0.3 }],
      [{ text: 'Dated', weakest: 0.9 }, { text: '08/03/2025', weakest: 0.93 }],
    ]);
    expect(checkReadSurely(dateField('2025-03-08'), text, dateReading(false), 'date').check).toBeUndefined();
  });

  it('when the unsure character may be the label\'s, read in one segment with the date, then nothing is said', () => {
    const text = ocrText([[{ text: 'Invoice date: 2025-03-08', weakest: 0.2 }]]);
    expect(checkReadSurely(dateField('2025-03-08'), text, dateReading(false), 'date').check).toBeUndefined();
  });

  it('when a reference alone in its segment was read unsurely, then it goes to manual entry; a sure one passes', () => {
    const text = (weakest: number) => ocrText([[{ text: 'Order No:', weakest: 0.95 }, { text: 'PO-87432', weakest }]]);
    expect(checkReadSurely(dateField('PO-87432'), text(0.42), referenceReading('PO-87432'), 'reference').check).toMatch(/unsure character/);
    expect(checkReadSurely(dateField('PO-87432'), text(0.9), referenceReading('PO-87432'), 'reference').check).toBeUndefined();
  });

  it('when the date comes from a text layer, then OCR confidences say nothing of it', () => {
    const text = ocrText([[{ text: '2025-03-08', weakest: 0.2 }]]);
    expect(checkReadSurely(dateField('2025-03-08', 'text-layer'), text, dateReading(false), 'date').check).toBeUndefined();
  });
});
