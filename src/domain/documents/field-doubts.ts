import { bareDateWords, bareReferenceWords, checkCompetingLabels, splitLabels } from './competing-labels.checks';
import { checkNearOtherDates, datesPrinted } from './dates-apart.checks';
import type { DocumentDates } from './document-dates.checks';
import type { DocumentText } from './document-text.model';
import type { Field } from './extracted-field';
import type { FindOptions } from './labelled-value.finder';
import { parseDocumentNumber } from './value.parsers';
import { checkReadSurely, dateReading, referenceReading } from './weak-reading.checks';

/**
 * The doubts every document's date field is put to, whatever its layout: another date its labels
 * would accept (competing-labels.checks), characters OCR was unsure of (weak-reading.checks), a year
 * far from every other date printed (dates-apart.checks). `labels` and `options` are those the date
 * was looked for with.
 */
export function doubtDate(field: Field<string>, text: DocumentText, dates: DocumentDates, labels: readonly RegExp[], options: FindOptions = {}): Field<string> {
  const competing = checkCompetingLabels(field, text, splitLabels(labels, bareDateWords), dates.parse, options);
  const weak = checkReadSurely(competing, text, dateReading(dates.order === 'month-first'), 'date');
  return checkNearOtherDates(weak, datesPrinted(text, dates.order === 'month-first'));
}

/** The doubts a document's reference is put to: another reference its labels would accept, characters OCR was unsure of. */
export function doubtReference(field: Field<string>, text: DocumentText, labels: readonly RegExp[], options: FindOptions = {}): Field<string> {
  const competing = checkCompetingLabels(field, text, splitLabels(labels, bareReferenceWords), parseDocumentNumber, options);
  return competing.value === null ? competing : checkReadSurely(competing, text, referenceReading(competing.value), 'reference');
}
