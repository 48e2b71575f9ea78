import { TextSegment } from './document-text.model';
import { containsCjk } from './text.normaliser';

/** A run of text on one line with its horizontal extent and font size (em), all as fractions of the page width. */
export interface PositionedText {
  text: string;
  x: number;
  right: number;
  em: number;
  /** the confidence of the least certain word or character, 0..1, when the engine reports it */
  weakest?: number;
}

/**
 * Joins the runs of one line into segments: runs closer than about one em belong together,
 * a wider gap is a column break. A lone CJK character is joined across a wider gap, since
 * Chinese forms space out their labels ("名    称:").
 */
export function buildSegments(items: PositionedText[]): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const last = segments[segments.length - 1];
    const gap = last ? item.x - last.right : Infinity;
    const spacedLabel = last !== undefined && last.text.trim().length === 1 && containsCjk(last.text) && gap < item.em * 6;
    if (last && (gap < item.em * 1.2 || spacedLabel)) {
      last.text += gap > item.em * 0.15 && !last.text.endsWith(' ') ? ` ${item.text}` : item.text;
      last.right = Math.max(last.right, item.right);
      if (item.weakest !== undefined) last.weakest = Math.min(last.weakest ?? 1, item.weakest);
    } else {
      segments.push({ text: item.text, x: item.x, right: item.right, ...(item.weakest !== undefined ? { weakest: item.weakest } : {}) });
    }
  }
  return segments.map((segment) => ({ ...segment, text: segment.text.trim() })).filter((segment) => segment.text);
}

/** A line as an OCR engine reports it, before lines of the same visual row are joined. */
export interface RawLine {
  top: number;
  bottom: number;
  items: PositionedText[];
  confidence: number;
}

/**
 * OCR engines report a label and its value in a separate column as two lines of two blocks.
 * Lines whose vertical extents overlap by at least half the smaller height and do not
 * overlap horizontally are one row of the page.
 */
export function mergeRows(lines: RawLine[]): RawLine[] {
  const rows: RawLine[] = [];
  for (const line of [...lines].sort((a, b) => a.top - b.top)) {
    const row = rows.find((candidate) => sameRow(candidate, line));
    if (!row) {
      rows.push({ ...line, items: [...line.items] });
      continue;
    }
    const weight = row.items.length;
    row.confidence = (row.confidence * weight + line.confidence * line.items.length) / (weight + line.items.length);
    row.items.push(...line.items);
    row.top = Math.min(row.top, line.top);
    row.bottom = Math.max(row.bottom, line.bottom);
  }
  return rows;
}

function sameRow(a: RawLine, b: RawLine): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const smaller = Math.min(a.bottom - a.top, b.bottom - b.top);
  if (smaller <= 0 || overlap < smaller * 0.5) return false;
  return !a.items.some((x) => b.items.some((y) => x.x < y.right && y.x < x.right));
}
