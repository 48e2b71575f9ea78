import { DocumentText, TextLine } from '../../../src/domain/documents/document-text.model';

/**
 * Builds document text from a monospaced drawing of a page: every string is a line, runs of
 * text separated by two or more spaces are segments, and a character's column (of 100) is
 * its horizontal position. Constructed samples are written as they would look on paper.
 */
export function monospaced(lines: string[], options: { confidence?: number; origin?: 'text-layer' | 'ocr' } = {}): DocumentText {
  const width = 100;
  const textLines: TextLine[] = lines.map((line, index) => ({
    page: 1,
    top: index / lines.length,
    confidence: options.confidence ?? 1,
    origin: options.origin ?? 'text-layer',
    segments: [...line.matchAll(/\S+(?: \S+)*/g)].map((match) => ({
      text: match[0],
      x: (match.index ?? 0) / width,
      right: ((match.index ?? 0) + match[0].length) / width,
    })),
  }));
  return { pages: 1, lines: textLines.filter((line) => line.segments.length) };
}
