import type { DocumentText, TextLine, TextSegment } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import { findDates } from './date.parser';
import { comparable } from './document-reference.checks';
import { normaliseText } from './text.normaliser';

/**
 * A value is only as sure as the characters it was read from. A date is the riskiest: one digit
 * misread is another valid date, and no check character or sum catches it. So a date that OCR read
 * only from segments holding a character it was unsure of goes to manual entry; a date read twice
 * alike, once surely, confirms itself. A text layer's characters are as printed.
 */
export const unsureCharacter = 0.6;

/** How sure the reader is of a segment's characters: its least certain word's confidence where OCR gave one, else its line's. */
const sureness = (line: TextLine, segment: TextSegment) => Math.min(line.confidence, segment.weakest ?? 1);

/** What a segment holds of a value: the value, and how many other characters it holds besides (a label, a neighbour's text). */
export interface Reading<T> {
  value: T;
  besides: number;
}

/** At most this many characters besides the value: a segment of the value alone, whose unsure character is the value's. */
const alone = 3;

/**
 * The field, sent to manual entry when every OCR segment that holds its value alone (as `read` reads a
 * segment) holds a character the reader was unsure of. A segment that holds a label or other text
 * with the value does not say which of its characters was unsure, and a value found in no such
 * segment is left to the confidence it was given.
 */
export function checkReadSurely<T>(field: Field<T>, text: DocumentText, read: (raw: string) => Reading<T> | null, what = 'value'): Field<T> {
  if (field.value === null || field.source !== 'ocr') return field;
  const readings = text.lines.flatMap((line) =>
    line.segments
      .map((segment) => ({ segment, reading: read(normaliseText(segment.text)) }))
      .filter(({ reading }) => reading !== null && reading.besides <= alone && String(reading.value) === String(field.value))
      .map(({ segment }) => sureness(line, segment)),
  );
  if (!readings.length || readings.some((sure) => sure >= unsureCharacter)) return field;
  return failedCheck(field, `the ${what} ${String(field.value)} was read by OCR with an unsure character (confidence ${Math.max(...readings).toFixed(2)}): a digit may be misread`);
}

/** A segment's first date and the characters besides it (spaces aside). */
export const dateReading = (monthFirst: boolean) => (raw: string): Reading<string> | null => {
  const date = findDates(raw, monthFirst)[0];
  return date ? { value: date.iso, besides: raw.replace(/\s/g, '').length - raw.slice(date.index, date.index + date.length).replace(/\s/g, '').length } : null;
};

/** A segment holding a reference (as compared: case, spaces and separators aside), and the characters besides it. */
export const referenceReading = (reference: string) => (raw: string): Reading<string> | null => {
  const [key, held] = [comparable(reference) ?? '', comparable(raw) ?? ''];
  return key && held.includes(key) ? { value: reference, besides: held.length - key.length } : null;
};
