import { DocumentText, lineText, segmentConfidence } from './document-text.model';
import { failedCheck, Field, fromFound, missing, originOf, round } from './extracted-field';
import { findAllLabelled, findLabelled, findLine, FindOptions, Found } from './labelled-value.finder';
import { endsWithOrganisationForm } from './party-fields.checks';
import { chineseVatInvoiceMarker, invoiceLabels } from './invoice-labels.vocabulary';
import { normalisePartyName } from './party-name.normaliser';
import { normaliseText, withoutSpacesBetweenCjk } from './text.normaliser';
import { parseName, parseTaxIdValue } from './value.parsers';
import { findPartyBlocks, PartyBlock, unlabelledName } from './party-block.finder';
import { comparable } from './document-reference.checks';
import { oneCandidateOnly } from './repeated-label.checks';
import { looksLikeUscc } from './unified-social-credit-code';

export interface InvoiceParties {
  sellerName: Field<string>;
  sellerTaxId: Field<string>;
  buyerName: Field<string>;
  buyerTaxId: Field<string>;
}

interface Block {
  from: number;
  to: number;
  /** opened by a heading line (whose next lines may be the name), not by a fixed layout */
  headed: boolean;
}

const blockLength = 8;

/**
 * Seller and buyer, each with name and tax id. Chinese VAT invoices have a fixed layout: the
 * buyer block above the goods table, the seller block below the grand total. Elsewhere a block
 * opens with a heading ("Verkäufer", "Bill to", …); a seller without a heading is found as the
 * company name (with a legal form) printed most often outside the buyer block, at low confidence.
 */
export function extractParties(text: DocumentText): InvoiceParties {
  const blocks = findPartyBlocks(text);
  const fromBlocks = { seller: blocks.seller ? readPartyBlock(blocks.seller) : null, buyer: blocks.buyer ? readPartyBlock(blocks.buyer) : null };
  const fallback = extractPartiesByRows(text);
  // a block found by its heading and column is read first; what it lacks comes from the row-based reading
  // …unless the row-based reading took the other party's value, read inside that party's own block
  const pick = (own: Field<string> | undefined, other: Field<string>, othersOwn?: Field<string>) =>
    own && own.value !== null ? own : othersOwn?.value != null && other.value !== null && sameValue(other.value, othersOwn.value) ? missing<string>(other.source) : other;
  // a block holding two parties' ids or names ran into the other party's column: what else it gives may be that party's as well
  const own = (party: 'seller' | 'buyer', kind: 'name' | 'taxId') => {
    const [block, read] = [blocks[party], fromBlocks[party]];
    return block && read ? fromCrowdedBlock(read[kind], block.text, kind === 'name' ? 'name' : 'tax id') : undefined;
  };
  return {
    sellerName: byRoleLabel(text, 'seller', pick(own('seller', 'name'), fallback.sellerName, fromBlocks.buyer?.name)),
    sellerTaxId: pick(own('seller', 'taxId'), fallback.sellerTaxId, fromBlocks.buyer?.taxId),
    buyerName: byRoleLabel(text, 'buyer', pick(own('buyer', 'name'), fallback.buyerName, fromBlocks.seller?.name)),
    buyerTaxId: pick(own('buyer', 'taxId'), fallback.buyerTaxId, fromBlocks.seller?.taxId),
  };
}

/** Labels that say whose name they hold ("Seller name", "Buyer name": EN 16931 BT-27, BT-44; "Customer name", "Supplier's name"). */
const roleNameLabels = {
  seller: /^(?:seller|supplier|vendor)'?s?\s*(?:legal\s*|trading\s*|registered\s*)?name\b/i,
  buyer: /^(?:buyer|customer|purchaser|client)'?s?\s*(?:legal\s*|trading\s*|registered\s*)?name\b/i,
} as const;

/**
 * A name under a label that names its party needs no block: where the party's heading is lost
 * (OCR), it is still the party's. Two different names under such labels, or one that differs from
 * what the blocks gave, leave which is right uncertain: manual entry.
 */
function byRoleLabel(text: DocumentText, party: keyof typeof roleNameLabels, read: Field<string>): Field<string> {
  const found = findAllLabelled(text, [roleNameLabels[party]], parseName, { linesBelow: 1 });
  if (!found.length) return read;
  const labelled = firstOfBlock(text, found, 'names');
  if (read.value === null || labelled.value === null || normalisePartyName(read.value) === normalisePartyName(labelled.value)) return read.value !== null && read.confidence >= labelled.confidence ? read : labelled;
  return failedCheck(labelled, `"${labelled.value}" is written under the ${party}'s name label, "${read.value}" read in the ${party}'s block`);
}

