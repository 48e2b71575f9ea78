import { findDates } from './date.parser';
import type { DocumentText, TextLine, TextSegment } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import { normaliseText } from './text.normaliser';

/**
 * A row of headers over a row of values (送货人 | 签收人 | 签收日期, "Contract No. | Framework ref |
 * Date"): each header stands over its own value. Where a header that names a date stands over a
 * cell that holds no date, the header row or the value row was read one column off (OCR read a
 * cell into its neighbour's place, or lost one), and every value of that row stands under another
 * header than its own: what was read from it goes to manual entry. Only the date headers are
 * weighed, as the one kind of column whose values are known by their form whatever the layout.
 */
const dateHeader = /日期|\bdate\b|\bdated\b/iu;

const holdsDate = (text: string) => findDates(text, false).length > 0 || findDates(text, true).length > 0;

/** A row of labels only: two cells at least, none holding a digit. */
const isHeaderRow = (line: TextLine | undefined) => line !== undefined && line.segments.length >= 2 && line.segments.every((segment) => !/\d/u.test(segment.text));

const overlaps = (a: TextSegment, b: TextSegment) => a.x < b.right && b.x < a.right;

/**
 * The date header of `header` that stands over a cell of `values` holding no date, if one does;
 * `dateLabels` are the document type's own date labels that do not say "date" ("Tax point").
 */
export function dateHeaderOverNoDate(header: TextLine, values: TextLine, dateLabels: readonly RegExp[] = []): string | null {
  for (const cell of header.segments) {
    const label = normaliseText(cell.text);
    if (!dateHeader.test(label) && !dateLabels.some((date) => date.test(label))) continue;
    const under = values.segments.filter((segment) => overlaps(segment, cell));
    if (under.length && !under.some((segment) => holdsDate(normaliseText(segment.text)))) return label;
  }
  return null;
}

/**
 * The field, sent to manual entry when a line that holds its value (as `holds` reads a segment)
 * stands under a header row whose date header stands over no date.
 */
export function checkRowUnderHeadersAligned<T>(field: Field<T>, text: DocumentText, holds: (segmentText: string) => boolean, dateLabels: readonly RegExp[] = []): Field<T> {
  if (field.value === null) return field;
  for (let index = 1; index < text.lines.length; index += 1) {
    const [header, values] = [text.lines[index - 1], text.lines[index] as TextLine];
    if (!isHeaderRow(header) || header?.page !== values.page || values.segments.length < 2) continue;
    if (!values.segments.some((segment) => holds(normaliseText(segment.text)))) continue;
    const label = dateHeaderOverNoDate(header, values, dateLabels);
    if (label) return failedCheck(field, `"${String(field.value)}" was read from a row under headers where "${label}" stands over no date: the row was read one column off`);
  }
  return field;
}

/** A segment holding the date `iso`, in either order of day and month. */
export const holdsDateValue = (iso: string) => (segmentText: string) => [...findDates(segmentText, false), ...findDates(segmentText, true)].some((date) => date.iso === iso);

/** A segment holding the text `value`, spaces and case aside. */
export const holdsText = (value: string) => {
  const key = (raw: string) => raw.replace(/[\s\-/._]/gu, '').toUpperCase();
  const wanted = key(normaliseText(value));
  return (segmentText: string) => wanted !== '' && key(segmentText).includes(wanted);
};

/** checkRowUnderHeadersAligned for a field read as a date (an ISO date) or as text (a name, a reference). */
export function checkReadFromAlignedRow(field: Field<string>, text: DocumentText, kind: 'date' | 'text', dateLabels: readonly RegExp[] = []): Field<string> {
  if (field.value === null) return field;
  return checkRowUnderHeadersAligned(field, text, kind === 'date' ? holdsDateValue(field.value) : holdsText(field.value), dateLabels);
}
