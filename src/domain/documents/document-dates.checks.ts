import { dateOrderOf, findDates, type DateOrder } from './date.parser';
import { failedCheck, type Field } from './extracted-field';

/**
 * Whether a document's dates fit together: goods are signed for on or after the day they are
 * delivered, and within weeks of it; a contract ends after it starts and is signed before it ends.
 * Dates that do not fit were misread (a digit) or taken from another label's line: both keep what
 * was read and go to manual entry with the reason.
 */
export const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** How long after delivery a receipt is still signed for; later, the date is more likely misread. */
export const latestSignatureAfterDeliveryDays = 60;

/** A receipt signed on or after the delivery and within `latestSignatureAfterDeliveryDays` of it: what checkDeliveryDates accepts. */
export const signedInTime = (delivered: string, signed: string) => {
  const days = daysBetween(delivered, signed);
  return days >= 0 && days <= latestSignatureAfterDeliveryDays;
};

export function checkDeliveryDates(deliveryDate: Field<string>, signatureDate: Field<string>): [Field<string>, Field<string>] {
  if (!deliveryDate.value || !signatureDate.value) return [deliveryDate, signatureDate];
  const days = daysBetween(deliveryDate.value, signatureDate.value);
  if (days < 0) {
    const reason = `signed for on ${signatureDate.value}, before the delivery on ${deliveryDate.value}`;
    return [failedCheck(deliveryDate, reason), failedCheck(signatureDate, reason)];
  }
  if (days > latestSignatureAfterDeliveryDays) return [deliveryDate, failedCheck(signatureDate, `signed for ${days} days after the delivery on ${deliveryDate.value}`)];
  return [deliveryDate, signatureDate];
}

export function checkContractDates(dates: { signingDate: Field<string>; startDate: Field<string>; endDate: Field<string> }): typeof dates {
  let { signingDate, startDate, endDate } = dates;
  if (startDate.value && endDate.value && endDate.value < startDate.value) {
    const reason = `the contract ends on ${endDate.value}, before it starts on ${startDate.value}`;
    [startDate, endDate] = [failedCheck(startDate, reason), failedCheck(endDate, reason)];
  }
  if (signingDate.value && endDate.value && signingDate.value > endDate.value) signingDate = failedCheck(signingDate, `signed on ${signingDate.value}, after the contract ends on ${endDate.value}`);
  return { signingDate, startDate, endDate };
}

/**
 * Dates read in the order the document writes them (see dateOrderOf). Where the document does not
 * tell, a numeric date that reads both ways (03/04/2025) is still read, day first, for the
 * manual-entry form, and `check` sends it there with the reason; a date that reads one way only
 * (16/01/2025, 12 March 2025, 2025-03-04) passes. A year-first date whose separators OCR lost,
 * in part or wholly ("202509-27", "202512.17", "20251123"), is read for the form as well and sent
 * there: the digits may be right, but nothing shows where the month ends.
 */
const separatorsLost = /^\D{0,2}((?:19|20)\d{2})(?:[-/.]?(\d{2})[-/.](\d{2})|(\d{2})(\d{2}))(?!\d)/u;

/** The other reading of a date that reads both ways: 2025-04-03 ↔ 2025-03-04. */
const otherReading = (iso: string) => `${iso.slice(0, 4)}-${iso.slice(8, 10)}-${iso.slice(5, 7)}`;

export interface DocumentDates {
  order: DateOrder;
  parse: (raw: string) => string | null;
  check: (field: Field<string>) => Field<string>;
  /**
   * Two dates that belong together (delivered, then signed for; issued, then due), checked: where
   * one reads both ways and the other does not, the reading that fits the other (`fits(first,
   * second)`) is taken when only one of the two readings fits; otherwise each is checked alone.
   */
  checkPair: (first: Field<string>, second: Field<string>, fits: (first: string, second: string) => boolean) => [Field<string>, Field<string>];
}

export function datesOfDocument(all: string): DocumentDates {
  const order = dateOrderOf(all);
  const readBothWays = new Set<string>();
  const repaired = new Set<string>();
  const parse = (raw: string): string | null => {
    const date = findDates(raw, order === 'month-first')[0];
    if (date?.ambiguous && order === 'undecided') readBothWays.add(date.iso);
    if (date) return date.iso;
    const lost = raw.trim().match(separatorsLost);
    const iso = lost ? findDates(`${lost[1]}-${lost[2] ?? lost[4]}-${lost[3] ?? lost[5]}`)[0]?.iso : undefined;
    if (iso) repaired.add(iso);
    return iso ?? null;
  };
  const check = (field: Field<string>): Field<string> => {
    if (field.value && readBothWays.has(field.value)) return failedCheck(field, `the date ${field.value} reads day first or month first, and the document does not say which`);
    if (field.value && repaired.has(field.value)) return failedCheck(field, `the date ${field.value} was read without some of its separators`);
    return field;
  };
  const settled = (field: Field<string>, fitting: (reading: string) => boolean): Field<string> | null => {
    if (!field.value || !readBothWays.has(field.value)) return null;
    const readings = [field.value, otherReading(field.value)].filter(fitting);
    return readings.length === 1 ? { ...field, value: readings[0] as string } : null;
  };
  const checkPair = (first: Field<string>, second: Field<string>, fits: (a: string, b: string) => boolean): [Field<string>, Field<string>] => {
    const sure = (field: Field<string>) => field.value !== null && !readBothWays.has(field.value) && !repaired.has(field.value);
    const firstSettled = sure(second) ? settled(first, (reading) => fits(reading, second.value as string)) : null;
    const secondSettled = sure(first) ? settled(second, (reading) => fits(first.value as string, reading)) : null;
    return [firstSettled ?? check(first), secondSettled ?? check(second)];
  };
  return { order, parse, check, checkPair };
}
