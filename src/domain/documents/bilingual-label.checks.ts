import type { DocumentText } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import type { Found } from './labelled-value.finder';
import { normaliseText } from './text.normaliser';

/**
 * A bilingual label says the same thing twice ("配送日期 Delivery Date：", "收方单位 Consignee："). Where
 * the Chinese half is one of a field's labels and the English half after it is none of them
 * ("出库日期 Outbound Date：" read as a delivery date), the two halves name different things and
 * the Chinese word was only the nearest the vocabulary knew: the value may date or number something
 * else, so it goes to manual entry. A label with no English half, or whose English half is one of
 * the field's labels, is taken as it reads.
 */
const englishHalf = /^\s*([A-Za-z][A-Za-z .'’/()-]{0,30}?)\s*[:：]/u;

const hanLabel = (label: RegExp) => /\p{Script=Han}/u.test(label.source);

/** The English halves following a Chinese label of `labels` on the label's line. */
function englishHalves(text: DocumentText, lineIndex: number, labels: readonly RegExp[]): string[] {
  const line = text.lines[lineIndex];
  if (!line) return [];
  return line.segments.flatMap((segment) => {
    const written = normaliseText(segment.text);
    return labels.filter(hanLabel).flatMap((label) => {
      const match = written.match(new RegExp(label.source, label.flags.replace('g', '')));
      if (!match || match.index === undefined) return [];
      const half = written.slice(match.index + match[0].length).match(englishHalf)?.[1];
      return half ? [half] : [];
    });
  });
}

export function checkBilingualLabelAgrees<T>(field: Field<T>, text: DocumentText, found: Found<T> | null, labels: readonly RegExp[]): Field<T> {
  if (field.value === null || !found) return field;
  const halves = englishHalves(text, found.labelLine ?? found.lineIndex, labels);
  const disagreeing = halves.filter((half) => !labels.some((label) => !hanLabel(label) && label.test(`${half}:`)));
  if (!halves.length || disagreeing.length < halves.length) return field;
  return failedCheck(field, `"${String(field.value)}" was read under a label whose English half "${disagreeing[0]}" is none of this field's labels: it may be another field's`);
}
