import { bareDateWords, bareReferenceWords, checkCompetingLabels, splitLabels } from './competing-labels.checks';
import { checkNearOtherDates, datesPrinted } from './dates-apart.checks';
import type { DocumentDates } from './document-dates.checks';
import { comparable } from './document-reference.checks';
import type { DocumentText } from './document-text.model';
import type { Field } from './extracted-field';
import type { FindOptions } from './labelled-value.finder';
import { withLegalFormRead } from './misread-legal-form.repair';
import { checkLabelledAsItself } from './other-label.checks';
import { checkNameRunsOn } from './party-name-run-on.checks';
import { otherMeaningLabels } from './other-meaning-labels.vocabulary';
import { normalisePartyName } from './party-name.normaliser';
import { normaliseTaxId } from './tax-id.parser';
import { parseDocumentNumber, parseLastAmount, parseName, parseTaxIdValue } from './value.parsers';
import { checkReadSurely, dateReading, referenceReading } from './weak-reading.checks';

/**
 * The doubts every document's date field is put to, whatever its layout: another date its labels
 * would accept (competing-labels.checks), characters OCR was unsure of (weak-reading.checks), a year
 * far from every other date printed (dates-apart.checks), a date printed only under another date's
 * label (other-label.checks). `labels` and `options` are those the date was looked for with.
 */
export function doubtDate(field: Field<string>, text: DocumentText, dates: DocumentDates, labels: readonly RegExp[], options: FindOptions = {}): Field<string> {
  const competing = checkCompetingLabels(field, text, splitLabels(labels, bareDateWords), dates.parse, options);
  const weak = checkReadSurely(competing, text, dateReading(dates.order === 'month-first'), 'date');
  // a bare "Date" names no other date: it counts for the field, unless it is part of another date's label
  const own = [...labels, bareDate];
  return checkNearOtherDates(checkLabelledAsItself(weak, text, { own, otherMeaning: [...otherMeaningLabels.date, ...(options.notInside ?? [])] }, dates.parse, (value) => value, options), datesPrinted(text, dates.order === 'month-first'));
}

const bareDate = /日期|\bdate\b/iu;

/** The doubts a document's reference is put to: another reference its labels would accept, characters OCR was unsure of, a number printed only under another reference's label. */
export function doubtReference(field: Field<string>, text: DocumentText, labels: readonly RegExp[], options: FindOptions = {}): Field<string> {
  const competing = checkCompetingLabels(field, text, splitLabels(labels, bareReferenceWords), parseDocumentNumber, options);
  const asItself = checkLabelledAsItself(competing, text, { own: labels, otherMeaning: [...otherMeaningLabels.reference, ...(options.notInside ?? [])] }, parseDocumentNumber, comparable, options);
  return asItself.value === null ? asItself : checkReadSurely(asItself, text, referenceReading(asItself.value), 'reference');
}

/**
 * A party's name printed only under the label of another company of the document (the carrier, a
 * guarantor, a bank), or holding another party's label (checkNameRunsOn): manual entry. An OCR'd name
 * ending in "Ltd" misread ("Lid") gets its legal form back.
 */
export function doubtPartyName(field: Field<string>, text: DocumentText, labels: readonly RegExp[]): Field<string> {
  const checked = checkNameRunsOn(checkLabelledAsItself(field, text, { own: labels, otherMeaning: otherMeaningLabels.company }, parseName, normalisePartyName, { linesBelow: 1 }));
  // after the check, which compares the name as it was read with the other labels' values
  return checked.value !== null && checked.source === 'ocr' ? { ...checked, value: withLegalFormRead(checked.value) } : checked;
}

/** A tax id printed only under the label of another number (an account, a customer's or a record's number): manual entry. */
export function doubtTaxId(field: Field<string>, text: DocumentText, labels: readonly RegExp[]): Field<string> {
  return checkLabelledAsItself(field, text, { own: labels, otherMeaning: otherMeaningLabels.reference }, parseTaxIdValue, normaliseTaxId, { linesBelow: 1 });
}

/** An amount printed only under the label of another amount (a deposit, freight, or another of the document's amounts): manual entry. */
export function doubtAmount(field: Field<number>, text: DocumentText, labels: readonly RegExp[], otherAmounts: readonly RegExp[] = []): Field<number> {
  return checkLabelledAsItself(field, text, { own: labels, otherMeaning: [...otherMeaningLabels.amount, ...otherAmounts] }, parseLastAmount, (value) => value.toFixed(2), { linesBelow: 1, restOfLine: true });
}
