import { comparable } from './document-reference.checks';
import { DocumentText } from './document-text.model';
import { failedCheck, Field, fromFound } from './extracted-field';
import { findAllLabelled, findLabelled, FindOptions } from './labelled-value.finder';


/**
 * A label the document prints more than once (a number in the header and again in the footer)
 * must give the same value each time: when the first label that gives any value gives two
 * different ones, one of them was misread or belongs to something else (another document's
 * number quoted in the text), and which one is not known, so the field goes to manual entry.
 */
export function checkRepeatedLabel<T>(field: Field<T>, text: DocumentText, labels: readonly RegExp[], parse: (raw: string) => T | null, options: FindOptions = {}): Field<T> {
  if (field.value === null) return field;
  for (const label of labels) {
    const values = [...new Set(findAllLabelled(text, [label], parse, options).map((found) => comparable(found.value) ?? String(found.value)))];
    if (!values.length) continue;
    if (values.length === 1) return field;
    return failedCheck(field, `the label is printed ${values.length} times with different values (${values.join(', ')})`);
  }
  return field;
}

/** A value (a reference, a date) read by its label, doubted (sent to manual entry) when that label is printed twice with different values. */
export function readLabelledValue<T>(text: DocumentText, labels: readonly RegExp[], parse: (raw: string) => T | null, options: FindOptions = {}): Field<T> {
  return checkRepeatedLabel(fromFound(text, findLabelled(text, [...labels], parse, options)), text, labels, parse, options);
}

/** The field, sent to manual entry with `reason` when the candidates it was chosen from (as compared: case, spaces and separators aside) are not all the same. */
export function oneCandidateOnly<T>(field: Field<T>, candidates: readonly string[], reason: string): Field<T> {
  return field.value !== null && new Set(candidates.map((value) => comparable(value))).size > 1 ? failedCheck(field, reason) : field;
}
