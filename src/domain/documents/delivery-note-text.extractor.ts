import { DeliveryNoteFields } from '../../contracts/documents.contract';
import { bareDateLabel, deliveryNoteLabels } from './delivery-note-labels.vocabulary';
import { otherDateLabels } from './date-labels.vocabulary';
import { checkDeliveryDates, datesOfDocument, signedInTime } from './document-dates.checks';
import { accountNumberLabels, checkNotAnotherReference, checkOcrReference, checkReferenceKind, distinctReferences, kindOfReference } from './document-reference.checks';
import { DocumentText, lineText } from './document-text.model';
import { failedCheck, Field, fromFound, round } from './extracted-field';
import { findAllLabelled, findLabelled, Found } from './labelled-value.finder';
import { doubtDate, doubtPartyName, doubtReference } from './field-doubts';
import { normalisePartyName } from './party-name.normaliser';
import { oneCandidateOnly, readLabelledValue } from './repeated-label.checks';
import { parseSignerName } from './signer-name.parser';
import { checkSignerIsNotAnotherPerson } from './party-fields.checks';
import { normaliseText } from './text.normaliser';
import { joinWrappedLabels } from './wrapped-labels';
import { parseDocumentNumber, parseName } from './value.parsers';
import { withSuggestions } from './suggested-field';
import { checkReadFromAlignedRow } from './header-row-alignment.checks';
import { checkBilingualLabelAgrees } from './bilingual-label.checks';
import { suggestDocumentNumber } from './document-number.suggestion';
import { suggestDate } from './date.suggestion';
import { suggestPartyName } from './party.suggestion';
import { suggestSigner } from './signer.suggestion';

export { deliveryNoteLabels } from './delivery-note-labels.vocabulary';

/**
 * A handwritten name is what OCR reads least reliably, and a wrong signer confirms a receipt
 * nobody gave: an OCR-read signature keeps 0.9 of its confidence, so only a clear reading passes.
 */
const handwrittenSignatureWeight = 0.9;

/** A date found only by a bare "日期"/"Date" label on the signer's line is a little less sure than one its label names. */
const signersLineDateWeight = 0.9;

