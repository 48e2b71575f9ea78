import { checkOcrReference } from '../../../src/domain/documents/document-reference.checks';
import type { Field } from '../../../src/domain/documents/extracted-field';

const read = (value: string, source: Field<string>['source'] = 'ocr'): Field<string> => ({ value, confidence: 0.92, source });

describe('checking a document reference read by OCR', () => {
  it.each([['KS2Q26-4410'], ['PO-1O482'], ['SC-20Z6-0031']])('when OCR reads "%s", with a letter like a digit between digits, then it fails its check', (value) => {
    const checked = checkOcrReference(read(value));
    expect(checked.check).toMatch(/letter like a digit/);
    expect(checked.confidence).toBeLessThan(0.8);
  });

  it('when the letters of a reference stand apart from its digits, or it comes from a text layer, then it passes', () => {
    expect(checkOcrReference(read('DN-2026-0412')).check).toBeUndefined();
    expect(checkOcrReference(read('KS2Q26-4410', 'text-layer')).check).toBeUndefined();
  });

  it.each([['HT2025-933'], ['HT.2025-760'], ['PO-2025/17']])('when OCR reads "%s", then it fails its check and says why', (value) => {
    const checked = checkOcrReference(read(value));
    expect(checked.check).toMatch(/separat/);
    expect(checked.confidence).toBeLessThan(0.8);
  });

  it.each([['HT-2025-933'], ['SH202522298'], ['PO/2025/17'], ['DN-2025-4623']])('when OCR reads "%s", then it passes as read', (value) => {
    expect(checkOcrReference(read(value))).toEqual(read(value));
  });

  it('when the text layer prints a reference with mixed separators, then it is taken as printed', () => {
    expect(checkOcrReference(read('HT2025-933', 'text-layer')).check).toBeUndefined();
  });
});
