import { InvoiceFields } from '../../contracts/documents.contract';
import { prefersMonthFirst } from './date.parser';
import { DocumentText, lineText } from './document-text.model';
import { Field, fromFound, originOf } from './extracted-field';
import { detectCurrency } from './currency.detector';
import { extractAmounts } from './invoice-amounts.extractor';
import { invoiceLabels } from './invoice-labels.vocabulary';
import { extractLines } from './invoice-lines.extractor';
import { extractParties } from './invoice-parties.extractor';
import { findLabelled } from './labelled-value.finder';
import { normaliseText } from './text.normaliser';
import { isValidUnifiedSocialCreditCode } from './tax-id.parser';
import { dateParser, parseDocumentNumber } from './value.parsers';

/** Reads an invoice's fields from its text (text layer or OCR), each with a confidence. */
export function extractInvoiceFromText(text: DocumentText): InvoiceFields {
  const all = normaliseText(text.lines.map((line) => lineText(line)).join('\n'));
  const parseDate = dateParser(prefersMonthFirst(all));
  const issueDate = fromFound(text, findLabelled(text, [...invoiceLabels.issueDate], parseDate, { linesBelow: 1 }));
  const dueDate = fromFound(text, findLabelled(text, [...invoiceLabels.dueDate], parseDate, { linesBelow: 2 }));
  const parties = extractParties(text);
  return {
    invoiceNumber: fromFound(text, findLabelled(text, [...invoiceLabels.invoiceNumber], parseDocumentNumber, { linesBelow: 1 })),
    invoiceCode: fromFound(text, findLabelled(text, [...invoiceLabels.invoiceCode], (raw) => raw.match(/^\d{10,12}\b/)?.[0] ?? null)),
    invoiceKind: invoiceKind(text, all),
    issueDate,
    dueDate: dueDate.value !== null && issueDate.value !== null && dueDate.value < issueDate.value ? { ...dueDate, confidence: Math.min(dueDate.confidence, 0.5) } : dueDate,
    sellerName: parties.sellerName,
    sellerTaxId: checkedTaxId(parties.sellerTaxId),
    buyerName: parties.buyerName,
    buyerTaxId: checkedTaxId(parties.buyerTaxId),
    ...extractAmounts(text),
    currency: detectCurrency(text),
    lines: extractLines(text),
  };
}

function invoiceKind(text: DocumentText, all: string): Field<'invoice' | 'credit-note' | 'corrective'> {
  const source = originOf(text);
  if (/\b(?:credit\s*note|gutschrift|avoir|creditnota)\b|红字|销项负数/iu.test(all)) return { value: 'credit-note', confidence: 0.8, source };
  if (/\b(?:rechnungskorrektur|corrective\s*invoice|facture\s*rectificative|correctiefactuur)\b/iu.test(all)) return { value: 'corrective', confidence: 0.8, source };
  if (/\b(?:invoice|rechnung|facture|factuur)\b|发票/iu.test(all)) return { value: 'invoice', confidence: 0.8, source };
  return { value: null, confidence: 0, source };
}

/** An 18-character Chinese credit code carries a check character: a read that fails it is doubtful. */
function checkedTaxId(field: Field<string>): Field<string> {
  if (field.value === null || field.value.length !== 18 || !/^[0-9]{2}\d{6}/.test(field.value)) return field;
  return isValidUnifiedSocialCreditCode(field.value)
    ? { ...field, confidence: Math.max(field.confidence, 0.97) }
    : { ...field, confidence: Math.min(field.confidence, 0.5) };
}