/** Reads a delivery note's fields from its text (text layer or OCR), each with a confidence. */
export function extractDeliveryNoteFromText(read: DocumentText): DeliveryNoteFields {
  // a label wrapped over two lines in its cell ("Delivery" / "date") read whole
  const text = joinWrappedLabels(read);
  const all = normaliseText(text.lines.map((line) => lineText(line)).join('\n'));
  // day/month order as the document writes it; a date that reads both ways in an undecided document goes to manual entry
  const dates = datesOfDocument(all);
  const parseDate = dates.parse;
  const find = <T>(labels: RegExp[], parse: (raw: string) => T | null, linesBelow = 1) => findLabelled(text, labels, parse, { linesBelow });
  // a reference whose label is printed twice with two values, or that is read under the customer account's label too, goes to manual entry
  // …and so does one read under a carrier's waybill label: the consignment's number, not the note's
  const reference = (labels: RegExp[], notInside: RegExp[] = []) => checkNotAnotherReference(readLabelledValue(text, labels, parseDocumentNumber, { linesBelow: 1, valuesMayMerge: true, notInside }), text, [...accountNumberLabels, ...deliveryNoteLabels.carrierReferences]);
  const signer = find(deliveryNoteLabels.signedBy, parseSignerName);
  // a date label inside another date's ("预计到货日期" holds 到货日期, "Expected delivery date") dates something else
  const dated = (labels: RegExp[], others: RegExp[]) => findLabelled(text, labels, parseDate, { linesBelow: 1, notInside: [...others, ...otherDateLabels], valuesMayMerge: true });
  const labelledSignatureDate = dated(deliveryNoteLabels.signatureDate, deliveryNoteLabels.deliveryDate);
  const labelledDeliveryDate = dated(deliveryNoteLabels.deliveryDate, deliveryNoteLabels.signatureDate);
  const [deliveryDate, signatureDate] = checkDeliveryDates(
    ...dates.checkPair(
      // a bilingual label whose English half names another date ("出库日期 Outbound Date") may not date the delivery
      checkBilingualLabelAgrees(fromFound(text, labelledDeliveryDate), text, labelledDeliveryDate, deliveryNoteLabels.deliveryDate),
      labelledSignatureDate ? checkBilingualLabelAgrees(fromFound(text, labelledSignatureDate), text, labelledSignatureDate, deliveryNoteLabels.signatureDate) : fromFound(text, dateOnSignersLine(text, signer, parseDate), signersLineDateWeight),
      // a receipt is signed on or after the delivery, within weeks: that settles a date that reads both ways beside one that does not
      signedInTime,
    ),
  );
  const receivers = findAllLabelled(text, deliveryNoteLabels.receiverName, parseName, { linesBelow: 1 });
  // the note's own number and the order's are two: one read as the other goes to manual entry
  const references = checkRowAligned(text, distinctReferences({
    // a number whose prefix names another kind of document (a waybill's "YD…", a project's "XM-…") was read under the wrong label
    deliveryNoteNumber: checkReferenceKind(checkOcrReference(reference(deliveryNoteLabels.deliveryNoteNumber)), ['delivery']),
    orderReference: checkReferenceKind(checkOcrReference(reference(deliveryNoteLabels.orderReference, deliveryNoteLabels.salesOrder)), ['order', 'contract']),
  }, ['deliveryNoteNumber', 'orderReference']));
  const referenceOptions = { linesBelow: 1, valuesMayMerge: true };
  const dateOptions = (others: RegExp[]) => ({ linesBelow: 1, notInside: [...others, ...otherDateLabels], valuesMayMerge: true });
  // a value read from a row under headers whose date header stands over no date: the row was read one column off
  const aligned = (field: Field<string>, kind: 'date' | 'text') => checkReadFromAlignedRow(field, text, kind);
  return withSuggestions<DeliveryNoteFields>({
    // another number or date the same labels accept, characters OCR was unsure of, a year far from the note's other dates: manual entry
    deliveryNoteNumber: aligned(doubtReference(references.deliveryNoteNumber, text, deliveryNoteLabels.deliveryNoteNumber, referenceOptions), 'text'),
    orderReference: aligned(doubtReference(references.orderReference, text, deliveryNoteLabels.orderReference, { ...referenceOptions, notInside: deliveryNoteLabels.salesOrder }), 'text'),
    deliveryDate: aligned(doubtDate(deliveryDate, text, dates, deliveryNoteLabels.deliveryDate, dateOptions(deliveryNoteLabels.signatureDate)), 'date'),
    supplierName: fromFound(text, find(deliveryNoteLabels.supplierName, parseName)),
    // two different companies under the receiver's labels ("Customer" and "Consignee", 购货单位 and 收货单位): which received is a guess
    // …and a receiver printed only under another company's label (the carrier's) is that company
    receiverName: doubtPartyName(oneCandidateOnly(fromFound(text, find(deliveryNoteLabels.receiverName, parseName)), receivers.map((found) => normalisePartyName(found.value)), `the receiver's labels name ${[...new Set(receivers.map((found) => found.value))].join(', ')}: which one received the goods is not certain`), text, deliveryNoteLabels.receiverName),
    // the driver's or the deliverer's name read as the receiver's signature goes to manual entry
    signedBy: aligned(checkSignerIsNotAnotherPerson(checkNotBesideAColumnHeader(checkNotFromMergedRow(handwritten(fromFound(text, signer)), text, signer), text, signer), text, deliveryNoteLabels.otherPersons, parseSignerName), 'text'),
    signatureDate: aligned(doubtDate(signatureDate, text, dates, deliveryNoteLabels.signatureDate, dateOptions(deliveryNoteLabels.deliveryDate)), 'date'),
  }, {
    // required fields the labels left empty, suggested from the text by type, form and place, below the manual-entry threshold
    deliveryNoteNumber: (f) => suggestDocumentNumber(text, 'delivery', [f.orderReference.value]),
    orderReference: (f) => suggestDocumentNumber(text, 'order', [f.deliveryNoteNumber.value]),
    deliveryDate: () => suggestDate(text, 'delivery', dates.order),
    // a delivery note's letterhead is its supplier's: the receiver is named after it
    receiverName: (f) => suggestPartyName(text, 'buyer', { name: f.supplierName.value }, ['seller', 'buyer']),
    signedBy: () => suggestSigner(text, deliveryNoteLabels.otherPersons),
    signatureDate: () => suggestDate(text, 'signature', dates.order),
  });
}

