import { DateOrder, findDates } from './date.parser';
import { otherDateLabels } from './date-labels.vocabulary';
import { DocumentText } from './document-text.model';
import { overlaps } from './nearby-values';
import { Field } from './extracted-field';
import { suggested } from './suggested-field';
import { normaliseText } from './text.normaliser';

/** Which of a document's dates is sought. */
export type DateRole = 'issue' | 'delivery' | 'signature' | 'signing';

/** Words of each date's occasion, in the languages the vocabularies know. */
const occasionWords = {
  delivery: /\b(?:deliver(?:y|ed)?|despatch(?:ed)?|dispatch(?:ed)?|ship(?:ped|ment|ping)?|liefer\p{L}*|livraison|levering|geleverd)\b|送货|发货|交货|到货|出库|配送|发运|送达|交付/iu,
  signature: /\b(?:sign(?:ed|ature)?|received|receipt|accepted|acknowledged|unterschrift|empfangen|erhalten|reçu)\b|签收|签字|签名|签章|盖章|收货人|验收|接收|确认收货/iu,
  signing: /\b(?:sign(?:ed|ing|ature)?|executed|dated|made|entered|concluded|unterzeichnet|signé)\b|签订|签署|签约|签字|盖章|签章|订立/iu,
  /** dates a document prints besides its issue: when it falls due, ends, starts, was ordered */
  other: /\b(?:due|pay(?:ment|able)?|expir\p{L}*|valid|until|order(?:ed)?|commencement|start|end|effective|period|print(?:ed)?|fällig\p{L}*|échéance)\b|到期|付款|截止|有效期|生效|终止|起始|订单|订货|打印|期限/iu,
};

interface PrintedDate {
  iso: string;
  lineIndex: number;
  /** what is written before the date in its run of text, in the column before it, and in the two lines above it */
  context: { beside: string; above: string };
}

/** Of the page's height: what stands above this on the first page is its header. */
const headerArea = 0.45;
/** How many lines under a signature's words a date is still the signature's. */
const signatureAreaLines = 4;

/**
 * A date no label gave, by its place among the document's dates and the words around it: the
 * issue date as the topmost date of the header that no other occasion's words stand beside (or
 * the document's only date); a delivery date as a date beside words of delivery; a signature or
 * signing date as a date beside or under words of signing. A suggestion: a person confirms it.
 */
export function suggestDate(text: DocumentText, role: DateRole, order: DateOrder): Field<string> | null {
  const dates = printedDates(text, order);
  const near = (date: PrintedDate, words: RegExp) => (words.test(date.context.beside) ? 2 : words.test(date.context.above) ? 1 : 0);
  const pick = (date: PrintedDate | undefined) => (date ? suggested(date.iso, text.lines[date.lineIndex]) : null);
  // a date beside another occasion's words (due, ordered, valid until) is that occasion's; words above it may head another column
  const unclaimed = dates.filter((date) => !occasionWords.other.test(date.context.beside) && !otherDateLabels.some((label) => label.test(date.context.beside)));
  const headerDate = () => pick(unclaimed.find((date) => inHeader(text, date.lineIndex) && !near(date, occasionWords.signature)));
  const onlyDate = () => (unclaimed.length === dates.length ? onlyOne(unclaimed) : undefined);
  /** one date, or several all the same: two different dates leave which one is meant a guess, so none is suggested */
  const onlyOne = (candidates: PrintedDate[]) => (new Set(candidates.map((date) => date.iso)).size === 1 ? candidates[0] : undefined);
  if (role === 'issue') return headerDate() ?? pick(onlyDate());
  const words = occasionWords[role];
  const nearest = (candidates: PrintedDate[]) => {
    const closest = Math.max(0, ...candidates.map((date) => near(date, words)));
    return closest ? onlyOne(candidates.filter((date) => near(date, words) === closest)) : undefined;
  };
  if (role === 'delivery') return pick(nearest(unclaimed.filter((date) => !near(date, occasionWords.signature)))) ?? headerDate() ?? pick(onlyDate());
  const signed = nearest(unclaimed) ?? onlyOne(inSignatureArea(text, unclaimed, words));
  return pick(signed) ?? (role === 'signing' && !inSignatureArea(text, unclaimed, words).length ? (headerDate() ?? pick(onlyDate())) : null);
}

/** The dates in the lines under the last words of signing (a signature block, its dates written by hand). */
function inSignatureArea(text: DocumentText, dates: PrintedDate[], words: RegExp): PrintedDate[] {
  const last = text.lines.map((line, index) => (words.test(normaliseText(line.segments.map((s) => s.text).join('  '))) ? index : -1)).filter((index) => index >= 0).at(-1);
  if (last === undefined) return [];
  return dates.filter((date) => date.lineIndex >= last && date.lineIndex <= last + signatureAreaLines);
}

function printedDates(text: DocumentText, order: DateOrder): PrintedDate[] {
  return text.lines.flatMap((line, lineIndex) =>
    line.segments.flatMap((segment, segmentIndex) => {
      const own = normaliseText(segment.text);
      const previous = normaliseText(line.segments[segmentIndex - 1]?.text ?? '');
      const above = [1, 2].flatMap((distance) => (text.lines[lineIndex - distance]?.segments ?? []).filter((other) => overlaps(other, segment)).map((other) => normaliseText(other.text))).join('  ');
      return findDates(own, order === 'month-first').map((date) => ({ iso: date.iso, lineIndex, context: { beside: `${previous}  ${own.slice(0, date.index)}`, above } }));
    }),
  );
}

function inHeader(text: DocumentText, lineIndex: number): boolean {
  const line = text.lines[lineIndex];
  return line !== undefined && line.page === (text.lines[0]?.page ?? 1) && line.top < headerArea;
}

