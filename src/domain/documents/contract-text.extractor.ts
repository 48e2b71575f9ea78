import { ContractFields } from '../../contracts/documents.contract';
import { findAmounts } from './amount.parser';
import { detectCurrency } from './currency.detector';
import { findDates } from './date.parser';
import { partiesFromChineseRecital, partiesFromRecital, priceFromClause } from './contract-recital.reader';
import { DocumentText, lineText, segmentConfidence, TextLine } from './document-text.model';
import { failedCheck, Field, fromFound, round } from './extracted-field';
import { findAllLabelled, findLabelled, findLine, Found } from './labelled-value.finder';
import { normaliseText } from './text.normaliser';
import { parseCapitalAmount } from './chinese-capital-amount';
import { otherDateLabels } from './date-labels.vocabulary';
import { checkContractDates, datesOfDocument } from './document-dates.checks';
import { checkNotAnotherReference, checkOcrReference, checkReferenceKind } from './document-reference.checks';
import { readPartyBlock } from './invoice-parties.extractor';
import { checkRepeatedLabel } from './repeated-label.checks';
import { doubtAmount, doubtDate, doubtPartyName, doubtReference, doubtTaxId } from './field-doubts';
import { findPartyBlocks } from './party-block.finder';
import { invoiceLabels } from './invoice-labels.vocabulary';
import { joinWrappedLabels } from './wrapped-labels';
import { withSuggestions } from './suggested-field';
import { checkReadFromAlignedRow } from './header-row-alignment.checks';
import { checkNameNotBeforeItsRowLabel } from './row-label-after-values.checks';
import { suggestDocumentNumber } from './document-number.suggestion';
import { suggestDate } from './date.suggestion';
import { suggestPartyName } from './party.suggestion';
import { suggestContractAmount } from './amount.suggestion';
import { amountWithTax } from './contract-amount-before-tax';

import { parseDocumentNumber, parseLastAmount, parseName, parseTaxIdValue } from './value.parsers';

