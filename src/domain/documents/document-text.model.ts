/**
 * Text of a document as lines with positions, whether it came from a PDF text layer or from
 * OCR. Positions are fractions of the page width, so both sources are read the same way:
 * a value can stand right of its label or in the line below it, under the label.
 */
export interface TextSegment {
  text: string;
  /** left edge, 0..1 of the page width */
  x: number;
  /** right edge, 0..1 of the page width */
  right: number;
  /** OCR: the confidence of the segment's least certain word or character, 0..1 (absent for a text layer) */
  weakest?: number;
}

export interface TextLine {
  page: number;
  /** top of the line, 0..1 of the page height */
  top: number;
  /** runs of text separated by a visible gap (table columns, label and value) */
  segments: TextSegment[];
  /** how sure the reader is of this line's characters: 1 for a text layer, OCR confidence otherwise */
  confidence: number;
  origin: TextOrigin;
}

export type TextOrigin = 'text-layer' | 'ocr';

export interface DocumentText {
  pages: number;
  lines: TextLine[];
  /** pages carrying pictures large enough to hold text the text layer does not have */
  pagesWithImages?: number[];
}

export function lineText(line: TextLine): string {
  return line.segments.map((segment) => segment.text).join('  ');
}

/** Below this an OCR engine was unsure of a word: the value holding it may be misread however sure the line is. */
export const doubtfulWord = 0.4;
/** What such a value's confidence is capped at: under the manual-entry threshold. */
export const doubtfulValueConfidence = 0.7;

/** How far a value read from this segment can be trusted: the line's confidence, capped when one of its words was doubtful. */
export function segmentConfidence(line: TextLine, segment: TextSegment | undefined): number {
  return segment?.weakest !== undefined && segment.weakest < doubtfulWord ? Math.min(line.confidence, doubtfulValueConfidence) : line.confidence;
}