/** The same name or id, as read: case, spaces and separators aside. */
const sameValue = (a: string, b: string) => a.replace(/[\s.\-]/g, '').toUpperCase() === b.replace(/[\s.\-]/g, '').toUpperCase();

/** Name and tax id read inside one party's block: labelled, or the name as the block's first line. */
/**
 * `headingNameWeight`: how much a name written on the heading's own line ("Seller: X") is trusted;
 * a contract's heading is its party label, as good as a name label.
 */
export function readPartyBlock(block: PartyBlock, headingNameWeight = 0.85): { name: Field<string>; taxId: Field<string> } {
  const own = block.text;
  const labelledName = wholeChineseName(own, findLabelled(own, [...invoiceLabels.name], parseName, { linesBelow: 1 }));
  const bare = labelledName ? null : wholeBareChineseName(unlabelledName(block, parseName));
  const name = labelledName
    ? fromFound(own, labelledName)
    : bare
      ? { value: bare.value.replace(/^attn:?\s*/i, ''), confidence: round((bare.first ? headingNameWeight : 0.75) * segmentConfidence(bare.line, bare.line.segments[0])), source: bare.line.origin }
      : missing<string>(originOf(own));
  // the first id printed in the block, whichever its label (as the row-based reading does)
  const ids = findAllLabelled(own, [...invoiceLabels.taxId], parseTaxIdValue, { linesBelow: 1 });
  const labelledId = ids[0] ?? null;
  const bareId = labelledId ? null : own.lines.map((line, lineIndex) => ({ line, lineIndex, id: parseTaxIdValue(normaliseText(lineText(line))) })).find((c) => c.id && looksLikeUscc(c.id));
  // two different ids in one party's column: it ran into another party's (a heading OCR lost), so the first is a guess
  const taxId = labelledId
    ? firstOfBlock(own, ids, 'tax ids', idsIn(own))
    : bareId?.id
      ? { value: bareId.id, confidence: round(0.8 * bareId.line.confidence), source: bareId.line.origin }
      : missing<string>(originOf(own));
  if (!block.marred) return { name, taxId };
  // a heading OCR marred says the scan is poor where the block stands: what it holds is less sure
  const doubted = (field: Field<string>): Field<string> => ({ ...field, confidence: round(field.confidence * marredHeadingWeight) });
  return { name: doubted(name), taxId: doubted(taxId) };
}

/** How much a value read in a block whose heading OCR marred keeps of its confidence. */
const marredHeadingWeight = 0.9;

/**
 * A Chinese name cut by a wide gap in the OCR ("名称: 广州 | 立达包装材料有限公司"): when what
 * follows the label lacks the organisation's form and the rest of its line completes it, the
 * name is the whole.
 */
function wholeChineseName(text: DocumentText, found: Found<string> | null): Found<string> | null {
  if (!found || !/\p{Script=Han}/u.test(found.value) || endsWithOrganisationForm(found.value)) return found;
  const joined = findLabelled(text, [...invoiceLabels.name], (raw) => {
    const name = parseName(withoutSpacesBetweenCjk(raw));
    return name && endsWithOrganisationForm(name) ? name : null;
  }, { fromLine: found.lineIndex, toLine: found.lineIndex + 1, linesBelow: 0, restOfLine: true });
  return joined && joined.value.startsWith(found.value) ? joined : found;
}

/**
 * A bare Chinese name cut by a wide gap in the OCR ("销售单位: 广州 | 立达包装材料有限公司"): when
 * the first segment lacks the organisation's form and the whole line (CJK gaps closed) has it,
 * the name is the whole line.
 */
function wholeBareChineseName<T extends { value: string; line: DocumentText['lines'][number] }>(bare: T | null): T | null {
  if (!bare || !/\p{Script=Han}/u.test(bare.value) || endsWithOrganisationForm(bare.value)) return bare;
  const segments = bare.line.segments.map((s) => normaliseText(s.text));
  const start = segments.findIndex((s) => s.endsWith(bare.value) || s.includes(bare.value));
  if (start < 0) return bare;
  const rest = segments.slice(start + 1).join('');
  const whole = parseName(withoutSpacesBetweenCjk(`${bare.value}${rest}`));
  return whole && endsWithOrganisationForm(whole) ? { ...bare, value: whole } : bare;
}

