import { TextSegment } from './document-text.model';
import { containsCjk } from './text.normaliser';

/** A run of text on one line with its horizontal extent and font size (em), all as fractions of the page width. */
export interface PositionedText {
  text: string;
  x: number;
  right: number;
  em: number;
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
    } else {
      segments.push({ text: item.text, x: item.x, right: item.right });
    }
  }
  return segments.map((segment) => ({ ...segment, text: segment.text.trim() })).filter((segment) => segment.text);
}
