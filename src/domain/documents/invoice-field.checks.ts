import { InvoiceLine } from '../../contracts/documents.contract';
import { failedCheck, Field, round } from './extracted-field';
import { checkUscc, looksLikeUscc } from './unified-social-credit-code';

/**
 * Checks of single invoice fields whose format is known: a value that fails keeps what was read
 * (the manual-entry form is pre-filled with it) but loses its confidence and says why.
 */

/** Confidence of a credit code that one unambiguous look-alike correction made valid. */
const correctedCodeConfidence = 0.9;

/** A unified social credit code is checked and, where exactly one correction makes it valid, corrected; other ids pass as read. */
export function checkTaxIdField(field: Field<string>): Field<string> {
  const checked = checkTaxIdReading(field);
  // a valid code confirms how it was read, not whose it is: a suggested id stays below the manual-entry threshold
  return field.suggested ? { ...checked, confidence: Math.min(checked.confidence, field.confidence) } : checked;
}

function checkTaxIdReading(field: Field<string>): Field<string> {
  if (field.value === null) return field;
  const vat = field.value.replace(/[\s.-]/g, '').toUpperCase();
  // VAT numbers whose length is fixed: GB 9 or 12 digits, DE 9 digits
  if (/^GB\d+$/.test(vat) && !/^GB(?:\d{9}|\d{12})$/.test(vat)) return failedCheck(field, `a GB VAT number has 9 or 12 digits, read "${field.value}"`);
  if (/^DE\d+$/.test(vat) && !/^DE\d{9}$/.test(vat)) return failedCheck(field, `a DE VAT number has 9 digits, read "${field.value}"`);
  // "GB192957859VAT": a VAT number's digits run into a word, the next column's label read with it
  if (/^[A-Z]{2}\d{7,12}[A-Z]{2,}$/.test(vat)) return failedCheck(field, `the VAT number "${field.value}" runs into a word: the next column's text may have been read with it`);
  // a credit code's opening (registration type, region) with letters in its body, yet too short: its end was hidden (a stamp, a fold) or lost
  if (/^[1-9A-HJ-NP-RTUWY][1-9]\d{6}(?=[0-9A-Z]*[A-WYZ])[0-9A-Z]{2,8}$/.test(vat)) return failedCheck(field, `a unified social credit code has 18 characters, read ${vat.length} ("${field.value}"): part of it may be hidden or lost`);
  if (!looksLikeUscc(field.value)) return field;
  const result = checkUscc(field.value);
  if (result.status === 'valid') return { ...field, value: result.code, confidence: Math.max(field.confidence, 0.97) };
  // one look-alike put right is what the check character confirms; with two or more, the candidates multiply (each a chance in 31 of
  // passing), so a code "corrected" in several places is as likely a misread that happens to pass: it goes to manual entry, pre-filled
  if (result.status !== 'corrected') return failedCheck(field, `unified social credit code ${result.read}: ${result.problem}`);
  const changed = result.code.length === result.read.length ? [...result.code].filter((c, i) => c !== result.read[i]).length : 1 + [...result.read].filter((c) => !/[0-9A-HJ-NP-RTUWXY]/.test(c)).length;
  if (changed > 1) return failedCheck({ ...field, value: result.code }, `unified social credit code ${result.read} made valid only by changing ${changed} characters: the check character does not settle so many`);
  return { ...field, value: result.code, confidence: Math.max(Math.min(field.confidence, correctedCodeConfidence), 0.85) };
}

const digitLookAlikes: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', L: '1', '|': '1', S: '5', s: '5', Z: '2', z: '2', B: '8', G: '6', b: '6' };

/** A Chinese VAT invoice number has 8 digits (paper invoices, with a 10- or 12-digit code) or 20 (fully digital invoices, 数电发票). */
export function checkChineseInvoiceNumber(field: Field<string>): Field<string> {
  if (field.value === null) return field;
  const digits = [...field.value.replace(/[\s-]/g, '')].map((c) => digitLookAlikes[c] ?? c).join('');
  // letters like digits put right: no check character confirms the correction, so a person does
  if (/^(?:\d{8}|\d{20})$/.test(digits)) return digits === field.value ? field : failedCheck({ ...field, value: digits }, `read "${field.value}": letters like digits were taken for digits, and nothing confirms them`);
  return failedCheck(field, `a Chinese VAT invoice number has 8 or 20 digits, read "${field.value}"`);
}

/** A fully digital invoice's 20-digit number begins with the two last digits of its year of issue: when they differ, one of the two was misread. */
export function checkDigitalInvoiceYear(number: Field<string>, issueDate: Field<string>): [Field<string>, Field<string>] {
  if (!number.value || !/^\d{20}$/.test(number.value) || !issueDate.value || number.value.slice(0, 2) === issueDate.value.slice(2, 4)) return [number, issueDate];
  const reason = `the fully digital invoice number ${number.value} does not begin with the year of issue ${issueDate.value.slice(0, 4)}`;
  return [failedCheck(number, reason), failedCheck(issueDate, reason)];
}

