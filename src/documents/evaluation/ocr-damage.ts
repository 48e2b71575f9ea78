import type { DocumentText, TextLine, TextSegment } from '../../domain/documents/document-text.model';

/**
 * What OCR does to a page's text, one mishap at a time: a line lost, a segment lost, a row's columns
 * read as one run, two neighbouring lines read in the wrong order, a row's cells read one column off.
 * Each damaged copy differs from the text in one place, so a wrong value read from it without doubt
 * names a rule that trusts what OCR can break.
 */
export const damageKinds = ['drop-line', 'drop-segment', 'merge-line', 'swap-lines', 'shift-cells'] as const;
export type DamageKind = (typeof damageKinds)[number];

export interface DamagedText {
  kind: DamageKind;
  /** where and what, for a person reading the probe's report */
  what: string;
  text: DocumentText;
}

export function damagedCopies(text: DocumentText, kind: DamageKind): DamagedText[] {
  const copies: DamagedText[] = [];
  const withLines = (lines: TextLine[]) => ({ ...text, lines });
  const replaced = (index: number, line: TextLine) => text.lines.map((other, i) => (i === index ? line : other));
  text.lines.forEach((line, i) => {
    const shown = `line ${i + 1} "${line.segments.map((s) => s.text).join(' | ').slice(0, 60)}"`;
    if (kind === 'drop-line') copies.push({ kind, what: `${shown} lost`, text: withLines(text.lines.filter((_, j) => j !== i)) });
    if (kind === 'drop-segment') {
      line.segments.forEach((segment, k) => copies.push({ kind, what: `segment "${segment.text.slice(0, 40)}" of ${shown} lost`, text: withLines(replaced(i, { ...line, segments: line.segments.filter((_, m) => m !== k) })) }));
    }
    if (kind === 'merge-line' && line.segments.length > 1) copies.push({ kind, what: `${shown} read as one run`, text: withLines(replaced(i, { ...line, segments: [merged(line.segments)] })) });
    if (kind === 'swap-lines' && i > 0) copies.push({ kind, what: `lines ${i} and ${i + 1} read in the wrong order`, text: withLines(text.lines.map((other, j) => (j === i ? (text.lines[i - 1] as TextLine) : j === i - 1 ? line : other))) });
    if (kind === 'shift-cells' && line.segments.length >= 3) {
      const shifted = line.segments.map((segment, m) => ({ ...segment, text: (line.segments[(m + 1) % line.segments.length] as TextSegment).text }));
      copies.push({ kind, what: `${shown} read one column off`, text: withLines(replaced(i, { ...line, segments: shifted })) });
    }
  });
  return copies;
}

function merged(segments: TextSegment[]): TextSegment {
  const weakest = segments.map((s) => s.weakest).filter((w): w is number => w !== undefined);
  return { text: segments.map((s) => s.text).join(' '), x: (segments[0] as TextSegment).x, right: (segments[segments.length - 1] as TextSegment).right, ...(weakest.length ? { weakest: Math.min(...weakest) } : {}) };
}