/** Labels of sales-contract fields (EN/DE/FR/ZH), most specific first. */
export const contractLabels = {
  contractNumber: [/\bcontract\s*(?:no\.?|number|#|id\b|code\b)/i, /\b(?:agreement|contract)\s*ref(?:erence)?\b\.?/i, /\bagreement\s*(?:no\.?|number|#)/i, /^(?:contract\s*|agreement\s*)?ref(?:erence)?\b\.?(?!\s*(?:to|of)\b)/i, /\bvertrags\s*-?\s*(?:nr\.?|nummer)/i, /\bcontrat\s*n°/i, /合同编号|合同号|协议编号|合同书编号|协议号/u],
  /** references printed beside a contract's number that are not it: the project's, the tender's, the quotation's, the order's */
  otherReferences: [/\b(?:project|tender|quotation|quote|(?:purchase\s*)?order|p\.?\s*o\.?)\s*(?:no\.?|number|ref(?:erence)?|#)/i, /项目编号|招标编号|报价单?号|订单(?:号|编号)/u],
  /** "Our ref.": often the contract's number, sometimes only the writer's file reference, so never taken without a look */
  ourReference: [/^our\s*ref(?:erence)?\b\.?/i],
  sellerName: [/^(?:seller|supplier|vendor|verkäufer|lieferant|vendeur|fournisseur)\b/i, /^(?:卖方|供方|出卖人|供货方|销售方|供应方|销货方|出售方|供货单位)/u],
  buyerName: [/^(?:buyer|purchaser|customer|käufer|kunde|acheteur|client)\b/i, /^(?:买方|需方|买受人|购货方|采购方|购买方|订货方|需货方|采购单位|订货单位|购货单位)/u],
  taxId: [/\b(?:vat|tax)\s*(?:id|no\.?|number)\b/i, /\bust\.?\s*-?\s*id/i, /纳税人识别号|统一社会信用代码/u],
  amount: [/\b(?:total\s*)?contract\s*(?:value|amount|price|sum)\b/i, /\btotal\s*(?:value|amount|price)\b/i, /^(?:the\s*)?(?:purchase\s*|total\s*)?(?:price|consideration)\b/i, /\bvertrags(?:wert|summe)\b/i, /\bmontant\s*(?:total\s*)?du\s*contrat\b/i, /合同(?:总)?(?:金额|价款)|合同总价|总价款|总金额|价款合计|价税合计/u,
    // the standard forms' total row ("合计人民币金额（大写）：… ¥…"), an order form's "Order value"
    /合计(?:人民币)?金额|^(?:合计|总计)\s*[(（]?(?:人民币|RMB)?[)）]?\s*[:：]/u, /\b(?:total\s*)?order\s*value\b/i],
  paymentTerm: [/\bpayment\s*(?:term|terms|due)\b/i, /\bzahlungs(?:ziel|bedingungen)\b/i, /\bdélai\s*de\s*paiement\b/i, /付款期限|账期|信用期/u],
  signingDate: [
    /\b(?:date\s*of\s*signing|signed\s*on|signing\s*date)\b/i, /^(?:agreement|contract)\s*date\b/i, /^date\s*of\s*(?:this\s*)?(?:agreement|contract)\b/i,
    // a deed's opening words: "THIS AGREEMENT is made on the 12th day of March 2025", "This Contract is dated 3 June 2025"; "Dated: …"
    /^this\s+(?:[\p{L}-]+\s+){0,3}?(?:agreement|contract|deed)\b[^.]{0,30}?\b(?:made|dated|entered\s+into|concluded)\b(?:\s+(?:on|as\s+of|this))?/iu, /^dated\b/i, /\bunterzeichnet\s*am\b/i, /\bsigné\s*le\b/i, /签订日期|签约日期|签署日期|签订时间|签约时间|签署时间|订立日期|签字日期/u,
    /\b(?:date\s*of\s*signature|signature\s*date|date\s*signed|executed\s*on)\b/i,
    // in prose: "本合同…于2025年03月04日在杭州签订"
    /于(?=\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。；;]{0,20}?(?:签订|签署|订立))/u],
  startDate: [/\b(?:effective|valid|start)\s*(?:from|date)\b/i, /\b(?:gültig|wirksam)\s*ab\b/i, /\bcommencement\b/i, /生效日期|起始日期/u],
  endDate: [/\b(?:valid\s*until|expir(?:y|es|ation)\s*(?:date|on)?|end\s*date)\b/i, /\b(?:gültig\s*bis|endet\s*am)\b/i, /到期日期|终止日期/u],
  term: [/\b(?:term|laufzeit|durée)\b/i, /有效期|合同期限|履行期限/u],
};

/** Labels of a party's name inside its block ("Name", 名称): the contract's party tables use the invoices' words. */
const partyNameLabels = invoiceLabels.name;

/** Labels of the other dates a contract prints: a signing-date label inside one of them ("Commencement date", "Order date") dates something else. */
const signingDateIsNot = [...contractLabels.startDate, ...contractLabels.endDate, ...otherDateLabels];

const doubtSigningDate = <D extends { signingDate: Field<string> }>(dated: D, doubt: (field: Field<string>) => Field<string>): D => ({ ...dated, signingDate: doubt(dated.signingDate) });

/** Reads a sales contract's fields from its text, each with a confidence. */
export function extractContractFromText(read: DocumentText): ContractFields {
  // a key-terms table's label wrapped over two lines ("Call-Off Contract" / "value") read whole
  const text = joinWrappedLabels(read);
  const all = normaliseText(text.lines.map((line) => lineText(line)).join('\n'));
  // day/month order as the document writes it; a date that reads both ways in an undecided document goes to manual entry
  const dates = datesOfDocument(all);
  const parseDate = dates.parse;
  const labelled = <T>(labels: RegExp[], parse: (raw: string) => T | null, options = {}) => findLabelled(text, labels, parse, { linesBelow: 1, ...options });
  const seller = labelled(contractLabels.sellerName, parseContractParty, { linesBelow: 0 });
  const buyer = labelled(contractLabels.buyerName, parseContractParty, { linesBelow: 0 });
  const taxIdNear = (lineIndex: number | undefined) =>
    lineIndex === undefined ? null : findLabelled(text, contractLabels.taxId, parseTaxIdValue, { fromLine: lineIndex, toLine: lineIndex + 4, linesBelow: 0 });
  // the parties' blocks by their headings (甲方(买方), 出卖人, 供方 …, "Seller"): each read inside its own block
  const blocks = findPartyBlocks(text);
  const own = { seller: blocks.seller ? readPartyBlock(blocks.seller, labelledWeight) : null, buyer: blocks.buyer ? readPartyBlock(blocks.buyer, labelledWeight) : null };
  // a contract in prose names its parties in the recital (BETWEEN (1) … ("the Supplier"); and (2) …)
  const english = partiesFromRecital(text);
  const recital = english.seller || english.buyer ? english : partiesFromChineseRecital(text);
  const pick = (fromBlock: Field<string> | undefined, fallback: Field<string>, fromRecital?: Field<string>) =>
    fromBlock && fromBlock.value !== null ? fromBlock : fallback.value === null && fromRecital && fromRecital.value !== null ? fromRecital : fallback;
  // a name read from a party table's row whose label stands right of it ("A Ltd | B Ltd | Name"): the row was read one column off
  const partyName = (field: Field<string>) => (field.value === null ? field : checkNameNotBeforeItsRowLabel({ ...field, value: parseContractParty(field.value) }, text));
  const period = labelled(contractLabels.term, (raw) => {
    const both = findDates(raw, dates.order === 'month-first');
    return both[0] && both[1] && !(dates.order === 'undecided' && (both[0].ambiguous || both[1].ambiguous)) ? ([both[0].iso, both[1].iso] as const) : null;
  }, { linesBelow: 0 });
  const start = labelled(contractLabels.startDate, parseDate);
  const end = labelled(contractLabels.endDate, parseDate);
  return withSuggestions<ContractFields>({
    // a number whose label is printed twice with two values, or that is read under a project's or order's label too, goes to manual entry
    // …and a number whose prefix names another kind of document (an order's "PO-…") goes there too
    // another number or date the same labels accept, characters OCR was unsure of, a year far from the contract's other dates: manual entry
    // …and so does one read from a row under headers whose date header stands over no date (the row read one column off)
    contractNumber: checkReadFromAlignedRow(doubtReference(checkReferenceKind(checkNotAnotherReference(
      checkRepeatedLabel(checkOcrReference(contractNumberOrOurReference(text, labelled(contractLabels.contractNumber, parseDocumentNumber, { valuesMayMerge: true }), labelled(contractLabels.ourReference, parseDocumentNumber))), text, contractLabels.contractNumber, parseDocumentNumber, { linesBelow: 1 }),
      text, contractLabels.otherReferences), ['contract']), text, contractLabels.contractNumber, { linesBelow: 1, valuesMayMerge: true }), text, 'text'),
    // a name, id or amount printed only under another thing's label (a guarantor, an account, a deposit) is that thing's: manual entry
    sellerName: doubtPartyName(partyName(pick(own.seller?.name, fromFound(text, seller), recital.seller?.name)), text, [...contractLabels.sellerName, ...partyNameLabels]),
    sellerTaxId: doubtTaxId(pick(own.seller?.taxId, fromFound(text, taxIdNear(seller?.lineIndex)), recital.seller?.taxId), text, contractLabels.taxId),
    buyerName: doubtPartyName(partyName(pick(own.buyer?.name, fromFound(text, buyer), recital.buyer?.name)), text, [...contractLabels.buyerName, ...partyNameLabels]),
    buyerTaxId: doubtTaxId(pick(own.buyer?.taxId, fromFound(text, taxIdNear(buyer?.lineIndex)), recital.buyer?.taxId), text, contractLabels.taxId),
    // a price labelled as before tax gives way to the total with tax printed beside it (contract-amount-before-tax.ts)
    amount: doubtAmount(amountFromFiguresOrClause(text, labelledAmount(text, labelled(contractLabels.amount, parseLastAmount, { restOfLine: true }))), text, contractLabels.amount),
    currency: detectCurrency(text),
    paymentTermDays: fromFound(text, labelled(contractLabels.paymentTerm, parseDays, { linesBelow: 0 })),
    ...doubtSigningDate(checkContractDates({
      // a signing-date label inside another date's ("Commencement date", "Order date") dates something else
      signingDate: dates.check(fromFound(text, labelled(contractLabels.signingDate, parseDate, { notInside: signingDateIsNot, valuesMayMerge: true }) ?? signatureBlockDate(text, parseDate))),
      startDate: dates.check(fromFound(text, start ?? (period ? { ...period, value: period.value[0] } : null))),
      endDate: dates.check(fromFound(text, end ?? (period ? { ...period, value: period.value[1] } : null))),
    }), (signingDate) => checkReadFromAlignedRow(doubtDate(signingDate, text, dates, contractLabels.signingDate, { linesBelow: 1, notInside: signingDateIsNot, valuesMayMerge: true }), text, 'date')),
  }, {
    // required fields the labels left empty, suggested from the text by type, form and place, below the manual-entry threshold
    contractNumber: () => suggestDocumentNumber(text, 'contract'),
    sellerName: (f) => suggestPartyName(text, 'seller', { name: f.buyerName.value }, ['seller', 'buyer']),
    buyerName: (f) => suggestPartyName(text, 'buyer', { name: f.sellerName.value }, ['seller', 'buyer']),
    amount: () => suggestContractAmount(text),
    signingDate: () => suggestDate(text, 'signing', dates.order),
  });
}

/**
 * Where no signing date is labelled, the dates the parties write in the signature block under
 * their seals (甲方(盖章) … 日期: …): the date when both give the same one; one alone is less sure.
 */
function signatureBlockDate(text: DocumentText, parseDate: (raw: string) => string | null): Found<string> | null {
  const sealLines = text.lines.map((line, index) => (/盖章|签章|签字|\bsignature\b/iu.test(normaliseText(lineText(line))) ? index : -1)).filter((index) => index >= 0);
  const seals = sealLines[sealLines.length - 1];
  if (seals === undefined) return null;
  const dates = findAllLabelled(text, [/日期|\bdate\b/iu], parseDate, { fromLine: seals, toLine: seals + 5, linesBelow: 0 });
  const first = dates[0];
  if (!first || dates.some((date) => date.value !== first.value)) return null;
  // a signature table's "Date" row gives one date per party's column: all the same, both parties dated it
  const row = (text.lines[first.lineIndex] as TextLine).segments.map((segment) => parseDate(normaliseText(segment.text))).filter((date): date is string => date !== null);
  if (row.some((date) => date !== first.value)) return null;
  return { ...first, confidence: first.confidence * (dates.length >= 2 || row.length >= 2 ? 0.9 : 0.75) };
}

/** How far "Our ref." is trusted as the contract number: under the manual-entry threshold. */
const ourReferenceWeight = 0.75;

function contractNumberOrOurReference(text: DocumentText, contractNumber: Found<string> | null, ourReference: Found<string> | null): Field<string> {
  return contractNumber || !ourReference ? fromFound(text, contractNumber) : fromFound(text, ourReference, ourReferenceWeight);
}

/** The labelled amount with tax (amountWithTax), checked against the amount in capitals. */
function labelledAmount(text: DocumentText, labelled: Found<number> | null): Field<number> {
  const { found, doubt } = amountWithTax(text, labelled);
  const field = amountWithCapitals(text, found);
  return doubt ? failedCheck(field, doubt) : field;
}

/** Where no amount is labelled, the price a clause states (see priceFromClause). */
function amountFromFiguresOrClause(text: DocumentText, labelled: Field<number>): Field<number> {
  return labelled.value !== null ? labelled : (priceFromClause(text) ?? labelled);
}

/** As findLabelled weighs a value in its label's own segment. */
const labelledWeight = 0.95;

/** A party's name without what contracts write after it: "(以下简称甲方)", "(hereinafter the Buyer)". */
function parseContractParty(raw: string): string | null {
  const name = parseName(raw);
  return name ? name.replace(/\s*[(（](?:以下简称|下称|简称|hereinafter|the\s+(?:seller|buyer))[^)）]*[)）]?.*$/iu, '').trim() || null : null;
}

/**
 * The amount in capitals (大写), where the contract writes one, checked against the figures: the
 * same amount confirms them; so do the figures' digits read without their separators and marks
 * ("¥76, 900.30", "Y60,1 20.95"); a different amount means one of the two was misread (or the
 * contract is inconsistent), so the figures go to manual entry; with no figures read, the capitals
 * are the amount. Capitals that hold a character no amount is written with are not read at all.
 */
function amountWithCapitals(text: DocumentText, found: Found<number> | null): Field<number> {
  const figures = fromFound(text, found);
  const line = text.lines[findLine(text, /大写/u)];
  if (!line) return figures;
  const capitals = capitalsAfterLabel(normaliseText(lineText(line)).replace(/\s+/g, ''));
  if (capitals === null) return figures;
  const confidence = round(0.85 * segmentConfidence(line, line.segments.at(-1)));
  if (figures.value === null) return { value: capitals, confidence, source: line.origin };
  if (Math.abs(figures.value - capitals) < 0.005) return figures;
  const figuresLine = found ? text.lines[found.lineIndex] : undefined;
  if (figuresLine && figuresDigits(figuresLine).includes(centsDigits(capitals)) && /[.,]\s*\d{2}(?!\d)/.test(lineText(figuresLine))) return { value: capitals, confidence: Math.min(confidence, round(0.85 * figuresLine.confidence)), source: line.origin };
  return failedCheck(figures, `the amount in figures (${figures.value}) differs from the amount in capitals (${capitals})`);
}

/** "人民币(大写): 壹拾贰万…元整" → the amount; null when what follows the label is not wholly an amount in capitals. */
function capitalsAfterLabel(written: string): number | null {
  const after = written.slice(written.indexOf('大写') + 2).replace(/^[)）:：]+/u, '').replace(/^(?:人民币|RMB)[:：]?/iu, '');
  const run = after.match(/^[零〇壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟万萬亿億元圆圓角分整正]+/u)?.[0];
  // an OCR misreading inside the capitals ("玖什会佰") ends the run at a character of another script
  if (!run || /^\p{Script=Han}/u.test(after.slice(run.length))) return null;
  return parseCapitalAmount(run);
}

const centsDigits = (amount: number) => String(Math.round(amount * 100));
/** A line's digits in the order printed, every other character dropped. */
const figuresDigits = (line: TextLine) => lineText(line).replace(/\D/g, '');

/** "30 days", "net 30", "30 Tage", "30 jours", "30天", "30日". */
function parseDays(raw: string): number | null {
  const match = raw.match(/(\d{1,3})\s*(?:days?|tage?n?|jours?|dagen|天|日)/iu) ?? raw.match(/\bnet(?:to)?\s*(\d{1,3})\b/i);
  if (match?.[1]) return Number(match[1]);
  const amounts = findAmounts(raw);
  return amounts.length === 1 && amounts[0] && Number.isInteger(amounts[0].value) && /\b(?:days?|tage|jours)\b/i.test(raw) ? amounts[0].value : null;
}
