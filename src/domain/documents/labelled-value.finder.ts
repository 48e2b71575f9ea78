import { DocumentText, segmentConfidence, TextLine, TextSegment } from './document-text.model';
import { normaliseText } from './text.normaliser';

/**
 * Finds the value printed next to a label: in the same run of text after the label, in the
 * next column of the same line, or in a line below whose text stands under the label (forms
 * and table headers). The confidence says how typical that placement is, times the line's own
 * reading confidence.
 */
export interface Found<T> {
  value: T;
  confidence: number;
  lineIndex: number;
  /** the line of the label, where the value stands on a line below it */
  labelLine?: number;
}

export interface FindOptions {
  /** how many lines below the label to look for a value under it */
  linesBelow?: number;
  /** only lines from this index on (e.g. inside a party's block) */
  fromLine?: number;
  toLine?: number;
  /** parse the rest of the label's segment together with the columns right of it (amount rows) */
  restOfLine?: boolean;
  /**
   * Labels of other fields: a label found inside one of them ("date:" in "Delivery date:", "No." in
   * "Order No.") is that field's, not this one's, and gives no value here.
   */
  notInside?: readonly RegExp[];
  /**
   * The value may share its segment with other columns' values of its kind (dates, numbers in a
   * row OCR read as one run): the one standing under the label is taken, below the manual-entry threshold.
   */
  valuesMayMerge?: boolean;
  /** with restOfLine: labels of other fields whose column ends the row's value ("金额合计 ¥100 | 税额合计 | ¥13": the net is ¥100) */
  stopAt?: readonly RegExp[];
}

/** A box's ruling that OCR read as a bar before a segment's text ("| Seller"): set aside, the label's place still measured on the whole segment. */
const leadingBar = /^[|¦│]\s*(?=\S)/u;
const withoutBar = (segmentText: string) => normaliseText(segmentText).replace(leadingBar, '');

