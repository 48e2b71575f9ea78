import type { DocumentText } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import { invoiceLabels } from './invoice-labels.vocabulary';
import { normaliseText } from './text.normaliser';

/**
 * A table row opens with its label and then gives a value per column ("Name | Adventure Works Ltd |
 * Proseware Metals Ltd" under "Party | Seller | Buyer"). A name read from a row where a bare name
 * label ("Name", 名称) stands right of it was read from a row whose cells OCR read one column off:
 * the label moved into a value's column, and each name into its neighbour's, so which party the
 * name belongs to is not known and it goes to manual entry.
 */
const isBareNameLabel = (cell: string) => {
  const text = normaliseText(cell).replace(/[\s:：]+$/u, '');
  return text.length > 0 && !/\d/u.test(text) && invoiceLabels.name.some((label) => label.test(text) && (text.match(label)?.[0].length ?? 0) >= text.length - 1);
};

const key = (raw: string) => normaliseText(raw).replace(/\s+/gu, '').toLowerCase();

export function checkNameNotBeforeItsRowLabel(field: Field<string>, text: DocumentText): Field<string> {
  const name = field.value ? key(field.value) : '';
  if (!name) return field;
  for (const line of text.lines) {
    const at = line.segments.findIndex((segment) => key(segment.text) === name);
    if (at < 0) continue;
    const label = line.segments.slice(at + 1).find((segment) => isBareNameLabel(segment.text));
    if (label) return failedCheck(field, `"${field.value}" stands left of its row's label "${normaliseText(label.text)}": the row was read one column off, and the name may be the other party's`);
  }
  return field;
}
