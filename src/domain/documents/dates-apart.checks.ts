import { findDates } from './date.parser';
import { daysBetween } from './document-dates.checks';
import type { DocumentText } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import { normaliseText } from './text.normaliser';

/**
 * A document's dates lie days or weeks apart: it is issued, due, delivered, signed for, ordered,
 * printed within months. A date read more than a year away from every other date the document
 * prints was most likely misread in its year (2025 read as 2023, 2028) or taken from text that
 * dates something else (a registration, a version of the terms): it goes to manual entry.
 * A document that prints no other date tells nothing.
 */
export const farFromOtherDatesDays = 366;

/** Every date the document prints, read in the order it writes day and month. */
export function datesPrinted(text: DocumentText, monthFirst: boolean): string[] {
  return text.lines.flatMap((line) => line.segments.flatMap((segment) => findDates(normaliseText(segment.text), monthFirst).map((date) => date.iso)));
}

export function checkNearOtherDates(field: Field<string>, printed: readonly string[]): Field<string> {
  const value = field.value;
  if (!value) return field;
  const others = [...new Set(printed)].filter((date) => date !== value);
  if (!others.length || others.some((date) => Math.abs(daysBetween(value, date)) <= farFromOtherDatesDays)) return field;
  return failedCheck(field, `the date ${value} is more than a year away from every other date the document prints (${others.slice(0, 3).join(', ')}): its year may be misread`);
}