/**
 * "签收人: 李明   日期: 2025-03-17": a date labelled only as a date, on the line the signer signed
 * on, or in the receipt block just under it (a signature, then "Name (print)" and "Date").
 */
const receiptBlockLines = 3;

function dateOnSignersLine(text: DocumentText, signer: Found<string> | null, parseDate: (raw: string) => string | null): Found<string> | null {
  return signer ? findLabelled(text, [bareDateLabel], parseDate, { fromLine: signer.lineIndex, toLine: signer.lineIndex + receiptBlockLines, linesBelow: 0 }) : null;
}

/**
 * A header row over a value row (Docket No. | Despatch date | Customer order | Account) whose
 * customer-account column holds a number its prefix names as another document's ("DN-…", "PO-…")
 * was read one column off, header or values: each reference read on that row is doubtful.
 */
function checkRowAligned<F extends { deliveryNoteNumber: Field<string>; orderReference: Field<string> }>(text: DocumentText, fields: F): F {
  const shifted = findAllLabelled(text, accountNumberLabels, parseDocumentNumber, { linesBelow: 1 }).filter((found) => {
    const kind = kindOfReference(found.value);
    return kind !== null && kind !== 'account';
  });
  if (!shifted.length) return fields;
  const rows = new Set(shifted.flatMap((found) => [found.lineIndex, found.labelLine ?? found.lineIndex]));
  const result = { ...fields };
  for (const name of ['deliveryNoteNumber', 'orderReference'] as const) {
    const field = result[name];
    const value = field.value;
    const onRow = value !== null && [...rows].some((row) => (text.lines[row]?.segments ?? []).some((segment) => normaliseText(segment.text).includes(value)));
    if (onRow) result[name] = failedCheck(field, `"${value}" stands in a row whose account column holds another kind of number: the row was read one column off`) as F[typeof name];
  }
  return result;
}

/**
 * A signer read under its column header from a segment that spans several headers of that row
 * ("送货人 | 签收人 | 签收日期" over one run "赵刚 刘洋 2025年…"): OCR read the row's cells as one, and
 * which of the names stands under the signer's header is not known, so it goes to manual entry.
 */
function checkNotFromMergedRow(field: Field<string>, text: DocumentText, signer: Found<string> | null): Field<string> {
  if (!signer || signer.labelLine === undefined || field.value === null) return field;
  const headers = text.lines[signer.labelLine]?.segments ?? [];
  const name = normaliseText(signer.value);
  const source = text.lines[signer.lineIndex]?.segments.find((segment) => normaliseText(segment.text).includes(name));
  const spanned = source ? headers.filter((header) => header.x < source.right && source.x < header.right).length : 0;
  return spanned >= 2 ? failedCheck(field, `"${field.value}" was read from a row whose cells under ${spanned} headers OCR read as one run`) : field;
}

/**
 * A signer read beside its label where the line below holds another name under that label: the
 * label heads a column (送货人 | 签收人 | 签收日期 over the row of their values), and what stands beside
 * it may be the next column's header, not a name; which name signed is not known, so it goes to manual entry.
 */
function checkNotBesideAColumnHeader(field: Field<string>, text: DocumentText, signer: Found<string> | null): Field<string> {
  if (!signer || signer.labelLine !== undefined || field.value === null) return field;
  const [line, below] = [text.lines[signer.lineIndex], text.lines[signer.lineIndex + 1]];
  if (!line || !below || below.page !== line.page) return field;
  const label = line.segments.find((segment) => deliveryNoteLabels.signedBy.some((pattern) => pattern.test(normaliseText(segment.text))));
  if (!label) return field;
  const under = below.segments
    .filter((segment) => segment.x < label.right && label.x < segment.right && !/[:：]/u.test(segment.text))
    .map((segment) => parseSignerName(normaliseText(segment.text)))
    .find((name) => name !== null && name !== field.value);
  return under ? failedCheck(field, `"${field.value}" stands beside the signer's label and "${under}" under it: the label may head a column, and which name signed is not certain`) : field;
}

function handwritten(signer: Field<string>): Field<string> {
  return signer.source === 'ocr' ? { ...signer, confidence: round(signer.confidence * handwrittenSignatureWeight) } : signer;
}