/** The earlier reading by rows: a heading opens a block of the next lines (any column), Chinese VAT invoices by their fixed layout. */
function extractPartiesByRows(text: DocumentText): InvoiceParties {
  const all = text.lines.map((line) => lineText(line)).join('\n');
  const chinese = chineseVatInvoiceMarker.test(normaliseText(all));
  const buyerBlock = chinese ? chineseBlock(text, 'buyer') : headedBlock(text, invoiceLabels.buyerBlock);
  const sellerBlock = chinese ? chineseBlock(text, 'seller') : headedBlock(text, invoiceLabels.sellerBlock);

  const crowded = (name: Field<string> | null, block: Block | null) => (name && block ? fromCrowdedBlock(name, linesOf(text, block), 'name') : name);
  const buyerName = crowded(blockName(text, buyerBlock), buyerBlock) ?? (buyerBlock ? null : nameOverBuyersOwnId(text));
  const sellerName = crowded(blockName(text, sellerBlock), sellerBlock) ?? companyNameOutside(text, buyerBlock, buyerName?.value ?? null);
  const unplaced = sellerBlock ? [] : findAllLabelled(text, [...invoiceLabels.taxId], parseTaxIdValue).filter((found) => !inside(found.lineIndex, buyerBlock) && !isBuyersOwn(text, found.lineIndex));
  const sellerTaxId = sellerBlock
    ? fromCrowdedBlock(firstOfBlock(text, findAllLabelled(text, [...invoiceLabels.taxId], parseTaxIdValue, range(sellerBlock)), 'tax ids', idsIn(linesOf(text, sellerBlock))), linesOf(text, sellerBlock), 'tax id')
    : notTheOnlyCandidate(fromFound(text, unplaced[0]), [...unplaced.map((found) => found.value), ...bareIdsOutside(text, buyerBlock)], taxIdLabelsOutside(text, buyerBlock));
  const buyerOwn = findLabelled(text, [...invoiceLabels.buyerOwnTaxId], parseTaxIdValue);
  const buyerTaxId = buyerBlock && !buyerOwn ? fromCrowdedBlock(firstOfBlock(text, findAllLabelled(text, [...invoiceLabels.taxId], parseTaxIdValue, range(buyerBlock)), 'tax ids', idsIn(linesOf(text, buyerBlock))), linesOf(text, buyerBlock), 'tax id') : fromFound(text, buyerOwn);
  return {
    sellerName: sellerName ?? missing(originOf(text)),
    // a Chinese VAT invoice whose seller block was not located: the first id outside a buyer block may well be the buyer's
    sellerTaxId: chinese && !sellerBlock && sellerTaxId.value !== null ? failedCheck(sellerTaxId, "the seller block (销售方) was not found: the id may be another party's") : sellerTaxId,
    buyerName: buyerName ?? missing(originOf(text)),
    buyerTaxId,
  };
}

/**
 * A block read by rows takes in every column of its lines: where it holds two different names or
 * ids under their labels (the other party's column beside its own, a heading OCR lost), the first
 * is a guess, so it goes to manual entry.
 */
function firstOfBlock(text: DocumentText, found: Found<string>[], what: string, unlabelled: string[] = []): Field<string> {
  const candidates = [...new Map([...found.map((f) => f.value), ...unlabelled].map((value) => [comparable(value) ?? value, value])).values()];
  return oneCandidateOnly(fromFound(text, found[0]), candidates, `the party's block holds ${candidates.length} different ${what} (${candidates.join(', ')}): which is the party's is not certain`);
}

/**
 * A party's block that holds two different tax ids, or two different names under their labels, ran
 * into another party's column (a heading OCR lost, a cell read one column off): what else it gives
 * is as likely that party's, so it goes to manual entry with them.
 */