/** A Chinese VAT invoice code (发票代码) has 10 or 12 digits. */
export function checkChineseInvoiceCode(field: Field<string>): Field<string> {
  if (field.value === null || /^(?:\d{10}|\d{12})$/.test(field.value)) return field;
  return failedCheck(field, `a Chinese VAT invoice code has 10 or 12 digits, read "${field.value}"`);
}

/** A Chinese VAT invoice's check code (校验码) has 20 digits, printed in groups of five. */
export function checkChineseInvoiceCheckCode(field: Field<string>): Field<string> {
  if (field.value === null) return field;
  const digits = field.value.replace(/\s/g, '');
  if (/^\d{20}$/.test(digits)) return { ...field, value: digits };
  return failedCheck(field, `a Chinese VAT invoice check code has 20 digits, read "${field.value}"`);
}

/** The VAT rates Chinese law knows today (general 13 %, 9 %, 6 %; simplified 5 %, 3 %, 1 %; zero-rated). */
export const legalChineseVatRates = [0, 0.01, 0.03, 0.05, 0.06, 0.09, 0.13] as const;

/** Above any standard VAT or GST rate (the highest, Hungary's, is 27 %). */
const highestVatRate = 0.3;

export interface Amounts {
  netAmount: Field<number>;
  taxAmount: Field<number>;
  totalAmount: Field<number>;
}

/**
 * Net + tax = total within a cent; on a Chinese VAT invoice the tax also has to follow a legal
 * rate: each item's printed rate where items carry one, else the whole tax on the net (rounded
 * per item, so a cent per item is tolerated).
 */
export function checkAmounts(amounts: Amounts, options: { chineseVat: boolean; lines: InvoiceLine[] | null }): Amounts {
  const { netAmount, taxAmount, totalAmount } = amounts;
  const [net, tax, total] = [netAmount.value, taxAmount.value, totalAmount.value];
  let result = unconfirmed(amounts);
  if (net !== null && tax !== null && total !== null && Math.abs(net + tax - total) > 0.0105) {
    const reason = `net ${net} + tax ${tax} ≠ total ${total}`;
    result = { netAmount: failedCheck(netAmount, reason), taxAmount: failedCheck(taxAmount, reason), totalAmount: failedCheck(totalAmount, reason) };
  }
  // a tax beyond any VAT rate, or below nothing, means the net or the tax was read from another amount (the tax taken for the net, a
  // computed tax made of a wrong net): which is not known, so all three go to manual entry
  if (net !== null && tax !== null && net > 0 && (tax < 0 || tax > net * highestVatRate)) {
    const reason = `a tax of ${tax} on a net of ${net} is ${Math.round((tax / net) * 100)} %: no VAT rate is that`;
    result = { netAmount: failedCheck(result.netAmount, reason), taxAmount: failedCheck(result.taxAmount, reason), totalAmount: failedCheck(result.totalAmount, reason) };
  }
  if (!options.chineseVat || net === null || tax === null) return result;
  const rates = (options.lines ?? []).map((line) => line.taxRate).filter((rate): rate is number => rate !== null);
  const illegal = rates.filter((rate) => !legalChineseVatRates.some((legal) => Math.abs(legal - normaliseRate(rate)) < 1e-6));
  if (illegal.length) return { ...result, taxAmount: failedCheck(result.taxAmount, `tax rate ${illegal.map((r) => `${Math.round(normaliseRate(r) * 1000) / 10} %`).join(', ')} is not a Chinese VAT rate`) };
  if (rates.length) return result;
  const tolerance = 0.0105 + 0.01 * Math.max(0, (options.lines?.length ?? 1) - 1);
  if (legalChineseVatRates.some((rate) => Math.abs(net * rate - tax) <= tolerance)) return result;
  return { ...result, taxAmount: failedCheck(result.taxAmount, `tax ${tax} on net ${net} follows no Chinese VAT rate (0, 1, 3, 5, 6, 9, 13 %)`) };
}

/**
 * Net + tax = total confirms the three amounts together; with one or two of them not read, the
 * others confirm nothing (a subtotal taken for the total, a rate for the tax), so they go to manual
 * entry beside the missing ones, to be checked when those are entered.
 */
function unconfirmed(amounts: Amounts): Amounts {
  const missingNames = (Object.entries(amounts) as [keyof Amounts, Field<number>][]).filter(([, field]) => field.value === null).map(([name]) => name);
  if (missingNames.length === 0 || missingNames.length === 3) return amounts;
  const reason = `not confirmed by net + tax = total: ${missingNames.join(' and ')} not read`;
  const doubt = (field: Field<number>) => (field.value === null ? field : failedCheck(field, reason));
  return { netAmount: doubt(amounts.netAmount), taxAmount: doubt(amounts.taxAmount), totalAmount: doubt(amounts.totalAmount) };
}

/** Item tax rates are read in per cent (13 for 13 %). */
function normaliseRate(percent: number): number {
  return percent / 100;
}
