import { DocumentText, TextLine } from './document-text.model';
import { normaliseText } from './text.normaliser';
import { stampWords } from './value.parsers';

/**
 * Seller and buyer blocks found by their headings and where they stand: side by side (two
 * columns: a block ends where the other heading of its row begins, or a heading of an address
 * column that is no party's, "Ship to") or stacked (a block ends
 * at the next party heading below, a table header or after a few lines). A block is handed on
 * as a text of its own, holding only the text inside its column, so a name or tax id is read
 * inside its own block and never from the other party's column.
 */
export type Party = 'seller' | 'buyer';

/** The party across the table: the buyer for the seller and the seller for the buyer. */
export const otherParty = (party: Party): Party => (party === 'seller' ? 'buyer' : 'seller');

export interface PartyBlock {
  party: Party;
  /** the block's lines, cut to its column; the heading line keeps only what follows the heading */
  text: DocumentText;
  /** index of the heading's row in the document */
  headingLine: number;
  /** whether the block's first line is the heading's own (a name after "Seller:") */
  headedLineKept: boolean;
  /** its heading was read only by tolerating OCR's marks in it: the scan is poor there, so is what the block holds */
  marred?: boolean;
  /** left and right edge of the block's column, 0..1 of the page width */
  x: number;
  right: number;
}

/** Words that name a party by its role: the seller's side (who delivers) and the buyer's (who pays). */
export const roleWords: Record<Party, string> = {
  seller: 'seller|supplier|vendor|sold\\s*by|issued\\s*by|payee|remit\\s*to|from|verkäufer|lieferant|fournisseur|leverancier|service\\s*provider|销售方|销方|卖方|售方|出卖人|出卖方|出售方|供方|供货方|供应方|供应商|受托方|受托人|承揽方|承揽人|销售单位|销货单位|开票单位|销售组织|开票方',
  buyer: 'buyer|bill\\s*to|billed\\s*to|invoice\\s*to|invoiced\\s*to|charge\\s*to|sold\\s*to|customer|purchaser|receiver|consignee|käufer|kunde|rechnungsempfänger|client|购买方|购方|买方|买受人|购货方|采购方|订货方|需方|收货方|客户|委托方|委托人|定作方|定作人|购货单位|购买单位',
};
/** A party named by its letter alone (甲方, 乙方; "Party A"): its role is written in brackets, on the other party, or in the title. */
const letters = '甲方|乙方|丙方|party\\s*[abc]';

const roleAt = (party: Party) => new RegExp(`^(?:the\\s*)?(?:${roleWords[party]})`, 'iu');
const roleIn = (party: Party) => new RegExp(`(?:${roleWords[party]})`, 'iu');
/** A bilingual heading's second language ("Seller 卖方", "买方 Buyer", "Buyer / 买方"): the role again, after a space or a slash; a Chinese role is any "…方" (OCR misreads its first character: "头方"). */
const translation = `(?:\\s*[/／|]?\\s*(?:${roleWords.seller}|${roleWords.buyer}|\\p{Script=Han}方)(?![A-Za-z]))?`;
/** label, an optional role in brackets ("甲方(买方)", "Party A (the Buyer)"; an opening bracket OCR read as 【, 〈 or [), an optional "name" word, then a colon, the end, or after brackets the name itself */
const heading = new RegExp(`^((?:the\\s*)?(?:${roleWords.seller}|${roleWords.buyer}|${letters}))${translation}\\s*(?:(?:[〈<《【[]\\s*\\(|[〈<《【[(])\\s*([^()]{1,16})\\))?(?:\\s*(?:information|info|details|信息|名称|单位))?(?:\\s*[:：]|\\s*[”"'’.,]{0,2}$|(?<=\\))\\s*)`, 'iu');

/** What a signature block writes in a party's brackets. */
const sealOrSignature = /盖\s*章|签\s*[章字名]|印\s*章|\b(?:seal|signature|signed|stamp)\b/iu;

interface HeadingMatch {
  length: number;
  /** the role, when the label or its brackets say it */
  party: Party | null;
  /** the party letter, when the label is one (甲方, "party a") */
  letter: string | null;
  /** read only by tolerating OCR's marks in it (a stray quote after it, a bracket read as 〈 or 【) */
  marred: boolean;
}

