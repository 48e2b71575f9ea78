import { findAmounts } from '../../domain/documents/amount.parser';
import { findDates } from '../../domain/documents/date.parser';
import type { DocumentText, TextLine, TextSegment } from '../../domain/documents/document-text.model';
import { usccCheckCharacter } from '../../domain/documents/unified-social-credit-code';
import { type GeneratedTruth, layouts, type Value } from './generated-truth';

/**
 * How documents vary in their labels, one place at a time, around a required field's true value
 * (found on the text's lines from the truth):
 * - `distractor-line`: a line whose label means something else (an account number, an order's, a
 *   net amount, the carrier, the order date) and whose value has the true value's form, inserted
 *   just above or just below the value's line. The field must still be read right or doubted.
 * - `unknown-label`: the field's own label replaced by one no vocabulary knows ("Serial", 流水号):
 *   the rules cannot find the field by its label, so the right value or manual entry is expected,
 *   never another value taken silently.
 * Each copy differs from the text in one place and is derived from the text and the truth alone.
 * A label of another required field of the document (a second "Delivery date" beside the signature
 * date) is never the line of another meaning: the copy would state that field twice, and that
 * field read from it would count as an error the document itself made.
 */
export const labelKinds = ['distractor-line', 'unknown-label'] as const;
export type LabelKind = (typeof labelKinds)[number];

export interface RelabelledText {
  kind: LabelKind;
  /** where and what, for a person reading the probe's report */
  what: string;
  text: DocumentText;
}

export type Form = 'reference' | 'tax-id' | 'amount' | 'date' | 'company' | 'person';

export function formOf(field: string): Form | null {
  if (field === 'signedBy') return 'person';
  if (/TaxId$/.test(field)) return 'tax-id';
  if (/Date$/.test(field)) return 'date';
  if (/^amount$|Amount$/.test(field)) return 'amount';
  if (/Name$/.test(field)) return 'company';
  if (/Number$|Reference$/.test(field)) return 'reference';
  return null;
}

interface OtherLabel {
  en: string;
  zh: string;
  /** fields this label names: not a distractor on a document that has any of them (it would state that field twice) */
  means?: RegExp;
}

/** Labels that mean something else than the field, by the form of the value they carry. */
const otherMeaningLabels: Record<Form, OtherLabel[]> = {
  reference: [
    { en: 'Account No.', zh: '账号' }, { en: 'Customer No.', zh: '客户编号' }, { en: 'Order No.', zh: '订单号', means: /^orderReference$/ },
    { en: 'Record No.', zh: '记录编号' }, { en: 'Framework agreement No.', zh: '框架协议编号' }, { en: 'Quotation No.', zh: '报价单号' }, { en: 'Waybill No.', zh: '运单号' },
  ],
  'tax-id': [{ en: 'Account No.', zh: '账号' }, { en: 'Customer No.', zh: '客户编号' }, { en: 'Company reg. No.', zh: '注册号' }, { en: 'EORI No.', zh: '海关编码' }],
  amount: [
    { en: 'Subtotal', zh: '小计', means: /^netAmount$/ }, { en: 'Amount excluding tax', zh: '不含税金额', means: /^netAmount$/ }, { en: 'Deposit paid', zh: '已付金额' },
    { en: 'Advance payment', zh: '预付款' }, { en: 'Freight', zh: '运费' }, { en: 'Discount', zh: '折扣' },
  ],
  date: [
    { en: 'Order date', zh: '订单日期' }, { en: 'Printed on', zh: '打印日期' }, { en: 'Date of record', zh: '制单日期' },
    { en: 'Delivery date', zh: '发货日期', means: /^deliveryDate$/ }, { en: 'Valid until', zh: '有效期至' },
  ],
  company: [{ en: 'Carrier', zh: '承运单位' }, { en: 'Forwarding agent', zh: '代理单位' }, { en: 'Guarantor', zh: '担保方' }, { en: 'Insurer', zh: '保险公司' }],
  person: [{ en: 'Delivered by', zh: '送货人' }, { en: 'Driver', zh: '司机' }, { en: 'Prepared by', zh: '制单人' }, { en: 'Checked by', zh: '审核人' }],
};

