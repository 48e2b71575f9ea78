import { InvoiceFields } from '../../contracts/documents.contract';
import { datesOfDocument, daysBetween } from './document-dates.checks';
import { DocumentText, lineText } from './document-text.model';
import { failedCheck, Field, fromFound, originOf } from './extracted-field';
import { detectCurrency } from './currency.detector';
import { extractAmounts } from './invoice-amounts.extractor';
import { chineseVatInvoiceMarker, invoiceLabels } from './invoice-labels.vocabulary';
import { accountNumberLabels, checkNotAnotherReference, checkOcrReference, checkReferenceKind, distinctReferences } from './document-reference.checks';
import { deliveryNoteLabels } from './delivery-note-labels.vocabulary';
import { otherDateLabels } from './date-labels.vocabulary';
import { checkAmounts, checkChineseInvoiceCheckCode, checkDigitalInvoiceYear, checkChineseInvoiceCode, checkChineseInvoiceNumber, checkTaxIdField } from './invoice-field.checks';
import { extractLines } from './invoice-lines.extractor';
import { extractParties } from './invoice-parties.extractor';
import { findLabelled } from './labelled-value.finder';
import { doubtAmount, doubtDate, doubtPartyName, doubtReference, doubtTaxId } from './field-doubts';
import { readLabelledValue } from './repeated-label.checks';
import { normaliseText } from './text.normaliser';
import { parseDocumentNumber } from './value.parsers';
import { DateOrder } from './date.parser';
import { withSuggestions } from './suggested-field';
import { suggestDocumentNumber } from './document-number.suggestion';
import { suggestDate } from './date.suggestion';
import { PartyOrder, suggestPartyName, suggestTaxId } from './party.suggestion';
import { suggestAmounts } from './amount.suggestion';
import { checkSideBySideParties } from './side-by-side-parties.checks';
import { checkNotInOtherPartysColumn, checkNotOnOtherPartysRow } from './other-party-row.checks';
import { checkReadFromAlignedRow } from './header-row-alignment.checks';

/** Labels of the other dates an invoice prints: a generic issue-date label found inside one of them is theirs. */
const issueDateIsNot = [...invoiceLabels.dueDate, ...deliveryNoteLabels.deliveryDate, ...deliveryNoteLabels.signatureDate, ...otherDateLabels];

/** Labels that hold an invoice-number label and name something else: "Invoice total", "Invoice date". */
const invoiceNumberIsNot = [...invoiceLabels.totalAmount, ...invoiceLabels.netAmount, ...invoiceLabels.taxAmount, ...invoiceLabels.issueDate, ...invoiceLabels.dueDate];

const issueDateOptions = { linesBelow: 1, notInside: issueDateIsNot, valuesMayMerge: true };
const invoiceNumberOptions = { linesBelow: 1, notInside: invoiceNumberIsNot, valuesMayMerge: true };

/** How long after its issue an invoice falls due at the latest, for settling a date that reads both ways. */
const latestDueAfterIssueDays = 180;