const leadIn = /^(?:\s|[:：#.°º]|n°|no\.?(?=\s|\d)|nr\.?(?=\s|\d)|number\b|nummer\b)+/iu;

export function findLabelled<T>(text: DocumentText, labels: RegExp[], parse: (raw: string) => T | null, options: FindOptions = {}): Found<T> | null {
  for (const label of labels) {
    const found = findAllForLabel(text, label, parse, options)[0];
    if (found) return found;
  }
  return null;
}

export function findAllLabelled<T>(text: DocumentText, labels: RegExp[], parse: (raw: string) => T | null, options: FindOptions = {}): Found<T>[] {
  return labels.flatMap((label) => findAllForLabel(text, label, parse, options)).sort((a, b) => a.lineIndex - b.lineIndex);
}

const foldedLabels = new WeakMap<RegExp, RegExp>();

/** Labels match with and without diacritics: OCR reads "Verkäufer" as "Verkaufer" as often as not. */
function folded(label: RegExp): RegExp {
  let result = foldedLabels.get(label);
  if (!result) {
    result = new RegExp(foldDiacritics(label.source), label.flags);
    foldedLabels.set(label, result);
  }
  return result;
}

/** Strips Latin diacritics (ä → a, é → e) and keeps the length, so match offsets stay valid. */
function foldDiacritics(text: string): string {
  return [...text].map((char) => (/[\u00c0-\u024f]/.test(char) ? char.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || char : char)).join('');
}

/** Index of the first line whose text matches, or -1. */
export function findLine(text: DocumentText, pattern: RegExp, fromLine = 0): number {
  for (let index = fromLine; index < text.lines.length; index += 1) {
    const line = text.lines[index];
    if (line && folded(pattern).test(foldDiacritics(normaliseText(line.segments.map((s) => s.text).join(' '))))) return index;
  }
  return -1;
}

function findAllForLabel<T>(text: DocumentText, label: RegExp, parse: (raw: string) => T | null, options: FindOptions): Found<T>[] {
  const results: Found<T>[] = [];
  const end = Math.min(options.toLine ?? text.lines.length, text.lines.length);
  for (let lineIndex = options.fromLine ?? 0; lineIndex < end; lineIndex += 1) {
    const line = text.lines[lineIndex];
    if (!line) continue;
    line.segments.forEach((own, segmentIndex) => {
      // a short segment joined to the next: spaced-out labels split by OCR ("购 名 | 称: 个人")
      const previous = line.segments[segmentIndex - 1];
      const joined = previous && normaliseText(previous.text).length <= 3 ? { text: `${previous.text}${own.text}`, x: previous.x, right: own.right } : null;
      for (const segment of joined ? [own, joined] : [own]) {
        const whole = normaliseText(segment.text);
        const bar = whole.match(leadingBar)?.[0].length ?? 0;
        const normalised = whole.slice(bar);
        const match = foldDiacritics(normalised).match(folded(label));
        if (!match || match.index === undefined) continue;
        if (options.notInside && insideAnotherLabel(normalised.slice(0, match.index), match[0], normalised.slice(match.index + match[0].length), options.notInside)) break;
        const labelSpan = spanWithin(segment, whole.length, bar + match.index, bar + match.index + match[0].length);
        const found = valueFor(text, lineIndex, segmentIndex, labelSpan, withoutTranslation(match[0], normalised.slice(match.index + match[0].length)), parse, options);
        if (found) results.push(found);
        break;
      }
    });
  }
  return results;
}

/**
 * A bilingual label's English after its Chinese ("配送单号 Delivery No.：SH…", "收方单位 Consignee：…"):
 * Latin words right after the Chinese label, up to the colon that closes the label, set aside so
 * the value follows. Only directly after the label: a colon before the words makes them the value's.
 */
const latinTranslation = /^\s*[A-Za-z][A-Za-z .'’/()-]{0,30}[:：]/u;

function withoutTranslation(label: string, rest: string): string {
  return /\p{Script=Han}/u.test(label) ? rest.replace(latinTranslation, '') : rest;
}

function valueFor<T>(text: DocumentText, lineIndex: number, segmentIndex: number, labelSpan: TextSegment, rest: string, parse: (raw: string) => T | null, options: FindOptions): Found<T> | null {
  const line = text.lines[lineIndex] as TextLine;
  const following = options.restOfLine ? untilAnotherLabel(line.segments.slice(segmentIndex + 1).map((s) => normaliseText(s.text)), options.stopAt ?? []) : [];
  const afterLabel = [rest.replace(leadIn, '').trim(), ...following].filter(Boolean).join('  ');
  if (afterLabel) {
    const value = parse(afterLabel);
    if (value !== null) return { value, confidence: 0.95 * Math.min(segmentConfidence(line, line.segments[segmentIndex]), ...(options.restOfLine ? line.segments.slice(segmentIndex + 1).map((s) => segmentConfidence(line, s)) : [])), lineIndex };
  }
  const next = line.segments[segmentIndex + 1];
  // a next column that opens with a label of its own ("VAT number: GB…" beside an empty "VAT number:") holds that label's value
  if (next && !opensWithOwnLabel(normaliseText(next.text))) {
    const value = parse(withoutBar(next.text));
    if (value !== null) return { value, confidence: 0.92 * segmentConfidence(line, next), lineIndex };
  }
  // a label word inside a sentence ("收货人请核对数量、质量，无误后签字。") heads no column: nothing under it is its value
  if (isSentence(rest)) return null;
  // a line of specks OCR read between a header row and its values ("二 | J | N") is not counted as a line below
  let counted = 0;
  for (let below = lineIndex + 1; below < text.lines.length && counted < (options.linesBelow ?? 2); below += 1) {
    const candidateLine = text.lines[below];
    if (!candidateLine || candidateLine.page !== line.page) break;
    if (isSpeckLine(candidateLine)) continue;
    counted += 1;
    // a segment below that opens with a label of its own ("Due date: …" under an empty "Invoice date:"), or that follows
    // a label ending with its colon ("Date:  2025-…"), holds that label's value
    const ownValue = (index: number) => opensWithOwnLabel(withoutBar(candidateLine.segments[index]?.text ?? '')) || /[:：]$/u.test(normaliseText(candidateLine.segments[index - 1]?.text ?? ''));
    for (const segment of candidateLine.segments.filter((s, index) => overlaps(s, labelSpan) && !ownValue(index))) {
      const value = parse(withoutBar(segment.text));
      if (value === null) continue;
      const found = { value, confidence: 0.85 * segmentConfidence(candidateLine, segment), lineIndex: below, labelLine: lineIndex };
      if (!options.valuesMayMerge) return found;
      // one segment holding several columns' values (OCR read the row's gaps as spaces): the value under the label, and a doubt
      const under = valueUnderLabel(segment, labelSpan, parse);
      return under !== null && String(under) !== String(value) ? { ...found, value: under, confidence: Math.min(found.confidence, mergedValueConfidence) } : found;
    }
  }
  return null;
}

/**
 * Whether a label, read with the few words around it in its segment, is another field's label:
 * "Delivery date:" holds "date:", "Invoice total" holds "Invoice" (the other label must take in
 * part of this one's text, not merely stand beside it on the line).
 */
export function insideAnotherLabel(before: string, label: string, after: string, otherLabels: readonly RegExp[]): boolean {
  // up to three words each side: as far as a label of several words reaches
  const kept = before.match(/(?:\S+\s*){1,3}$/u)?.[0] ?? '';
  // after it, words up to the value: a label that takes in the value itself ("Nr. 471102 vom") is not one that holds this label
  const next = after.match(/^(?:\s*[^\s\d]+){1,3}/u)?.[0] ?? '';
  if (!kept && !next) return false;
  const whole = foldDiacritics(`${kept}${label}${next}`);
  return otherLabels.some((other) => {
    const match = whole.match(folded(other));
    if (!match || match.index === undefined) return false;
    const [start, end] = [match.index, match.index + match[0].length];
    // it reaches beyond this label on one side at least, and covers part of it
    return start < kept.length + label.length && end > kept.length && (start < kept.length || end > kept.length + label.length);
  });
}

/** A value picked out of several columns' values read as one segment: where it stands is estimated, so a person confirms it. */
const mergedValueConfidence = 0.75;

/** How wide a character prints: a CJK character about twice a Latin one. */
const charWidth = (char: string) => (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1);

/**
 * The value of a merged segment that stands under the label: the segment's text from the word
 * boundaries nearest the label's left edge (estimated from the characters' widths), the nearest
 * that reads as a value. Null when the label stands over the segment's first word.
 */
function valueUnderLabel<T>(segment: TextSegment, labelSpan: TextSegment, parse: (raw: string) => T | null): T | null {
  const text = withoutBar(segment.text);
  const chars = [...text];
  const total = chars.reduce((sum, char) => sum + charWidth(char), 0);
  const target = ((labelSpan.x - segment.x) / Math.max(1e-6, segment.right - segment.x)) * total;
  const starts: { offset: number; distance: number }[] = [];
  let width = 0;
  let offset = 0;
  chars.forEach((char, index) => {
    if (index > 0 && /\s/u.test(chars[index - 1] as string) && !/\s/u.test(char)) starts.push({ offset, distance: Math.abs(width - target) });
    width += charWidth(char);
    offset += char.length;
  });
  // nearer the label than the segment's first word, nearest first
  for (const start of starts.filter((s) => s.distance < Math.abs(target)).sort((a, b) => a.distance - b.distance)) {
    const value = parse(text.slice(start.offset));
    if (value !== null) return value;
  }
  return null;
}

/** The segments of a row up to the first that opens with another field's label. */
function untilAnotherLabel(segments: string[], labels: readonly RegExp[]): string[] {
  const end = segments.findIndex((segment) => labels.some((label) => folded(label).test(foldDiacritics(segment)) && (foldDiacritics(segment).match(folded(label))?.index ?? 1) === 0));
  return end < 0 ? segments : segments.slice(0, end);
}

/** Text that reads as a sentence: a clause mark inside it, or several words closed by a full stop. */
function isSentence(text: string): boolean {
  const trimmed = text.trim();
  return /[，。；！？]/u.test(trimmed) || (/[.!?]$/u.test(trimmed) && trimmed.split(/\s+/u).length >= 4);
}

/** A line whose every segment is a speck (one or two characters, no value): OCR's reading of dust or a ruling's remains. */
function isSpeckLine(line: TextLine): boolean {
  return line.segments.every((segment) => normaliseText(segment.text).replace(/\s/g, '').length <= 2);
}

/** "Label: value": words and a colon before the value, the words no lead-in of a number ("No:", "Nr.:"). */
const ownLabel = /^([\p{L}][\p{L}\s.'/()-]{1,29})[:：]\s*\S/u;

export function opensWithOwnLabel(segmentText: string): boolean {
  const label = segmentText.match(ownLabel)?.[1];
  return label !== undefined && !/^(?:n[°º]|no\.?|nr\.?|number|nummer|#)$/iu.test(label.trim());
}

/** Where the label stands inside its segment, estimated from its character offsets (a header row may hold several labels). */
function spanWithin(segment: TextSegment, length: number, start: number, end: number): TextSegment {
  const width = segment.right - segment.x;
  return { text: '', x: segment.x + (width * start) / length, right: segment.x + (width * end) / length };
}

function overlaps(a: TextSegment, b: TextSegment): boolean {
  const tolerance = 0.01;
  return a.x < b.right + tolerance && b.x < a.right + tolerance;
}
