import { findAmounts } from './amount.parser';
import { amountWithTax } from './contract-amount-before-tax';
import { DocumentText, lineText, segmentConfidence, TextLine } from './document-text.model';
import { failedCheck, Field, fromFound, round } from './extracted-field';
import type { Party } from './party-block.finder';
import { normaliseText } from './text.normaliser';
import { parseName, parseTaxIdValue } from './value.parsers';

/**
 * What a contract written in prose says in its opening sentence and its clauses, where no label
 * stands: the parties named in the recital ("BETWEEN (1) X Ltd, … ("the Supplier"); and (2) Y Ltd …
 * ("the Purchaser")", or "between X Ltd (the "Seller") and Y Ltd (the "Buyer")"), each with the role
 * the contract defines for it, and the price as a clause states it ("The price of the goods is
 * £12,345.67 (inclusive of VAT)").
 */

/** How far a value read from prose is trusted, against one printed after its label. */
const proseWeight = 0.9;
/** How many lines a recital runs to at most. */
const recitalLines = 10;

const sellerRoles = 'supplier|seller|vendor|contractor|service\\s+provider';
const buyerRoles = 'purchaser|buyer|customer|client';
/** The defined term in brackets: ("the Supplier"), (the "Buyer"), (hereinafter called "the Seller"), (hereinafter referred to as the Purchaser), (Supplier). */
const definedRole = new RegExp(
  `\\(\\s*(?:hereinafter\\s+(?:(?:called|referred\\s+to\\s+as|the)\\s+)?)?["“”'‘’]?\\s*(?:the\\s+)?["“”'‘’]?\\s*(${sellerRoles}|${buyerRoles})\\s*["“”'‘’]?\\s*\\)`,
  'iu',
);
/** Where the recital opens: a line "BETWEEN" or "PARTIES", or a sentence "… is made … between". */
const recitalStart = /^(?:by\s+and\s+)?between\b|^parties\b|\b(?:made|entered\s+into|concluded)\b.*?\bbetween\b/iu;
/** Where it ends: the first clause, the background or the operative words. */
const recitalEnd = /^(?:\d+(?:\.\d+)*\.?\s|whereas\b|background\b|recitals?\b|it\s+is\s+(?:hereby\s+)?agreed\b|now\s+(?:it|this)\b|the\s+parties\s+(?:hereby\s+)?agree\b|definitions\b)/iu;
/** Numbered parties: (1), (2), (a), (b), (i), (ii). */
const partyNumber = /\(\s*(?:[1-9]|[a-d]|i{1,3})\s*\)\s*/giu;
/** Where the name stops: the company's particulars that follow it. */
const afterName = /\s*(?:[,;(]|\s(?:whose|a\s+company|incorporated|registered|with\s+(?:its\s+)?(?:registered|principal|company)|trading\s+as)\b)/iu;

export interface RecitalParty {
  name: Field<string>;
  taxId: Field<string>;
}

interface Piece {
  text: string;
  line: TextLine;
}

/** The parties of the recital by their defined roles; none when the roles are not one seller and one buyer. */
export function partiesFromRecital(text: DocumentText): Record<Party, RecitalParty | null> {
  const none = { seller: null, buyer: null };
  const start = text.lines.findIndex((line) => recitalStart.test(normaliseText(lineText(line))));
  if (start < 0) return none;
  const pieces: Piece[] = [];
  for (let index = start; index < Math.min(text.lines.length, start + recitalLines); index += 1) {
    const line = text.lines[index] as TextLine;
    const written = normaliseText(line.segments.map((s) => s.text).join(' '));
    if (index > start && recitalEnd.test(written)) break;
    pieces.push({ text: index === start ? written.replace(/^(?:.*?\bbetween\b|parties\b)\s*:?/iu, '') : written, line });
  }
  const entries = splitParties(pieces);
  const read = entries.map((entry) => readEntry(entry)).filter((entry): entry is NonNullable<typeof entry> => entry !== null);
  const sellers = read.filter((entry) => entry.role === 'seller');
  const buyers = read.filter((entry) => entry.role === 'buyer');
  if (sellers.length !== 1 || buyers.length !== 1) return none;
  return { seller: (sellers[0] as (typeof read)[number]).party, buyer: (buyers[0] as (typeof read)[number]).party };
}

/** The recital cut into one run of text per party: at its numbers (1), (2) where it has them, else after each defined role. */
function splitParties(pieces: Piece[]): Piece[][] {
  const entries: Piece[][] = [];
  const numbered = pieces.some((piece) => new RegExp(partyNumber.source, 'iu').test(piece.text));
  let current: Piece[] = [];
  for (const piece of pieces) {
    const cuts = numbered
      ? [...piece.text.matchAll(new RegExp(partyNumber.source, 'giu'))].map((m) => ({ at: m.index ?? 0, skip: m[0].length }))
      : [...piece.text.matchAll(new RegExp(`${definedRole.source}\\s*[;,.]?\\s*(?:and\\s+)?`, 'giu'))].map((m) => ({ at: (m.index ?? 0) + m[0].length, skip: 0, after: true }));
    let from = 0;
    for (const cut of cuts) {
      if (numbered) {
        if (cut.at > from) current.push({ text: piece.text.slice(from, cut.at), line: piece.line });
        if (current.length) entries.push(current);
        current = [];
        from = cut.at + cut.skip;
      } else {
        current.push({ text: piece.text.slice(from, cut.at), line: piece.line });
        entries.push(current);
        current = [];
        from = cut.at;
      }
    }
    if (piece.text.slice(from).trim()) current.push({ text: piece.text.slice(from), line: piece.line });
  }
  if (current.length) entries.push(current);
  return entries;
}

function readEntry(entry: Piece[]): { role: Party; party: RecitalParty } | null {
  const whole = entry.map((piece) => piece.text).join(' ');
  const roleMatch = whole.match(definedRole);
  if (!roleMatch?.[1]) return null;
  const role: Party = new RegExp(`^(?:${sellerRoles})$`, 'iu').test(roleMatch[1]) ? 'seller' : 'buyer';
  const first = entry.find((piece) => piece.text.trim()) as Piece;
  const lead = first.text.replace(/^[\s:]+/u, '');
  const cut = lead.search(afterName);
  const name = parseName(cut > 0 ? lead.slice(0, cut) : lead);
  if (!name || name.split(/\s+/).length > 8) return null;
  const roleLine = entry.find((piece) => definedRole.test(piece.text))?.line ?? first.line;
  const source = first.line.origin;
  const confidence = round(proseWeight * Math.min(segmentConfidence(first.line, first.line.segments[0]), roleLine.confidence));
  const idPiece = entry.find((piece) => /\b(?:vat|tax)\s*(?:reg(?:istration|\.)?|id|no\.?|number)\b/iu.test(piece.text));
  const id = idPiece ? parseTaxIdValue(idPiece.text.slice(idPiece.text.search(/\b(?:vat|tax)\b/iu))) : null;
  return {
    role,
    party: {
      name: { value: name, confidence, source },
      taxId: id && idPiece ? { value: id, confidence: round(proseWeight * idPiece.line.confidence), source: idPiece.line.origin } : { value: null, confidence: 0, source },
    },
  };
}

/**
 * The contract price as a clause states it: "The price of the goods is £12,345.67", "The
 * Purchaser shall pay the Supplier the sum of GBP 1,200.00", "The total consideration shall be
 * €5,000.00". Only an amount written with its currency, right after the words. A price per unit
 * or period ("per tonne", "a month") is not the contract's whole amount, and clauses stating
 * different prices contradict each other: both go to manual entry. A price stated before VAT
 * ("plus VAT", "exclusive of VAT") gives way to the total with tax printed elsewhere, as a labelled
 * one does (amountWithTax).
 */
const priceClause = /\b(?:(?:the\s+)?(?:total\s+|agreed\s+|contract\s+|purchase\s+)*(?:price|consideration|contract\s+sum|contract\s+value)(?:\s+(?:payable\s+)?(?:of|for)\s+(?:the\s+)?[\p{L}\s]{1,30}?)?\s+(?:is|shall\s+be|will\s+be|amounts?\s+to)|shall\s+pay(?:\s+to)?(?:\s+the\s+\p{L}+)?|\bfor\s+the\s+(?:total\s+)?(?:sum|price)\s+of)\s+(?:the\s+(?:total\s+)?sum\s+of\s+)?/giu;
const currencyFirst = /^(?:[£€$¥]|(?:GBP|EUR|USD|CNY|RMB|CHF)\s?)/u;
const currencyAfter = /^\s?(?:GBP|EUR|USD|CNY|RMB|CHF|pounds|euros?|dollars)\b/iu;
/** "£12.50 per tonne", "€300 each", "£1,200.00 a month", "$4.10/kg": a rate, not the contract's amount. */
const perUnit = /^\s*(?:\([^)]*\)\s*)?(?:per\b|each\b|an?\s+(?:unit|item|piece|tonne|ton|kg|day|week|month|year|hour)\b|\/\s*\p{L})/iu;