/** Reads an invoice's fields from its text (text layer or OCR), each with a confidence. */
export function extractInvoiceFromText(text: DocumentText): InvoiceFields {
  const all = normaliseText(text.lines.map((line) => lineText(line)).join('\n'));
  // day/month order as the document writes it (as on delivery notes and contracts); a date that reads both ways in an undecided document goes to manual entry
  const dates = datesOfDocument(all);
  // an invoice falls due on or after its issue, within months: that settles a date that reads both ways beside one that does not
  const [issueDate, dueDate] = dates.checkPair(
    // an issue date whose label (a bare "Date") is printed twice with two dates goes to manual entry
    // …and a bare "Date:" inside another date's label ("Delivery date:", "Order date:") dates something else
    readLabelledValue(text, invoiceLabels.issueDate, dates.parse, issueDateOptions),
    fromFound(text, findLabelled(text, [...invoiceLabels.dueDate], dates.parse, { linesBelow: 2, notInside: otherDateLabels, valuesMayMerge: true })),
    (issued, due) => daysBetween(issued, due) >= 0 && daysBetween(issued, due) <= latestDueAfterIssueDays,
  );
  const parties = extractParties(text);
  const chineseVat = chineseVatInvoiceMarker.test(all);
  // a number whose label is printed twice with two values (its label inside another's, "Invoice total", not counted), that OCR read with a separator lost or changed,
  // or that is read under the order's or the customer account's label too, goes to manual entry
  const invoiceNumber = checkReferenceKind(checkNotAnotherReference(checkOcrReference(readLabelledValue(text, invoiceLabels.invoiceNumber, parseDocumentNumber, invoiceNumberOptions)), text, [...deliveryNoteLabels.orderReference, ...accountNumberLabels]), ['invoice']);
  const lines = extractLines(text);
  const [number, issued] = chineseVat ? checkDigitalInvoiceYear(checkChineseInvoiceNumber(invoiceNumber), issueDate) : [invoiceNumber, issueDate];
  // an invoice falls due after it is issued: otherwise one of the two dates was misread or taken from another label
  const dueBeforeIssue = dueDate.value !== null && issueDate.value !== null && dueDate.value < issueDate.value;
  // an invoice's number is neither party's tax id: one read as the other goes to manual entry
  // (the two tax ids are compared by the party checks, not here)
  const read = { invoiceNumber: number, sellerTaxId: checkTaxIdField(parties.sellerTaxId), buyerTaxId: checkTaxIdField(parties.buyerTaxId) };
  const references = distinctReferences(read, ['invoiceNumber'], ['sellerTaxId', 'buyerTaxId']);
  // party columns side by side confirm each other row by row: a value whose neighbour column holds nothing of its kind goes to manual entry
  // …and a value found only on the row the other party's role opens, or only in the column it heads, is that party's as likely
  const partiesPlaced = checkNotInOtherPartysColumn(text, checkNotOnOtherPartysRow(text, checkSideBySideParties(text, { sellerName: parties.sellerName, sellerTaxId: references.sellerTaxId, buyerName: parties.buyerName, buyerTaxId: references.buyerTaxId })));
  // a row of labels read one column off its values gives each label its neighbour's value: a date label over no date says so
  const allDateLabels = [...invoiceLabels.issueDate, ...issueDateIsNot];
  const aligned = (field: Field<string>, kind: 'date' | 'text') => checkReadFromAlignedRow(field, text, kind, allDateLabels);
  const labelled: InvoiceFields = {
    // another number or date the same labels accept, characters OCR was unsure of, a year far from the document's other dates: manual entry
    invoiceNumber: aligned(doubtReference(references.invoiceNumber, text, invoiceLabels.invoiceNumber, invoiceNumberOptions), 'text'),
    invoiceCode: checkChineseInvoiceCode(fromFound(text, findLabelled(text, [...invoiceLabels.invoiceCode], (raw) => raw.match(/^\d{10,12}\b/)?.[0] ?? null))),
    ...(chineseVat ? { checkCode: checkChineseInvoiceCheckCode(fromFound(text, findLabelled(text, [...invoiceLabels.checkCode], (raw) => raw.match(/^[\d\s]{20,32}/)?.[0]?.trim() ?? null))) } : {}),
    invoiceKind: invoiceKind(text, all),
    issueDate: aligned(doubtDate(dueBeforeIssue ? failedCheck(issued, `the due date ${dueDate.value} is before the issue date ${issueDate.value}`) : issued, text, dates, invoiceLabels.issueDate, issueDateOptions), 'date'),
    dueDate: dueBeforeIssue ? { ...dueDate, confidence: Math.min(dueDate.confidence, 0.5) } : dueDate,
    // a name, id or amount printed only under another thing's label (the carrier, an account, a deposit) is that thing's: manual entry
    sellerName: doubtPartyName(partiesPlaced.sellerName, text, [...invoiceLabels.sellerBlock, ...invoiceLabels.name]),
    sellerTaxId: doubtTaxId(partiesPlaced.sellerTaxId, text, invoiceLabels.taxId),
    buyerName: doubtPartyName(partiesPlaced.buyerName, text, [...invoiceLabels.buyerBlock, ...invoiceLabels.name]),
    buyerTaxId: doubtTaxId(partiesPlaced.buyerTaxId, text, invoiceLabels.taxId),
    ...doubtAmounts(text, checkAmounts(extractAmounts(text), { chineseVat, lines: lines.value })),
    currency: detectCurrency(text),
    lines,
  };
  return withInvoiceSuggestions(text, labelled, dates.order, chineseVat);
}

