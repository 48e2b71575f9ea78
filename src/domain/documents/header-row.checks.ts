import type { TextSegment } from './document-text.model';
import type { DocumentText } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import { findLabelled, type FindOptions } from './labelled-value.finder';
import { normaliseText } from './text.normaliser';

/**
 * A row of labels over a row of values (Account No. | Invoice No. | Tax point …) gives each label
 * the value under it. Read one column off, every label takes its neighbour's value, and nothing in
 * the value says so. A date label is the row's witness: a date label over a cell that holds text but
 * no date says the labels do not stand over their own values, so a field read from under one of that
 * row's labels goes to manual entry. `labels`, `parse` and `options` are those the field was read
 * with; `dateLabels` the labels of every date the document prints, `parseDate` how it reads a date.
 */
export function checkHeaderRowAligned<T>(
  field: Field<T>,
  text: DocumentText,
  labels: readonly RegExp[],
  parse: (raw: string) => T | null,
  options: FindOptions,
  dateLabels: readonly RegExp[],
  parseDate: (raw: string) => string | null,
): Field<T> {
  if (field.value === null) return field;
  const found = findLabelled(text, [...labels], parse, options);
  if (!found || found.labelLine === undefined || String(found.value) !== String(field.value)) return field;
  const [header, values] = [text.lines[found.labelLine], text.lines[found.lineIndex]];
  if (!header || !values || header.segments.length < 2) return field;
  for (const label of header.segments.filter((segment) => dateLabels.some((date) => date.test(normaliseText(segment.text))))) {
    const cells = values.segments.filter((cell) => overlaps(cell, label) && normaliseText(cell.text).trim());
    if (!cells.length || cells.some((cell) => parseDate(normaliseText(cell.text)) !== null)) continue;
    return failedCheck(field, `in the row of labels the value was read under, the date label "${label.text}" stands over "${cells.map((c) => c.text).join(' ')}", no date: the labels may be read one column off their values`);
  }
  return field;
}

function overlaps(a: TextSegment, b: TextSegment): boolean {
  const tolerance = 0.01;
  return a.x < b.right + tolerance && b.x < a.right + tolerance;
}
