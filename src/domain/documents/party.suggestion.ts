import { DocumentText, TextSegment } from './document-text.model';
import { Field } from './extracted-field';
import { chineseCompany, legalFormName } from './invoice-parties.extractor';
import { otherParty, Party, roleWords } from './party-block.finder';
import { checkOrganisationName } from './party-fields.checks';
import { normalisePartyName } from './party-name.normaliser';
import { overlaps } from './nearby-values';
import { suggested } from './suggested-field';
import { normaliseTaxId, parseTaxId } from './tax-id.parser';
import { normaliseText } from './text.normaliser';
import { isValidUscc } from './unified-social-credit-code';
import { parseName } from './value.parsers';

/** Words of a party's role, the party-block vocabulary's and a delivery's receiver's. */
const roleWord: Record<Party, RegExp> = {
  seller: new RegExp(`${roleWords.seller}|\\b(?:shipper|consignor)\\b|发货单位|送货单位|供货单位`, 'iu'),
  buyer: new RegExp(`${roleWords.buyer}|\\b(?:recipient|ship\\s*to|deliver(?:ed)?\\s*to)\\b|收货单位|收方|到货单位|客户单位`, 'iu'),
};
/** Words of parties that are neither: a carrier, a bank, a guarantor, a factor, an agent. */
const thirdPartyWords = /\b(?:carrier|haulier|courier|forwarder|bank|guarantor|surety|factor|agent|insurer|c\s*\/\s*o|care\s+of|pay(?:ment)?\s*to|remit(?:tance)?\s*to|assigned\s*to)\b|承运|物流公司|快递|开户行|银行|担保|保证人|代理/iu;

interface PrintedName {
  name: string;
  lineIndex: number;
  segment: TextSegment;
  /** how near words of each role stand: 2 beside the name, 1 in a line above it, 0 none */
  near: Record<Party, number>;
}

/** The other party of the same document, as read: never suggested for this one. */
export interface OtherParty {
  name: string | null;
  taxId?: string | null;
}

/** Of each kind of document, which party's name it usually prints first (a letterhead, or a Chinese VAT invoice's buyer block). */
export type PartyOrder = readonly [Party, Party];

/**
 * A party's name no label gave: a registered name (ending with a legal form: 有限公司, Ltd, GmbH …,
 * and passing the organisation-name checks) not taken by the other party nor beside words of a
 * third one (a carrier, a bank), given to this party by words of its role nearest it; where no
 * role's words stand near any, by the kind's usual order of the two. A suggestion: a person confirms it.
 */
export function suggestPartyName(text: DocumentText, party: Party, other: OtherParty, order: PartyOrder): Field<string> | null {
  const across = otherParty(party);
  const names = printedNames(text).filter((printed) => !other.name || normalisePartyName(printed.name) !== normalisePartyName(other.name));
  const byRole = names.filter((printed) => printed.near[party] > printed.near[across]).sort((a, b) => b.near[party] - a.near[party] || a.lineIndex - b.lineIndex)[0];
  if (byRole) return suggested(byRole.name, text.lines[byRole.lineIndex]);
  const unplaced = distinct(names.filter((printed) => printed.near[across] === 0));
  // the other party known, what is left is this one's; otherwise the kind's usual order decides
  const byOrder = other.name ? unplaced[0] : unplaced[order.indexOf(party)];
  return byOrder ? suggested(byOrder.name, text.lines[byOrder.lineIndex], 0.9) : null;
}

/**
 * A party's tax id no label gave: a valid unified social credit code or a VAT id (country and
 * digits) not the other party's, nearest this party's name where it is printed; where the name is
 * not found, the one id left once the other party's is set aside. A suggestion: a person confirms it.
 */
