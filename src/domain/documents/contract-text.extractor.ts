import { ContractFields } from '../../contracts/documents.contract';
import { findAmounts } from './amount.parser';
import { detectCurrency } from './currency.detector';
import { findDates, prefersMonthFirst } from './date.parser';
import { DocumentText, lineText } from './document-text.model';
import { fromFound } from './extracted-field';
import { findLabelled } from './labelled-value.finder';
import { normaliseText } from './text.normaliser';
import { dateParser, parseDocumentNumber, parseLastAmount, parseName, parseTaxIdValue } from './value.parsers';

/** Labels of sales-contract fields (EN/DE/FR/ZH), most specific first. */
export const contractLabels = {
  contractNumber: [/\bcontract\s*(?:no\.?|number|#)/i, /\bvertrags\s*-?\s*(?:nr\.?|nummer)/i, /\bcontrat\s*n°/i, /合同编号|合同号/u],
  sellerName: [/^(?:seller|supplier|vendor|verkäufer|lieferant|vendeur|fournisseur)\b/i, /^(?:卖方|供方|出卖人)/u],
  buyerName: [/^(?:buyer|purchaser|customer|käufer|kunde|acheteur|client)\b/i, /^(?:买方|需方|买受人)/u],
  taxId: [/\b(?:vat|tax)\s*(?:id|no\.?|number)\b/i, /\bust\.?\s*-?\s*id/i, /纳税人识别号|统一社会信用代码/u],
  amount: [/\b(?:total\s*)?contract\s*(?:value|amount|price|sum)\b/i, /\btotal\s*(?:value|amount|price)\b/i, /\bvertrags(?:wert|summe)\b/i, /\bmontant\s*(?:total\s*)?du\s*contrat\b/i, /合同(?:总)?金额|合同总价/u],
  paymentTerm: [/\bpayment\s*(?:term|terms|due)\b/i, /\bzahlungs(?:ziel|bedingungen)\b/i, /\bdélai\s*de\s*paiement\b/i, /付款期限|账期|信用期/u],
  signingDate: [/\b(?:date\s*of\s*signing|signed\s*on|signing\s*date)\b/i, /\bunterzeichnet\s*am\b/i, /\bsigné\s*le\b/i, /签订日期|签约日期/u],
  startDate: [/\b(?:effective|valid|start)\s*(?:from|date)\b/i, /\b(?:gültig|wirksam)\s*ab\b/i, /\bcommencement\b/i, /生效日期|起始日期/u],
  endDate: [/\b(?:valid\s*until|expir(?:y|es|ation)\s*(?:date|on)?|end\s*date)\b/i, /\b(?:gültig\s*bis|endet\s*am)\b/i, /到期日期|终止日期/u],
  term: [/\b(?:term|laufzeit|durée)\b/i, /有效期/u],
};

/** Reads a sales contract's fields from its text, each with a confidence. */
export function extractContractFromText(text: DocumentText): ContractFields {
  const all = normaliseText(text.lines.map((line) => lineText(line)).join('\n'));
  const parseDate = dateParser(prefersMonthFirst(all));
  const labelled = <T>(labels: RegExp[], parse: (raw: string) => T | null, options = {}) => findLabelled(text, labels, parse, { linesBelow: 1, ...options });
  const seller = labelled(contractLabels.sellerName, parseName, { linesBelow: 0 });
  const buyer = labelled(contractLabels.buyerName, parseName, { linesBelow: 0 });
  const taxIdNear = (lineIndex: number | undefined) =>
    lineIndex === undefined ? null : findLabelled(text, contractLabels.taxId, parseTaxIdValue, { fromLine: lineIndex, toLine: lineIndex + 4, linesBelow: 0 });
  const period = labelled(contractLabels.term, (raw) => {
    const dates = findDates(raw, prefersMonthFirst(all));
    return dates[0] && dates[1] ? ([dates[0].iso, dates[1].iso] as const) : null;
  }, { linesBelow: 0 });
  const start = labelled(contractLabels.startDate, parseDate);
  const end = labelled(contractLabels.endDate, parseDate);
  return {
    contractNumber: fromFound(text, labelled(contractLabels.contractNumber, parseDocumentNumber)),
    sellerName: fromFound(text, seller),
    sellerTaxId: fromFound(text, taxIdNear(seller?.lineIndex)),
    buyerName: fromFound(text, buyer),
    buyerTaxId: fromFound(text, taxIdNear(buyer?.lineIndex)),
    amount: fromFound(text, labelled(contractLabels.amount, parseLastAmount, { restOfLine: true })),
    currency: detectCurrency(text),
    paymentTermDays: fromFound(text, labelled(contractLabels.paymentTerm, parseDays, { linesBelow: 0 })),
    signingDate: fromFound(text, labelled(contractLabels.signingDate, parseDate)),
    startDate: fromFound(text, start ?? (period ? { ...period, value: period.value[0] } : null)),
    endDate: fromFound(text, end ?? (period ? { ...period, value: period.value[1] } : null)),
  };
}

/** "30 days", "net 30", "30 Tage", "30 jours", "30天", "30日". */
function parseDays(raw: string): number | null {
  const match = raw.match(/(\d{1,3})\s*(?:days?|tage?n?|jours?|dagen|天|日)/iu) ?? raw.match(/\bnet(?:to)?\s*(\d{1,3})\b/i);
  if (match?.[1]) return Number(match[1]);
  const amounts = findAmounts(raw);
  return amounts.length === 1 && amounts[0] && Number.isInteger(amounts[0].value) && /\b(?:days?|tage|jours)\b/i.test(raw) ? amounts[0].value : null;
}
