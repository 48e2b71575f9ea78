import { DocumentText } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import { checkNotReadUnderOtherLabels } from './other-label.checks';
import { parseDocumentNumber } from './value.parsers';

/**
 * A check of document references (delivery note, order and contract numbers) as OCR read them.
 * A reference's groups are written with one separator throughout ("HT-2025-933", "PO/2025/17")
 * or none; OCR drops a thin hyphen more often than it invents one, so a reference whose letter
 * prefix is glued to a year while its later groups are separated ("HT2025-933") was most likely
 * misread, and so was one whose groups are separated by different marks ("HT.2025-760": a hyphen
 * read as a dot), and so was one with a letter like a digit between two digits ("HE2Q25-8263").
 * Text-layer references are taken as printed.
 */
const prefixGluedToYear = /^[A-Z]{1,5}(?:19|20)\d{2}[-/.][A-Z0-9]/i;

/** A letter that looks like a digit between two digits ("2Q25", "1O4"): most likely a digit misread. */
const digitLookAlikeBetweenDigits = /\d[OQDILSZBG]\d/i;

export function checkOcrReference(field: Field<string>): Field<string> {
  if (field.value === null || field.source !== 'ocr') return field;
  const read = field.value;
  const separatorLost = prefixGluedToYear.test(read) ? `the reference "${read}" separates some groups and not others: a separator may have been lost in OCR` : null;
  if (!separatorLost && digitLookAlikeBetweenDigits.test(read)) return failedCheck(field, `the reference "${read}" has a letter like a digit between digits: a digit may have been misread in OCR`);
  const reason = separatorLost ?? (new Set(read.match(/[-/._]/g) ?? []).size > 1 ? `the reference "${read}" separates its groups by different marks: one may have been misread in OCR` : null);
  if (!reason) return field;
  const printed = likelyPrinted(read);
  return printed ? failedCheck({ ...field, value: printed }, `${reason}; "${printed}" is proposed`) : failedCheck(field, reason);
}

/**
 * What a reference that failed its separator check most likely printed, for the person who checks
 * it: a dot among hyphens (or slashes) is the hyphen (slash) read small ("HT-2025.760", "INV.2025-4992",
 * "INV-2025.-5515"), and a prefix glued to a year gets the separator the later groups use
 * ("HT2025-933" → "HT-2025-933"). Null where the marks allow no one reading ("PO-2025/17", "HT2025.9504").
 */
function likelyPrinted(read: string): string | null {
  const marks = new Set(read.match(/[-/._]/g) ?? []);
  const other = [...marks].filter((mark) => mark !== '.');
  let printed = read;
  if (marks.has('.') && other.length === 1 && other[0] !== '_') printed = read.replace(/\./g, other[0] as string).replace(/([-/])\1+/g, '$1');
  else if (marks.size > 1) return null;
  printed = printed.replace(/^([A-Z]{1,5})((?:19|20)\d{2})([-/])(?=[A-Z0-9])/i, '$1$3$2$3');
  return printed !== read ? printed : null;
}

/** A reference as compared: upper case, without spaces and separators. */
export const comparable = (value: unknown) => (typeof value === 'string' ? value.replace(/[\s\-/._]/g, '').toUpperCase() : null);

/**
 * The references of one document name different things (a delivery note's own number and the
 * order's, an invoice's number and a party's tax id): two of them read the same means one was
 * taken from the other's label or place, and which one is not known, so both go to manual entry.
 * Each of `names` is compared with each of `comparedWith` (by default with each other of `names`).
 */
export function distinctReferences<F extends Record<string, Field<unknown>>>(fields: F, names: readonly (keyof F & string)[], comparedWith: readonly (keyof F & string)[] = names): F {
  const result: Record<string, Field<unknown>> = { ...fields };
  const compared = new Set<string>();
  for (const a of names) {
    for (const b of comparedWith) {
      if (a === b || compared.has(`${b}|${a}`)) continue;
      compared.add(`${a}|${b}`);
      const [first, second] = [result[a], result[b]];
      const value = comparable(first?.value);
      if (!first || !second || !value || value !== comparable(second.value)) continue;
      const reason = `${a} and ${b} read the same ("${String(first.value)}"): one was read from the other's label`;
      result[a] = failedCheck(first, reason);
      result[b] = failedCheck(second, reason);
    }
  }
  return result as F;
}

/** Labels of the customer's account with the issuer ("Account No.", "Customer No.", 客户编号): a number printed beside the document's own. */
export const accountNumberLabels = [/\b(?:account|acct\.?)(?:\s*(?:no\.?|number|#|code))?(?![\p{L}])/iu, /\b(?:customer|client|debtor)\s*(?:no\.?|number|#|code|id)(?![\p{L}])/iu, /客户(?:编号|代码|编码)/u];

/**
 * A document's own number is not the number of what it refers to (the customer's account, the
 * order): the same value read under another reference's label means one label was given the
 * other's value (a header row whose columns OCR shifted, a value under the wrong label), and which
 * is not known, so the number goes to manual entry.
 */
export function checkNotAnotherReference(field: Field<string>, text: DocumentText, otherLabels: readonly RegExp[]): Field<string> {
  return checkNotReadUnderOtherLabels(field, text, otherLabels, parseDocumentNumber, comparable, (line) => `"${field.value}" is also read under another reference's label (line ${line})`);
}

/** What a reference's letter prefix commonly says it numbers ("PO-…" an order, "INV-…" an invoice, 送货 "SH…" a delivery). */
export type ReferenceKind = 'invoice' | 'order' | 'delivery' | 'contract' | 'account' | 'project' | 'waybill' | 'quotation';
const prefixKinds: [RegExp, ReferenceKind][] = [
  [/^(?:INV|IN|RE|RG|FP)$/, 'invoice'],
  [/^(?:PO|SO|ORD)$/, 'order'],
  [/^(?:DN|DEL|DO|LS|SH)$/, 'delivery'],
  [/^(?:HT|SC|CT|AGR)$/, 'contract'],
  [/^(?:AC|ACC|ACCT|KH|CUST)$/, 'account'],
  [/^(?:XM|PRJ)$/, 'project'],
  [/^(?:YD|AWB|WB)$/, 'waybill'],
  [/^(?:QT|QUO|BJ)$/, 'quotation'],
];

/** The kind a reference's prefix names, when it names one: letters before its first digits. */
export function kindOfReference(value: string): ReferenceKind | null {
  const prefix = value.toUpperCase().match(/^([A-Z]{2,4})[-/._ ]?(?=\d)/)?.[1];
  return prefix ? (prefixKinds.find(([pattern]) => pattern.test(prefix))?.[1] ?? null) : null;
}

/**
 * A reference whose prefix names another kind of document ("PO-12345" read as an invoice's number,
 * "INV-2025-1" as an order's) was most likely read under the wrong label or from the wrong column:
 * it goes to manual entry. Prefixes nobody agreed on pass.
 */
export function checkReferenceKind(field: Field<string>, accepted: readonly ReferenceKind[]): Field<string> {
  const kind = field.value ? kindOfReference(field.value) : null;
  return kind && !accepted.includes(kind) ? failedCheck(field, `"${field.value}" is numbered as ${kind === 'order' || kind === 'invoice' || kind === 'account' ? 'an' : 'a'} ${kind} reference, not this one`) : field;
}