export function suggestTaxId(text: DocumentText, name: string | null, other: OtherParty): Field<string> | null {
  const ids = printedIds(text).filter((id) => !other.taxId || normaliseTaxId(other.taxId) !== id.value);
  const own = name ? lineOfName(text, name) : undefined;
  const others = other.name ? lineOfName(text, other.name) : undefined;
  const distance = (id: (typeof ids)[number], place: { lineIndex: number; segment: TextSegment } | undefined) =>
    place ? Math.abs(id.lineIndex - place.lineIndex) + 4 * Math.abs(id.segment.x - place.segment.x) + (id.lineIndex < place.lineIndex ? 0.5 : 0) : Number.POSITIVE_INFINITY;
  if (own) {
    const nearest = ids.filter((id) => distance(id, own) < distance(id, others)).sort((a, b) => distance(a, own) - distance(b, own))[0];
    return nearest ? suggested(nearest.value, text.lines[nearest.lineIndex]) : null;
  }
  const left = [...new Set(ids.map((id) => id.value))];
  const only = left.length === 1 ? ids[0] : undefined;
  return only && other.taxId ? suggested(only.value, text.lines[only.lineIndex], 0.9) : null;
}

function printedNames(text: DocumentText): PrintedName[] {
  return text.lines.flatMap((line, lineIndex) =>
    line.segments.flatMap((segment, segmentIndex) => {
      const own = normaliseText(segment.text);
      const name = registeredName(own);
      if (!name) return [];
      const before = `${normaliseText(line.segments[segmentIndex - 1]?.text ?? '')}  ${own.slice(0, Math.max(0, own.indexOf(name)))}`;
      const above = [1, 2, 3].flatMap((distance) => (text.lines[lineIndex - distance]?.segments ?? []).filter((other) => overlaps(other, segment)).map((other) => normaliseText(other.text))).join('  ');
      if (thirdPartyWords.test(before) || thirdPartyWords.test(above.split('  ').at(-1) ?? '')) return [];
      const near = (party: Party) => (roleWord[party].test(before) ? 2 : roleWord[party].test(above) ? 1 : 0);
      return [{ name, lineIndex, segment, near: { seller: near('seller'), buyer: near('buyer') } }];
    }),
  );
}

/** A registered name in a run of text, a label before it set aside: one that ends with a legal form and passes the name checks. */
function registeredName(segmentText: string): string | null {
  // in prose the conjunction before a party ("…由甲方与南京金陵轴承有限公司…") is no part of its name
  const candidate = segmentText.replace(/^[^:：]{1,16}[:：]\s*/u, '').replace(/^[^\p{L}\d]+/u, '').replace(/^(?:与|及|和)(?=\p{Script=Han}{4,}(?:公司|厂)$)/u, '');
  const name = candidate.match(chineseCompany)?.[1] ?? candidate.match(legalFormName)?.[1] ?? candidate.match(/^(\p{Script=Han}{2,30}?(?:公司|厂))$/u)?.[1];
  if (!name || !parseName(name) || name.split(/\s+/).length > 6) return null;
  return checkOrganisationName({ value: name, confidence: 1, source: 'text-layer' }).check ? null : name;
}

function distinct(names: PrintedName[]): PrintedName[] {
  const seen = new Set<string>();
  return names.filter((printed) => {
    const key = normalisePartyName(printed.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The party ids printed on the page: valid unified social credit codes and VAT ids, each where it stands. */
function printedIds(text: DocumentText): { value: string; lineIndex: number; segment: TextSegment }[] {
  return text.lines.flatMap((line, lineIndex) =>
    line.segments.flatMap((segment) => {
      const id = parseTaxId(normaliseText(segment.text));
      return id && (isValidUscc(id) || /^[A-Z]{2}\d{8,12}$/.test(id)) ? [{ value: id, lineIndex, segment }] : [];
    }),
  );
}

function lineOfName(text: DocumentText, name: string): { lineIndex: number; segment: TextSegment } | undefined {
  const wanted = normalisePartyName(name);
  for (const [lineIndex, line] of text.lines.entries()) {
    const segment = line.segments.find((s) => normalisePartyName(normaliseText(s.text).replace(/^[^:：]{1,16}[:：]\s*/u, '')).includes(wanted));
    if (segment && wanted) return { lineIndex, segment };
  }
  return undefined;
}