/** Plausible labels the rules' vocabularies do not know, by form. */
const unknownLabels: Record<Form, { en: string; zh: string }[]> = {
  reference: [{ en: 'Serial', zh: '流水号' }, { en: 'Key', zh: '识别码' }],
  'tax-id': [{ en: 'Fiscal code', zh: '税务代码' }],
  amount: [{ en: 'Sum', zh: '款额' }, { en: 'Charge', zh: '费用' }],
  date: [{ en: 'When', zh: '时点' }],
  company: [{ en: 'Organisation', zh: '机构' }, { en: 'Party', zh: '单位' }],
  person: [{ en: 'Initials', zh: '具名' }],
};

const otherCompanies = { en: ['Meridian Freight Ltd', 'Harbourside Agencies Ltd', 'Crown Surety Ltd'], zh: ['顺达物流有限公司', '华安保险代理有限公司', '信诚担保有限公司'] };
const otherPersons = { en: ['Tom Baker', 'Grace Hall', 'Peter Shaw'], zh: ['赵刚', '孙丽', '周强'] };

/** Where a true value stands: its line, segment and offsets in the segment's text. */
export interface ValuePlace {
  line: number;
  segment: number;
  start: number;
  end: number;
}

/** Every place on the text's lines where the field's true value is printed. */
export function placesOf(text: DocumentText, field: string, expected: Value): ValuePlace[] {
  const form = formOf(field);
  if (!form) return [];
  const places: ValuePlace[] = [];
  text.lines.forEach((line, lineIndex) =>
    line.segments.forEach((segment, segmentIndex) => {
      const span = spanOf(form, expected, segment.text);
      if (span) places.push({ line: lineIndex, segment: segmentIndex, ...span });
    }),
  );
  return places;
}

function spanOf(form: Form, expected: Value, raw: string): { start: number; end: number } | null {
  if (form === 'amount') {
    const found = findAmounts(raw).find((amount) => Math.abs(amount.value - Number(expected)) < 0.005 && raw.includes(amount.raw));
    if (!found) return null;
    const start = raw.indexOf(found.raw);
    return { start, end: start + found.raw.length };
  }
  if (form === 'date') {
    const found = [...findDates(raw, false), ...findDates(raw, true)].find((date) => date.iso === expected);
    return found ? { start: found.index, end: found.index + found.length } : null;
  }
  // names, references and ids as printed, spaces (and an id's dots) allowed between their characters
  const chars = [...String(expected).replace(/\s+/g, '')].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = raw.match(new RegExp(chars.join(form === 'tax-id' ? '[\\s.]?' : '\\s?'), 'iu'));
  return match?.index === undefined ? null : { start: match.index, end: match.index + match[0].length };
}

/** Where the value's label stands: before it in its segment, in the segment left of it, or over it on the line above. */
type LabelPlace = { where: 'in-segment' | 'left' | 'above'; line: number; segment: number };

const isLabelText = (text: string) => /[\p{L}]/u.test(text) && !/\d/.test(text);

/**
 * `values` are the places of the document's other required values: a cell that holds one is that
 * field's value, not this one's label (a signer's name left of the signature date in a row of
 * values: replacing it changed the name, not a label).
 */