export function priceFromClause(text: DocumentText): Field<number> | null {
  const found: { value: number; confidence: number; line: TextLine; lineIndex: number; clauseLine: number; unit: boolean }[] = [];
  text.lines.forEach((line, index) => {
    const written = normaliseText(line.segments.map((s) => s.text).join(' '));
    for (const match of written.matchAll(priceClause)) {
      let rest = written.slice((match.index ?? 0) + match[0].length);
      let confidence = segmentConfidence(line, line.segments[0]);
      let lineIndex = index;
      const next = text.lines[index + 1];
      if (!rest.trim() && next) {
        rest = normaliseText(lineText(next));
        confidence = Math.min(confidence, next.confidence);
        lineIndex = index + 1;
      }
      const amount = findAmounts(rest)[0];
      if (!amount) continue;
      const before = rest.slice(0, amount.index);
      const after = rest.slice(amount.end);
      const hasCurrency = currencyFirst.test(amount.raw.trim()) || (before.trim() !== '' && currencyFirst.test(before.trim())) || currencyAfter.test(after);
      if (!hasCurrency || before.trim().replace(currencyFirst, '').trim() !== '' || amount.value <= 0) continue;
      found.push({ value: amount.value, confidence: proseWeight * confidence, line, lineIndex, clauseLine: index, unit: perUnit.test(after) });
    }
  });
  const first = found[0];
  if (!first) return null;
  const field: Field<number> = { value: first.value, confidence: round(first.confidence), source: first.line.origin };
  if (found.some((other) => Math.abs(other.value - first.value) >= 0.005)) return failedCheck(field, `the contract states different prices (${[...new Set(found.map((f) => f.value))].join(', ')})`);
  if (first.unit) return failedCheck(field, `the price ${first.value} is a price per unit or per period: the contract's whole amount is not written`);
  const clause = { value: first.value, confidence: first.confidence, lineIndex: first.lineIndex, labelLine: first.clauseLine };
  const { found: amount, doubt } = amountWithTax(text, clause);
  const taken = amount === clause ? field : fromFound(text, amount);
  return doubt ? failedCheck(taken, doubt) : taken;
}