export function fromCrowdedBlock(field: Field<string>, block: DocumentText, kind: 'name' | 'tax id'): Field<string> {
  if (field.value === null || field.check) return field;
  const labelledIds = findAllLabelled(block, [...invoiceLabels.taxId], parseTaxIdValue, { linesBelow: 1 }).map((found) => found.value);
  const ids = new Set([...labelledIds, ...idsIn(block)].map((id) => comparable(id) ?? id));
  const names = new Set(findAllLabelled(block, [...invoiceLabels.name], parseName, { linesBelow: 0 }).map((found) => normalisePartyName(found.value)));
  const crowded = ids.size > 1 ? `${ids.size} different tax ids` : names.size > 1 ? `${names.size} different names` : null;
  return crowded ? failedCheck(field, `the block the ${kind} was read in holds ${crowded}: it ran into another party's column, so the ${kind} may be that party's`) : field;
}

/** Every party id (a VAT id, a unified social credit code) printed in a text, its label read or not ("|\" number: GB…"). */
function idsIn(text: DocumentText): string[] {
  return text.lines.flatMap((line) => line.segments.map((s) => parseTaxIdValue(normaliseText(s.text))).filter((id): id is string => id !== null && partyIdShape(id)));
}


/**
 * A seller's id taken without its block (no seller heading read) is the first id outside the
 * buyer's block: when other, different ids stand there too (labelled, or shaped as a party's id
 * with its label unreadable), or more tax-id labels than the one
 * read (two party columns whose headings OCR lost, one id unreadable), which one is the seller's
 * is a guess, so it goes to manual entry.
 */
export function notTheOnlyCandidate(field: Field<string>, candidates: string[], labels: number): Field<string> {
  const reason = `${Math.max(new Set(candidates.map((id) => comparable(id))).size, labels)} tax ids outside the buyer's block and no seller block: which is the seller's is not certain`;
  return labels > 1 && field.value !== null ? failedCheck(field, reason) : oneCandidateOnly(field, candidates, reason);
}

/** A VAT id (country code and digits) or a unified social credit code: a party's id even where its label is unreadable. */
const partyIdShape = (id: string) => /^[A-Z]{2}\d{8,12}$/.test(id) || looksLikeUscc(id);

/**
 * The ids printed outside the buyer's block, labelled or not (a label OCR marred, "|\" number: GB…"),
 * the buyer's own not counted: each is a candidate for the seller's.
 */
function bareIdsOutside(text: DocumentText, buyerBlock: Block | null): string[] {
  return idsIn({ ...text, lines: text.lines.filter((_, index) => !inside(index, buyerBlock) && !isBuyersOwn(text, index)) });
}

/** How many segments outside the buyer's block carry a tax-id label (with or without a readable id), the buyer's own id not counted. */
function taxIdLabelsOutside(text: DocumentText, buyerBlock: Block | null): number {
  return text.lines.reduce((count, line, index) => (inside(index, buyerBlock) || isBuyersOwn(text, index) ? count : count + line.segments.filter((s) => invoiceLabels.taxId.some((label) => label.test(normaliseText(s.text)))).length), 0);
}

function chineseBlock(text: DocumentText, party: 'buyer' | 'seller'): Block | null {
  const goodsHeader = findLine(text, /货物或应税劳务|项目名称|货物或劳务/u);
  const grandTotal = findLine(text, /价税合计/u);
  if (party === 'buyer') return goodsHeader > 0 ? { from: 0, to: goodsHeader, headed: false } : null;
  return grandTotal >= 0 ? { from: grandTotal + 1, to: text.lines.length, headed: false } : null;
}

function headedBlock(text: DocumentText, headings: readonly RegExp[]): Block | null {
  for (const heading of headings) {
    const index = findLine(text, heading);
    if (index >= 0) return { from: index, to: Math.min(text.lines.length, index + blockLength), headed: true };
  }
  return null;
}

function blockName(text: DocumentText, block: Block | null): Field<string> | null {
  if (!block) return null;
  // a Chinese name cut by a wide gap is joined here as in a block found by its heading
  const names = findAllLabelled(text, [...invoiceLabels.name], parseName, { ...range(block), linesBelow: 0 });
  const labelled = wholeChineseName(text, names[0] ?? null);
  if (labelled) return firstOfBlock(text, [labelled, ...names.slice(1)], 'names');
  if (!block.headed) return null;
  for (let index = block.from + 1; index < Math.min(block.to, block.from + 4); index += 1) {
    const line = text.lines[index];
    const name = line?.segments[0] && parseName(normaliseText(line.segments[0].text));
    if (line && name) return { value: name.replace(/^attn:?\s*/i, ''), confidence: round(0.75 * line.confidence), source: line.origin };
  }
  return null;
}