/** Marks OCR reads before a heading: a box's ruling as a bar, a speck as a quote. */
const leadingMarks = /^(?:[|¦│"'“”‘’]\s*)+(?=\p{L})/u;

/** Marks that stand in a heading only when OCR misread it. */
const ocrMarks = /[”"'’〈<《【[]/u;

function matchHeading(normalised: string): HeadingMatch | null {
  const match = normalised.match(heading);
  if (!match?.[1]) return null;
  const label = match[1];
  const bracket = match[2] ?? '';
  // "甲方(盖章)", "Buyer (signature)": where a party seals or signs, not where it is named
  if (sealOrSignature.test(bracket)) return null;
  const byLabel = (['seller', 'buyer'] as const).find((party) => roleAt(party).test(label)) ?? null;
  const byBracket = (['seller', 'buyer'] as const).find((party) => roleIn(party).test(bracket)) ?? null;
  const letter = byLabel ? null : label.toLowerCase().replace(/\s+/g, '');
  return { length: match[0].length, party: byLabel ?? byBracket, letter, marred: ocrMarks.test(match[0]) };
}

/** Where a block certainly ends: a table header, the totals, or a contract's first clause ("一、产品名称…", "第一条"). */
const blockEnd = /^(?:description|item|qty|quantity|货物或应税劳务|项目名称|货物名称|品名|序号|合计|价税合计|total|subtotal)\b|^(?:货物|项目名称|商品名称|产品名称|商品编码|规格型号|品名|序号|合计|价税合计)|^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第\s*[一二三四五六七八九十\d]{1,3}\s*条)/iu;

const maximumLines = 7;

/** A box's ruling that OCR read as a bar before a segment's text ("| Blue Harbour Ltd"): no part of the text. */
const leadingRule = /^[|¦│]\s*/u;

/** Where a segment's text begins: after a ruling read as a bar, which stands left of the column the text is in. */
function textStart(segment: { text: string; x: number; right: number }): number {
  const rule = segment.text.match(leadingRule);
  return rule && segment.text.length > rule[0].length ? segment.x + ((segment.right - segment.x) * rule[0].length) / segment.text.length : segment.x;
}
const columnTolerance = 0.02;

interface Anchor {
  party: Party;
  line: number;
  segment: number;
  x: number;
  rest: string;
  marred: boolean;
}

export function findPartyBlocks(text: DocumentText): Record<Party, PartyBlock | null> {
  const anchors = findAnchors(text);
  // a role written down its box's edge (全电发票) names its block more surely than a heading word elsewhere in the row
  const result: Record<Party, PartyBlock | null> = { seller: null, buyer: null, ...verticalBlocks(text) };
  for (const anchor of anchors) {
    if (result[anchor.party]) continue;
    result[anchor.party] = blockAt(text, anchor, anchors);
  }
  return result;
}

function findAnchors(text: DocumentText): Anchor[] {
  const found: (Omit<Anchor, 'party'> & HeadingMatch)[] = [];
  text.lines.forEach((line, lineIndex) => {
    line.segments.forEach((segment, segmentIndex) => {
      // a box's ruling and a stray quote OCR read before the heading ('"| Customer details'): set aside, the heading marred
      const whole = normaliseText(segment.text);
      const marks = whole.match(leadingMarks)?.[0].length ?? 0;
      const normalised = whole.slice(marks);
      const heading = matchHeading(normalised);
      const match = heading && marks && !heading.marred ? { ...heading, marred: /["'”’]/u.test(whole.slice(0, marks)) } : heading;
      if (!match) return;
      const rest = normalised.slice(match.length).replace(/^[\s:：]+/u, '');
      // a heading stands alone or is followed by a colon ("Lieferant GmbH" is a name, "Seller: X" a heading);
      // "From: 2024-01-01" or "Customer: number 123" are not headings either
      if (/^(?:no\.?|number|nr\.?|id|#|\d)/iu.test(rest)) return;
      found.push({ ...match, line: lineIndex, segment: segmentIndex, x: segment.x, rest });
    });
  });
  const roles = lettersToRoles(text, found);
  return found.flatMap(({ party, letter, line, segment, x, rest, marred }) => {
    const resolved = party ?? (letter ? roles.get(letter) : undefined);
    return resolved ? [{ party: resolved, line, segment, x, rest, marred }] : [];
  });
}

/**
 * Which party each letter stands for: as its brackets say anywhere in the document ("甲方(买方)"),
 * else the opposite of what the other letter was given; with no roles written, a purchase
 * contract (采购合同) is the buyer's paper (甲方 buys) and a sales contract (销售合同) the seller's.
 * Otherwise a letter stays unresolved: its block is not guessed.
 */
function lettersToRoles(text: DocumentText, found: HeadingMatch[]): Map<string, Party> {
  const roles = new Map<string, Party>();
  for (const { letter, party } of found) if (letter && party && !roles.has(letter)) roles.set(letter, party);
  const pairs: [string, string][] = [['甲方', '乙方'], ['partya', 'partyb']];
  for (const [a, b] of pairs) {
    const [roleA, roleB] = [roles.get(a), roles.get(b)];
    if (roleA && !roleB) roles.set(b, otherParty(roleA));
    if (roleB && !roleA) roles.set(a, otherParty(roleB));
  }
  if (!roles.has('甲方') && !roles.has('乙方') && found.some((f) => f.letter === '甲方' || f.letter === '乙方')) {
    const title = normaliseText(text.lines.slice(0, 5).map((line) => line.segments.map((s) => s.text).join(' ')).join(' '));
    const first: Party | null = /采购合同|采购协议|订货合同/u.test(title) ? 'buyer' : /销售合同|销售协议/u.test(title) ? 'seller' : null;
    if (first) {
      roles.set('甲方', first);
      roles.set('乙方', otherParty(first));
    }
  }
  return roles;
}

/**
 * Headings of address columns that are no party's ("Ship to", "Deliver to", 收货地址): printed in the
 * party headings' row, each opens a column of its own, so the party's column ends where it begins.
 */
const otherAddressHeading = /^(?:ship(?:ped)?\s*to|deliver(?:y|ed)?\s*(?:to|address)|delivery\s*(?:point|location)|notify(?:\s*party)?|collection\s*address|收货地址|送货地址|交货地点)\s*[:：]?$/iu;

function blockAt(text: DocumentText, anchor: Anchor, anchors: Anchor[]): PartyBlock {
  const headingRow = text.lines[anchor.line] as TextLine;
  const neighbours = anchors.filter((other) => other !== anchor && other.line === anchor.line && other.x > anchor.x);
  const otherColumns = headingRow.segments.slice(anchor.segment + 1).filter((s) => s.x > anchor.x && otherAddressHeading.test(normaliseText(s.text).replace(leadingRule, '')));
  const x = anchor.x - columnTolerance;
  const right = Math.min(1, ...neighbours.map((other) => other.x - columnTolerance / 2), ...otherColumns.map((s) => textStart(s) - columnTolerance / 2));
  const inColumn = (segmentX: number) => segmentX >= x && segmentX < right;
  const lines: TextLine[] = [];
  const heading = headingRow.segments.slice(anchor.segment).filter((s) => inColumn(textStart(s)));
  const headingSegments = [{ ...heading[0], text: anchor.rest } as TextLine['segments'][number], ...heading.slice(1)].filter((s) => s.text);
  if (headingSegments.length) lines.push({ ...headingRow, segments: headingSegments });
  for (let index = anchor.line + 1; index < text.lines.length && index <= anchor.line + maximumLines; index += 1) {
    const line = text.lines[index] as TextLine;
    if (line.page !== headingRow.page) break;
    if (anchors.some((other) => other.line === index && inColumn(other.x))) break;
    // a table header ends the block, marks OCR read before it ("_商品名称") aside
    if (line.segments.some((s) => blockEnd.test(normaliseText(s.text).replace(/^[^\p{L}\p{N}]+/u, '')))) break;
    const segments = line.segments.filter((s) => inColumn(textStart(s)));
    if (segments.length) lines.push({ ...line, segments });
  }
  return { party: anchor.party, text: { pages: text.pages, lines }, headingLine: anchor.line, headedLineKept: headingSegments.length > 0, x, right, ...(anchor.marred ? { marred: true } : {}) };
}

/** A line that starts with a label of some other field ("Tax ID:", "Address:", "Invoice number …"), never a party's name. */
const otherLabel = /^(?:[\p{L}.\s/-]{1,30}[:：]|(?:tax|vat|ust|steuer|btw|tva|siret|siren|id|address|addr|tel|phone|fax|e-?mail|invoice|date|bank|account|iban|bic|swift|contact|attn|order|p\.?o\.?)\b|纳税人|统一社会|地址|电话|开户|账号|发票)/iu;


/** Enough of a name to be one: no stamp word, and at least three letters (OCR noise beside a heading reads as "Rh"). */
function looksLikeNameText(value: string): boolean {
  return !stampWords.test(value.trim()) && ((value.match(/\p{Script=Han}/gu) ?? []).length >= 2 || (value.match(/\p{L}/gu) ?? []).length >= 3);
}

/** The name written in a block without a name label: the heading's own line or the first line under it that is no other field's label. */
export function unlabelledName(block: PartyBlock, parse: (raw: string) => string | null): { value: string; line: TextLine; first: boolean } | null {
  for (const [index, line] of block.text.lines.slice(0, 3).entries()) {
    const first = normaliseText(line.segments[0]?.text ?? '').replace(leadingRule, '');
    if (!first || otherLabel.test(first)) continue;
    const value = parse(first);
    if (value && (value.match(/\d/g) ?? []).length < 6 && looksLikeNameText(value)) return { value, line, first: index === 0 };
  }
  return null;
}

/** A role spelled down a column, one character a line (全电发票: 购买方信息, 销售方信息), 信息 or part of it after the role. */
const verticalRole = new RegExp(`^(?:${roleWords.seller}|${roleWords.buyer})(?:信息?)?$`, 'u');
/** A Han character opening a segment on its own (the next text, if any, after a gap OCR or the text layer kept as a space). */
const loneHanOpening = /^\s*(\p{Script=Han})(?:\s+|$)/u;
/** A name label opening a segment: in a row of a vertical heading's box, another party's column begins there. */
const nameLabelOpening = /^[^\p{L}]*名\s*称/u;

interface VerticalHeading {
  party: Party;
  from: number;
  to: number;
  x: number;
}

/**
 * Party boxes side by side whose roles are written vertically down their left edge, one character
 * a line (the fully digital invoice, 全电发票/数电票: 购买方信息 left of 销售方信息): each character
 * opens a segment of its line at the same x, the box's lines beside it. A block is the lines the
 * role spans, cut to its column: it ends at the next such heading to the right, or where another
 * segment of those lines opens with a name label (the other box, its heading unread).
 */
export function verticalBlocks(text: DocumentText): Partial<Record<Party, PartyBlock>> {
  const openings = text.lines.map((line) => line.segments.flatMap((segment) => {
    const char = segment.text.match(loneHanOpening)?.[1];
    return char ? [{ char, x: segment.x }] : [];
  }));
  const headings: VerticalHeading[] = [];
  openings.forEach((row, from) => {
    for (const start of row) {
      // the chain must start here: no character at this x on the line above
      if (openings[from - 1]?.some((o) => Math.abs(o.x - start.x) <= columnTolerance)) continue;
      let to = from;
      let spelled = start.char;
      while (to + 1 < text.lines.length) {
        const next = openings[to + 1]?.find((o) => Math.abs(o.x - start.x) <= columnTolerance);
        if (!next) break;
        spelled += next.char;
        to += 1;
      }
      if (to === from || !verticalRole.test(spelled)) continue;
      const party = (['seller', 'buyer'] as const).find((p) => roleAt(p).test(spelled));
      if (party && !headings.some((h) => h.party === party)) headings.push({ party, from, to, x: start.x });
    }
  });
  const blocks: Partial<Record<Party, PartyBlock>> = {};
  for (const heading of headings) {
    const rows = text.lines.slice(heading.from, heading.to + 1);
    const x = heading.x - columnTolerance;
    const otherBoxes = headings.filter((h) => h.x > heading.x + columnTolerance && h.from <= heading.to && h.to >= heading.from).map((h) => h.x);
    // the name labels in the box's rows: the first is its own, one further right opens the other box
    const nameLabels = rows.flatMap((line) => line.segments.filter((s) => s.x >= x && nameLabelOpening.test(s.text.replace(lineOpeningChar, '')))).map((s) => s.x);
    const ownLabel = Math.min(...nameLabels);
    const right = Math.min(1, ...otherBoxes.map((other) => other - columnTolerance / 2), ...nameLabels.filter((other) => other > ownLabel + columnTolerance).map((other) => other - columnTolerance / 2));
    const lines = rows.flatMap((line) => {
      const segments = line.segments
        .filter((s) => s.x >= x && s.x < right)
        .map((s) => (Math.abs(s.x - heading.x) <= columnTolerance ? { ...s, text: s.text.replace(lineOpeningChar, '') } : s))
        .filter((s) => s.text.trim());
      return segments.length ? [{ ...line, segments }] : [];
    });
    blocks[heading.party] = { party: heading.party, text: { pages: text.pages, lines }, headingLine: heading.from, headedLineKept: false, x, right };
  }
  return blocks;
}

/** The heading's character opening a segment, set aside from the text beside it. */
const lineOpeningChar = /^\s*\p{Script=Han}(?:\s+|$)/u;