/** Each amount doubted when printed only under another amount's label: the invoice's other two among them. */
function doubtAmounts<A extends { netAmount: Field<number>; taxAmount: Field<number>; totalAmount: Field<number> }>(text: DocumentText, amounts: A): A {
  const { netAmount: net, taxAmount: tax, totalAmount: total } = invoiceLabels;
  return {
    ...amounts,
    netAmount: doubtAmount(amounts.netAmount, text, net, [...tax, ...total]),
    taxAmount: doubtAmount(amounts.taxAmount, text, [...tax, ...invoiceLabels.taxAmountInline], [...net, ...total]),
    totalAmount: doubtAmount(amounts.totalAmount, text, total, [...net, ...tax]),
  };
}

/**
 * Required fields the labels left empty, suggested from the text by type, form and place, below
 * the manual-entry threshold. A Chinese VAT invoice prints its buyer above its seller; other
 * invoices their seller first, in the letterhead.
 */
function withInvoiceSuggestions(text: DocumentText, fields: InvoiceFields, order: DateOrder, chineseVat: boolean): InvoiceFields {
  const partyOrder: PartyOrder = chineseVat ? ['buyer', 'seller'] : ['seller', 'buyer'];
  let amounts: ReturnType<typeof suggestAmounts> | undefined;
  const amount = (name: 'netAmount' | 'taxAmount' | 'totalAmount') => (f: InvoiceFields) =>
    (amounts ??= suggestAmounts(text, { net: f.netAmount.value, tax: f.taxAmount.value, total: f.totalAmount.value }))?.[name] ?? null;
  return withSuggestions(fields, {
    invoiceNumber: (f) => suggestDocumentNumber(text, 'invoice', [f.sellerTaxId.value, f.buyerTaxId.value]),
    issueDate: () => suggestDate(text, 'issue', order),
    sellerName: (f) => suggestPartyName(text, 'seller', { name: f.buyerName.value }, partyOrder),
    buyerName: (f) => suggestPartyName(text, 'buyer', { name: f.sellerName.value }, partyOrder),
    sellerTaxId: (f) => suggestTaxId(text, f.sellerName.value, { name: f.buyerName.value, taxId: f.buyerTaxId.value }),
    buyerTaxId: (f) => suggestTaxId(text, f.buyerName.value, { name: f.sellerName.value, taxId: f.sellerTaxId.value }),
    netAmount: amount('netAmount'),
    taxAmount: amount('taxAmount'),
    totalAmount: amount('totalAmount'),
  });
}

function invoiceKind(text: DocumentText, all: string): Field<'invoice' | 'credit-note' | 'corrective'> {
  const source = originOf(text);
  if (/\b(?:credit\s*note|gutschrift|avoir|creditnota)\b|红字|销项负数/iu.test(all)) return { value: 'credit-note', confidence: 0.8, source };
  if (/\b(?:rechnungskorrektur|corrective\s*invoice|facture\s*rectificative|correctiefactuur)\b/iu.test(all)) return { value: 'corrective', confidence: 0.8, source };
  if (/\b(?:invoice|rechnung|facture|factuur)\b|发票/iu.test(all)) return { value: 'invoice', confidence: 0.8, source };
  return { value: null, confidence: 0, source };
}
