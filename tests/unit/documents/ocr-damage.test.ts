import type { DocumentText, TextLine } from '../../../src/domain/documents/document-text.model';
import { damagedCopies } from '../../../src/documents/evaluation/ocr-damage';

const line = (top: number, ...cells: string[]): TextLine => ({ page: 1, top, confidence: 0.9, origin: 'ocr', segments: cells.map((text, i) => ({ text, x: i * 0.3, right: i * 0.3 + 0.2, weakest: [0.8, 0.7, 0.6][i] })) });
const page: DocumentText = { pages: 1, lines: [line(0.1, 'Invoice No.', 'Date', 'Account'), line(0.15, 'INV-7', '05/03/2025', 'AC-9'), line(0.3, 'Total', '118.00')] };
const cells = (text: DocumentText) => text.lines.map((l) => l.segments.map((s) => s.text));

describe('the damage OCR does to a page, one place at a time', () => {
  it('loses each line in turn', () => {
    const copies = damagedCopies(page, 'drop-line');
    expect(copies.map((c) => cells(c.text).length)).toEqual([2, 2, 2]);
    expect(cells(copies[1]!.text)).toEqual([['Invoice No.', 'Date', 'Account'], ['Total', '118.00']]);
  });

  it('loses each segment in turn, the line kept', () => {
    const copies = damagedCopies(page, 'drop-segment');
    expect(copies).toHaveLength(8);
    expect(cells(copies[4]!.text)[1]).toEqual(['INV-7', 'AC-9']);
  });

  it('reads a row of columns as one run over their width, with the weakest confidence, and leaves one-segment rows alone', () => {
    const copies = damagedCopies(page, 'merge-line');
    expect(copies).toHaveLength(3);
    expect(copies[1]!.text.lines[1]!.segments).toEqual([{ text: 'INV-7 05/03/2025 AC-9', x: 0, right: 0.8, weakest: 0.6 }]);
  });

  it('reads two neighbouring lines in the wrong order, and a row of three or more cells one column off', () => {
    expect(cells(damagedCopies(page, 'swap-lines')[0]!.text).map((l) => l[0])).toEqual(['INV-7', 'Invoice No.', 'Total']);
    const shifted = damagedCopies(page, 'shift-cells');
    expect(shifted).toHaveLength(2);
    expect(cells(shifted[1]!.text)[1]).toEqual(['05/03/2025', 'AC-9', 'INV-7']);
    expect(shifted[1]!.text.lines[1]!.segments.map((s) => s.x)).toEqual(page.lines[1]!.segments.map((s) => s.x));
  });

  it('leaves the text it damages as it was', () => {
    const before = JSON.stringify(page);
    for (const kind of ['drop-line', 'drop-segment', 'merge-line', 'swap-lines', 'shift-cells'] as const) damagedCopies(page, kind);
    expect(JSON.stringify(page)).toBe(before);
  });
});