export const legalFormName = /^(.*?[\p{L}\d].*?[\s,]+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|OHG|SE|B\.V\.|BV|N\.V\.|NV|SAS|SARL|Sarl|S\.A\.|SA|Inc\.?|LLC|Ltd\.?|Limited|PLC|plc|Corp\.?|S\.p\.A\.|S\.r\.l\.))(?=[^\p{L}]|$)/u;
export const chineseCompany = /^(.*?(?:有限责任公司|股份有限公司|有限公司))/u;

function companyNameOutside(text: DocumentText, buyerBlock: Block | null, buyerName: string | null): Field<string> | null {
  const seen = new Map<string, { name: string; count: number; confidence: number; origin: 'text-layer' | 'ocr' }>();
  text.lines.forEach((line, index) => {
    if (inside(index, buyerBlock)) return;
    for (const segment of line.segments) {
      const candidate = normaliseText(segment.text).replace(/^[^:]{1,8}:\s*/u, '').replace(/^[^\p{L}\d]+/u, '');
      const name = candidate.match(legalFormName)?.[1] ?? candidate.match(chineseCompany)?.[1];
      if (!name || !parseName(name) || name.split(/\s+/).length > 6) continue;
      const key = normalisePartyName(name);
      if (!key || (buyerName && key === normalisePartyName(buyerName))) continue;
      const entry = seen.get(key) ?? { name, count: 0, confidence: line.confidence, origin: line.origin };
      entry.count += 1;
      seen.set(key, entry);
    }
  });
  for (const [index, line] of text.lines.entries()) {
    if (!/^(?:SARL|SAS|SASU|SA|EURL)\s+au\s+capital\b/i.test(normaliseText(line.segments[0]?.text ?? ''))) continue;
    // French legal mention "<form> au capital de …": the company name heads the footer just above it
    for (const previous of text.lines.slice(Math.max(0, index - 3), index).reverse()) {
      const name = parseName(normaliseText(previous.segments[0]?.text ?? ''));
      if (name && previous.segments.length === 1 && !/[\d:@]/.test(name) && name.split(/\s+/).length <= 4) {
        return { value: name, confidence: round(0.6 * previous.confidence), source: previous.origin };
      }
    }
  }
  const best = [...seen.values()].sort((a, b) => b.count - a.count)[0];
  if (!best) return null;
  return { value: best.name, confidence: round(Math.min(0.7, 0.5 + 0.05 * best.count) * best.confidence), source: best.origin };
}

/** How far a name is trusted that only its place says is the buyer's: under the manual-entry threshold. */
const nameOverOwnIdWeight = 0.75;
/** How many lines a name may stand above the buyer's own id (name, street, town, id). */
const linesOverOwnId = 3;

/**
 * A buyer addressed in the envelope window, with no heading: the registered name (with its legal
 * form) standing in the column of the buyer's own id ("Your VAT No.", "Customer VAT") just above it.
 */
function nameOverBuyersOwnId(text: DocumentText): Field<string> | null {
  const idLine = text.lines.findIndex((line, index) => isBuyersOwn(text, index) && line.segments.length > 0);
  const label = text.lines[idLine]?.segments.find((s) => invoiceLabels.buyerOwnTaxId.some((own) => own.test(normaliseText(s.text))));
  if (!label) return null;
  for (let index = idLine - 1; index >= Math.max(0, idLine - linesOverOwnId); index -= 1) {
    const line = text.lines[index];
    const segment = line?.segments.find((s) => Math.abs(s.x - label.x) <= 0.03);
    const name = segment && (normaliseText(segment.text).match(legalFormName)?.[1] ?? normaliseText(segment.text).match(chineseCompany)?.[1]);
    if (line && segment && name) return { value: name, confidence: round(nameOverOwnIdWeight * segmentConfidence(line, segment)), source: line.origin };
  }
  return null;
}

function isBuyersOwn(text: DocumentText, lineIndex: number): boolean {
  const line = text.lines[lineIndex];
  return line !== undefined && invoiceLabels.buyerOwnTaxId.some((label) => label.test(normaliseText(lineText(line))));
}

function inside(index: number, block: Block | null): boolean {
  return block !== null && index >= block.from && index < block.to;
}

function linesOf(text: DocumentText, block: Block): DocumentText {
  return { ...text, lines: text.lines.slice(block.from, block.to) };
}

function range(block: Block): FindOptions {
  return { fromLine: block.from, toLine: block.to };
}