/**
 * A Chinese contract in prose names its parties in the opening sentence, each followed by its
 * particulars and the short name it is given in brackets: "本合同由X有限公司（统一社会信用代码：…，
 * 以下简称"买方"）与Y有限公司（…，以下简称"卖方"）于…签订". The role is the short name when it
 * is one (买方, 卖方, 需方, 供方, 出卖人, 买受人 …); a bare party letter (甲方, 乙方) says no role
 * and is not guessed. A role named twice (two sellers) is not read; each role stands on its own.
 */
const chineseSellerRoles = '卖方|供方|出卖人|出卖方|供货方|销售方|售方|供应方';
const chineseBuyerRoles = '买方|需方|买受人|购货方|采购方|购买方|订货方';
const chineseRecitalParty = new RegExp(
  `(?:^|[由与和及、，,])\\s*([^\\s，,。；;由与()（）"“”]{2,30}?(?:有限责任公司|股份有限公司|有限公司|集团公司|公司|厂|中心|研究院|商行|经营部))\\s*[(（]([^()（）]{0,80}?)(?:以下简称|以下称|下称|简称)[为:：;；,，]?\\s*["“”'‘’「『]?(${chineseSellerRoles}|${chineseBuyerRoles})["“”'‘’」』]?\\s*[)）]`,
  'gu',
);
const chineseRecitalLines = 12;

export function partiesFromChineseRecital(text: DocumentText): Record<Party, RecitalParty | null> {
  const lines = text.lines.slice(0, chineseRecitalLines);
  const joined: { text: string; line: TextLine }[] = lines.map((line) => ({ text: normaliseText(lineText(line)), line }));
  // a sentence runs over lines: the text is read as one, and each party keeps the lines it stands on
  const starts: number[] = [];
  let all = '';
  for (const piece of joined) {
    starts.push(all.length);
    all += piece.text;
  }
  const lineAt = (offset: number) => joined[Math.max(0, starts.findIndex((start, i) => offset >= start && (starts[i + 1] === undefined || offset < (starts[i + 1] as number))))]?.line as TextLine;
  const found: { role: Party; party: RecitalParty }[] = [];
  for (const match of all.matchAll(chineseRecitalParty)) {
    const [, name, particulars, role] = match;
    if (!name || !role) continue;
    const at = (match.index ?? 0) + match[0].indexOf(name);
    const nameLine = lineAt(at);
    const roleLine = lineAt((match.index ?? 0) + match[0].length - 1);
    const id = particulars ? parseTaxIdValue(particulars.replace(/^.*?(?:统一社会信用代码|纳税人识别号|税号)[:：]?/u, '')) : null;
    found.push({
      role: new RegExp(`^(?:${chineseSellerRoles})$`, 'u').test(role) ? 'seller' : 'buyer',
      party: {
        name: { value: name, confidence: round(proseWeight * Math.min(nameLine.confidence, roleLine.confidence)), source: nameLine.origin },
        taxId: id ? { value: id, confidence: round(proseWeight * nameLine.confidence), source: nameLine.origin } : { value: null, confidence: 0, source: nameLine.origin },
      },
    });
  }
  const sellers = found.filter((entry) => entry.role === 'seller');
  const buyers = found.filter((entry) => entry.role === 'buyer');
  // each role on its own: a party whose short name OCR marred leaves the other still read
  return { seller: sellers.length === 1 ? (sellers[0] as (typeof found)[number]).party : null, buyer: buyers.length === 1 ? (buyers[0] as (typeof found)[number]).party : null };
}