function labelOf(text: DocumentText, place: ValuePlace, values: readonly ValuePlace[]): LabelPlace | null {
  const line = text.lines[place.line] as TextLine;
  const segment = line.segments[place.segment] as TextSegment;
  const holdsValue = (lineIndex: number, segmentIndex: number, before = Infinity) => values.some((v) => v.line === lineIndex && v.segment === segmentIndex && v.end <= before);
  if (isLabelText(segment.text.slice(0, place.start).replace(/[:：\s]+$/u, '')) && !holdsValue(place.line, place.segment, place.start)) return { where: 'in-segment', line: place.line, segment: place.segment };
  const left = line.segments[place.segment - 1];
  if (left && isLabelText(left.text) && !holdsValue(place.line, place.segment - 1)) return { where: 'left', line: place.line, segment: place.segment - 1 };
  const above = text.lines[place.line - 1];
  const over = above?.page === line.page ? above.segments.findIndex((s, i) => s.x < segment.right && segment.x < s.right && isLabelText(s.text) && !holdsValue(place.line - 1, i)) : -1;
  return over >= 0 ? { where: 'above', line: place.line - 1, segment: over } : null;
}

/** A stable choice among `options`, from a string: the same document and field always get the same label. */
function chosen<T>(options: readonly T[], key: string): T {
  let h = 2166136261;
  for (const char of key) h = Math.imul(h ^ (char.codePointAt(0) ?? 0), 16777619);
  return options[(h >>> 0) % options.length] as T;
}

/**
 * Another value of the true value's form, as it would be printed there: the digits of a reference's
 * serial, of an amount or of an id changed (an id's check character kept right), a date's day moved, another
 * company or person.
 */
export function otherValueOf(form: Form, printed: string, expected: Value, zh: boolean, key: string): string {
  if (form === 'company') return chosen(otherCompanies[zh ? 'zh' : 'en'].filter((name) => name !== expected), key);
  if (form === 'person') return chosen(otherPersons[zh ? 'zh' : 'en'].filter((name) => name !== expected), key);
  if (form === 'date') return otherDate(printed, String(expected));
  // a reference keeps its prefix and year, its serial changed
  const serial = form === 'reference' ? printed.match(/\d+(?=\D*$)/) : null;
  const changed = serial?.index !== undefined ? printed.slice(0, serial.index) + changedDigits(serial[0]) + printed.slice(serial.index + serial[0].length) : changedDigits(printed);
  if (form === 'tax-id' && /^[0-9A-Z]{18}$/.test(changed)) return changed.slice(0, 17) + usccCheckCharacter(changed.slice(0, 17));
  return changed;
}

/** Each digit moved by five, the first by one (never to a leading zero): the same shape, another value. */
function changedDigits(printed: string): string {
  let first = true;
  return printed.replace(/\d/g, (digit) => {
    const d = Number(digit);
    const next = first ? (d % 9) + 1 : (d + 5) % 10;
    first = false;
    return String(next);
  });
}

/** The same date's day moved by eleven, written as printed; where day and month read the same, the year moved back one. */
function otherDate(printed: string, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const tokens = [...printed.matchAll(/\d+/g)];
  if (day === month) return printed.replace(String(year), String(year - 1));
  const newDay = day <= 14 ? day + 11 : day - 11;
  const dayToken = tokens.find((token) => token[0].length <= 2 && Number(token[0]) === day);
  if (!dayToken || dayToken.index === undefined) return printed.replace(String(year), String(year - 1));
  const written = dayToken[0].length === 2 ? String(newDay).padStart(2, '0') : String(newDay);
  return printed.slice(0, dayToken.index) + written + printed.slice(dayToken.index + dayToken[0].length);
}

