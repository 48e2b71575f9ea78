import { DocumentText, TextLine } from './document-text.model';
import { normaliseText } from './text.normaliser';

/**
 * A label cell too narrow for its words wraps them onto a second line ("Call-Off Contract" over
 * "reference", "Framework" over "reference"), while the value stands beside the label's first
 * line. The second line then holds the label's last words alone: one short segment of lower-case
 * words, no digit, starting where the label starts, under a line whose label has a value beside
 * it. Joined to the first line's label, the label reads whole ("Call-Off Contract reference") and
 * is found by its vocabulary; nothing else of the page is changed.
 */
const continuation = /^\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,2}$/u;
const sameColumn = 0.01;
const longestContinuation = 25;

export function joinWrappedLabels(text: DocumentText): DocumentText {
  const lines: TextLine[] = [];
  for (let index = 0; index < text.lines.length; index += 1) {
    const line = text.lines[index] as TextLine;
    const next = text.lines[index + 1];
    const label = line.segments[0];
    const rest = next?.segments.length === 1 ? next.segments[0] : undefined;
    const words = rest ? normaliseText(rest.text) : '';
    if (next && label && rest && line.segments.length >= 2 && next.page === line.page && Math.abs(rest.x - label.x) <= sameColumn && words.length <= longestContinuation && continuation.test(words)) {
      lines.push({ ...line, confidence: Math.min(line.confidence, next.confidence), segments: [{ ...label, ...weakestOf(label.weakest, rest.weakest), text: `${label.text} ${rest.text}`, right: Math.max(label.right, rest.right) }, ...line.segments.slice(1)] });
      index += 1;
      continue;
    }
    lines.push(line);
  }
  return lines.length === text.lines.length ? text : { ...text, lines };
}

const weakestOf = (a: number | undefined, b: number | undefined) => (a === undefined && b === undefined ? {} : { weakest: Math.min(a ?? 1, b ?? 1) });
