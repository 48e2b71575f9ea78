import { comparable } from './document-reference.checks';
import type { DocumentText } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import { findAllLabelled, type FindOptions } from './labelled-value.finder';

/**
 * A field's labels are tried in an order, and the first that gives a value wins. Where the document
 * prints other, different values its labels would accept as well, the winner was chosen by that
 * order, not by the document: which is the field's is a guess, and the field goes to manual entry
 * naming the others. A label that names this field alone ("Invoice date", "Delivery note No.")
 * outweighs one that names none ("Date", "No."): a value under a field's own label is doubted only by
 * another value under one of its own labels, a value under a generic label by any other.
 */
export interface FieldLabels {
  /** labels that name this field and no other */
  own: readonly RegExp[];
  /** labels that name no field and are taken for this one where its own are missing ("Date:", "No.", 日期) */
  generic?: readonly RegExp[];
}

export function checkCompetingLabels<T>(field: Field<T>, text: DocumentText, labels: FieldLabels, parse: (raw: string) => T | null, options: FindOptions = {}): Field<T> {
  if (field.value === null) return field;
  const key = (value: unknown) => comparable(value) ?? String(value);
  const distinct = (found: { value: T }[]) => [...new Map(found.map((f) => [key(f.value), f.value])).entries()];
  const own = distinct(findAllLabelled(text, [...labels.own], parse, options));
  const chosen = key(field.value);
  const byOwnLabel = own.some(([k]) => k === chosen);
  const competing = byOwnLabel ? own : [...new Map([...own, ...distinct(findAllLabelled(text, [...(labels.generic ?? [])], parse, options))]).entries()];
  const others = competing.filter(([k]) => k !== chosen).map(([, value]) => String(value));
  if (!others.length) return field;
  return failedCheck(field, `the document also prints ${others.map((value) => `"${value}"`).join(', ')} under ${byOwnLabel ? "this field's labels" : 'a label of this kind'}: which is this field's is not certain`);
}

/**
 * A field's labels split by whether they also take a bare word that names no field ("Date:",
 * "Datum", "No. 4711", 编号): those are generic, the rest the field's own.
 */
export function splitLabels(labels: readonly RegExp[], bareWords: readonly string[]): FieldLabels {
  const generic = (label: RegExp) => bareWords.some((word) => new RegExp(label.source, label.flags.replace('g', '')).test(word));
  return { own: labels.filter((label) => !generic(label)), generic: labels.filter(generic) };
}

/** Words that date something without naming what. */
export const bareDateWords = ['Date', 'Date:', 'Dated', 'Datum', 'Datum:', 'Date 2025-03-04', '日期', '日期:', '时间'];

/** Words that number something without naming what. */
export const bareReferenceWords = ['No. 4711', 'No.: 4711', 'Nr. 4711', 'Number 4711', 'Ref 4711', 'Ref.: 4711', 'Reference 4711', '# 4711', '编号', '编号:', '单号', '号码', '单据号'];