/** The label copies of a document's text for one kind, over each required field's first places. */
export function relabelledCopies(text: DocumentText, truth: GeneratedTruth, kind: LabelKind, placesPerField = 2): RelabelledText[] {
  // the layout's language, not the text's: OCR reads stray Chinese characters into English pages
  const zh = (layouts.find((layout) => layout.name === truth.layout)?.language ?? (/\p{Script=Han}/u.test(Object.values(truth.expected).join('')) ? 'zh' : 'en')) === 'zh';
  const copies: RelabelledText[] = [];
  const placesByField = new Map(Object.entries(truth.expected).map(([field, expected]) => [field, placesOf(text, field, expected)]));
  for (const [field, expected] of Object.entries(truth.expected)) {
    const form = formOf(field);
    if (!form) continue;
    const otherValues = [...placesByField].filter(([other]) => other !== field).flatMap(([, places]) => places);
    (placesByField.get(field) ?? []).slice(0, placesPerField).forEach((place, n) => {
      const key = `${truth.layout}#${truth.index}#${field}#${n}`;
      const label = labelOf(text, place, otherValues);
      if (kind === 'distractor-line') copies.push(...distractorCopies(text, field, form, expected, place, label, zh, key, Object.keys(truth.expected)));
      if (kind === 'unknown-label' && label) {
        const unknown = chosen(unknownLabels[form], key)[zh ? 'zh' : 'en'];
        copies.push({ kind, what: `${field}'s label on line ${label.line + 1} read "${unknown}"`, text: withLabel(text, label, place, unknown) });
      }
    });
  }
  return copies;
}

function distractorCopies(text: DocumentText, field: string, form: Form, expected: Value, place: ValuePlace, label: LabelPlace | null, zh: boolean, key: string, requiredFields: string[]): RelabelledText[] {
  const line = text.lines[place.line] as TextLine;
  const segment = line.segments[place.segment] as TextSegment;
  const labels = otherMeaningLabels[form].filter((other) => !requiredFields.some((required) => other.means?.test(required)));
  const other = chosen(labels, key)[zh ? 'zh' : 'en'];
  const value = otherValueOf(form, segment.text.slice(place.start, place.end), expected, zh, key);
  // laid out as the field's own row: label and value in one run, or in two columns
  const cells: TextSegment[] = label?.where === 'left'
    ? [{ ...(line.segments[label.segment] as TextSegment), text: `${other}:` }, { ...segment, text: value }]
    : [{ text: `${other}: ${value}`, x: (label?.where === 'above' ? (text.lines[label.line]?.segments[label.segment] as TextSegment) : segment).x, right: segment.right }];
  const distractor = (top: number): TextLine => ({ ...line, top, segments: cells.map(({ weakest: _weakest, ...cell }) => cell) });
  // above the field's rows: above its header where the value stands under one
  const aboveAt = label?.where === 'above' ? label.line : place.line;
  const lines = text.lines;
  const between = (a: TextLine | undefined, b: TextLine | undefined) => ((a?.top ?? (b?.top ?? 0) - 0.02) + (b?.top ?? (a?.top ?? 0) + 0.02)) / 2;
  const inserted = (at: number, top: number) => ({ ...text, lines: [...lines.slice(0, at), distractor(top), ...lines.slice(at)] });
  const shown = `"${other}: ${value}"`;
  return [
    { kind: 'distractor-line', what: `${shown} above ${field}'s line ${aboveAt + 1}`, text: inserted(aboveAt, between(lines[aboveAt - 1], lines[aboveAt])) },
    { kind: 'distractor-line', what: `${shown} below ${field}'s line ${place.line + 1}`, text: inserted(place.line + 1, between(lines[place.line], lines[place.line + 1])) },
  ];
}

/** The text with the field's label replaced by `label`, its colon kept. */
function withLabel(text: DocumentText, where: LabelPlace, place: ValuePlace, label: string): DocumentText {
  const line = text.lines[where.line] as TextLine;
  const segment = line.segments[where.segment] as TextSegment;
  const colon = (written: string) => (/[:：]\s*$/u.test(written) ? (written.trim().endsWith('：') ? '：' : ':') : '');
  const replaced = where.where === 'in-segment'
    ? `${label}${colon(segment.text.slice(0, place.start)) || ':'} ${segment.text.slice(place.start)}`
    : `${label}${colon(segment.text)}`;
  const segments = line.segments.map((s, i) => (i === where.segment ? { ...s, text: replaced } : s));
  return { ...text, lines: text.lines.map((l, i) => (i === where.line ? { ...l, segments } : l)) };
}
