import { checkOcrReference, comparable, kindOfReference, ReferenceKind } from './document-reference.checks';
import { DocumentText } from './document-text.model';
import { Field } from './extracted-field';
import { valuesNearWords } from './nearby-values';
import { suggested } from './suggested-field';
import { normaliseText } from './text.normaliser';
import { looksLikeUscc } from './unified-social-credit-code';
import { parseDocumentNumber } from './value.parsers';

/** Any word meaning "number" (No., Nr, #, 号, 编号, 单号), the address's house number (…路88号) aside. */
const numberWord = /(?<![\p{L}])(?:no|nr|num|number|nummer|n°|nº)(?![\p{L}])\.?|#|编号|单号|号码|(?<![\d\s])号/iu;

/** What a number word is part of when the number is not a document's: a telephone, a tax id, an account, an item, an address. */
const neverADocumentNumber = [
  /\b(?:tel|telephone|phone|fax|mobile|cell|vat|tax|gst|abn|ein|reg|registration|company|account|acct|iban|bank|sort|swift|bic|item|article|part|page|batch|lot|model|vehicle|licen[cs]e|id\s*card|post(?:al)?\s*code|zip|house|unit|room|seal|container|hs|case|box|pallet)\b/i,
  /电话|手机|传真|税号|纳税|信用代码|账号|帐号|开户|银行|行号|车牌|身份证|批号|型号|货号|物料|页|邮编|地址|路|街|楼|室|箱|柜|封/u,
];

/** The customer's account or number ("Customer No.", 客户编号) is no document's; the customer's order is an order ("Customer order no."). */
const customersOwn = [/\b(?:customer|client|debtor)\b(?!'?s?\s*(?:order|p\.?\s*o|purchase|ref))/i, /客户(?!订单|采购|PO)/u];
/** The seller's own order ("Sales order no.", 销售订单) is not the buyer's order a document refers to. */
const salesOrder = [/\bsales\s*order\b/i, /销售订单/u];

export type NumberedDocument = 'invoice' | 'delivery' | 'contract' | 'order';

/** Words naming each kind of document: beside a number word they say whose number it is. */
const kindWords: Record<NumberedDocument, RegExp> = {
  invoice: /\b(?:invoice|inv|bill|billing|rechnung|facture|factuur)\b|发票|票据/iu,
  delivery: /\b(?:delivery|despatch|dispatch|docket|packing|shipment|lieferschein|livraison|pakbon|grn)\b|送货|发货|出库|交货|配送|发运|签收|交接/iu,
  contract: /\b(?:contract|agreement|vertrag|contrat)\b|合同|协议/iu,
  order: /\b(?:order|p\.?\s*o|purchase|bestell\w*|commande)\b|订单|采购|订货/iu,
};

/** Words an order's or a contract's reference stands beside on another document. */
const referenceWord = new RegExp(`${kindWords.order.source}|${kindWords.contract.source}`, 'iu');

/** The kinds of reference each document's own number may be numbered as (a prefix nobody agreed on passes too). */
const ownKinds: Record<NumberedDocument, readonly ReferenceKind[]> = { invoice: ['invoice'], delivery: ['delivery'], contract: ['contract'], order: ['order', 'contract'] };

/** Of the page's height: what stands above this on the first page is its header. */
const headerArea = 0.45;

/**
 * A document number no label gave: a token shaped like one (letters and digits with - / . _, not
 * a date, amount, telephone number or tax id, nor another field's value) beside any word meaning
 * number, or one whose prefix names the document's kind ("INV-…", "SH2025…") anywhere. Weighed
 * by whether the words beside it name this kind of document, another kind, or none, by its prefix
 * and by standing in the header; the topmost of the best. A suggestion: a person confirms it.
 */
export function suggestDocumentNumber(text: DocumentText, kind: NumberedDocument, taken: readonly (string | null)[] = []): Field<string> | null {
  const others = (Object.keys(kindWords) as NumberedDocument[]).filter((other) => other !== kind && !(kind === 'order' && other === 'contract')).map((other) => kindWords[other]);
  const excluded = new Set(taken.map(comparable).filter(Boolean));
  const acceptable = (value: string) => {
    const numbered = kindOfReference(value);
    return !excluded.has(comparable(value)) && !looksLikeAnotherNumber(value) && (numbered === null || ownKinds[kind].includes(numbered));
  };
  const parse = (raw: string) => {
    const value = parseDocumentNumber(raw);
    return value && acceptable(value) ? value : null;
  };
  const candidates = [
    // an order is referred to by its kind's words themselves ("Your order 4711", "PO: 12345", 合同 HT-…): a bare "No." is the document's own
    ...valuesNearWords(text, kind === 'order' ? referenceWord : numberWord, parse, { notWith: [...neverADocumentNumber, ...customersOwn, ...(kind === 'order' ? salesOrder : []), ...others] })
      .map((found) => ({ ...found, named: kindWords[kind].test(found.wordContext) }))
      .filter((found) => kind !== 'order' || found.named),
    ...prefixedTokens(text, kind, acceptable).map((found) => ({ ...found, named: false })),
  ];
  const score = (candidate: (typeof candidates)[number]) => {
    const line = text.lines[candidate.lineIndex];
    const header = line !== undefined && line.page === (text.lines[0]?.page ?? 1) && line.top < headerArea;
    return (kindOfReference(candidate.value) !== null ? 4 : 0) + (candidate.named ? 2 : 0) + (header ? 1 : 0);
  };
  const best = candidates.sort((a, b) => score(b) - score(a) || a.lineIndex - b.lineIndex)[0];
  // a suggestion read by OCR is checked as a labelled reference is, and gets the same proposal for a lost separator
  return best ? checkOcrReference(suggested(best.value, text.lines[best.lineIndex])) : null;
}

/** Tokens anywhere whose letter prefix names the document's kind ("INV-2025-00017", "SH202500417"). */
function prefixedTokens(text: DocumentText, kind: NumberedDocument, acceptable: (value: string) => boolean): { value: string; lineIndex: number }[] {
  return text.lines.flatMap((line, lineIndex) => {
    const printed = normaliseText(line.segments.map((segment) => segment.text).join('  '));
    // the seller's own sales order ("SO-…" beside "Sales order") is not the customer's order
    if (kind === 'order' && salesOrder.some((word) => word.test(printed))) return [];
    return printed
      .split(/[\s:：,，;；()（）]+/u)
      .map((token) => parseDocumentNumber(token))
      .filter((value): value is string => value !== null && ownKinds[kind].includes(kindOfReference(value) as ReferenceKind) && acceptable(value))
      .map((value) => ({ value, lineIndex }));
  });
}

/** A telephone number (0571-88886666, 13812345678, +44 …), a party's tax id or a bank account: numbers, but no document's. */
function looksLikeAnotherNumber(value: string): boolean {
  const plain = value.replace(/[-/._]/g, '');
  if (/^(?:0\d{9,11}|1[3-9]\d{9}|\+\d+)$/.test(plain)) return true;
  if (/^[A-Z]{2}\d{9,12}$/i.test(plain) || looksLikeUscc(plain)) return true;
  // an IBAN: a country, two check digits and a long account number
  return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/i.test(plain) && !kindOfReference(value);
}
