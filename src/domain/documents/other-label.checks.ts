import type { DocumentText } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import { findAllLabelled, type FindOptions } from './labelled-value.finder';

/**
 * The field, sent to manual entry when its value is also read under one of `otherLabels` (as `key`
 * compares values): one label was given the other's value, and which is not known. `reason` says
 * so, given the line (1-based) of the other reading.
 */
export function checkNotReadUnderOtherLabels(
  field: Field<string>,
  text: DocumentText,
  otherLabels: readonly RegExp[],
  parse: (raw: string) => string | null,
  key: (value: string) => string | null,
  reason: (line: number) => string,
): Field<string> {
  const value = field.value ? key(field.value) : null;
  if (!value) return field;
  const other = findAllLabelled(text, [...otherLabels], parse, { linesBelow: 1 }).find((found) => key(found.value) === value);
  return other ? failedCheck(field, reason(other.lineIndex + 1)) : field;
}

/**
 * The field, sent to manual entry when its value is printed under a label of another meaning
 * (`otherMeaning`: an account's number, an order's date, the carrier) and under none of the field's
 * `own` labels: the document says the value is that other thing, and the field took it by its form
 * or its place. A value its own label gives as well passes, however many other labels give it too
 * (an invoice dated the day it delivers); an own label found inside another meaning's ("Date" in
 * "Order date") is not counted as the field's.
 */
export function checkLabelledAsItself<T>(
  field: Field<T>,
  text: DocumentText,
  labels: { own: readonly RegExp[]; otherMeaning: readonly RegExp[] },
  parse: (raw: string) => T | null,
  key: (value: T) => string | null,
  options: FindOptions = {},
): Field<T> {
  const value = field.value === null ? null : key(field.value);
  if (!value) return field;
  const same = (found: { value: T }) => key(found.value) === value;
  const other = findAllLabelled(text, [...labels.otherMeaning], parse, { linesBelow: 1 }).find(same);
  if (!other) return field;
  const own = findAllLabelled(text, [...labels.own], parse, { ...options, notInside: [...(options.notInside ?? []), ...labels.otherMeaning] }).some(same);
  return own ? field : failedCheck(field, `"${String(field.value)}" is printed under a label of something else (line ${other.lineIndex + 1}) and under none of this field's labels`);
}
