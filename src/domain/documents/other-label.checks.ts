import type { DocumentText } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import { findAllLabelled } from './labelled-value.finder';

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
