import { findAmounts } from './amount.parser';
import { DocumentText, TextLine } from './document-text.model';
import { Field } from './extracted-field';
import { suggested } from './suggested-field';
import { normaliseText } from './text.normaliser';

/** Standard and reduced VAT rates in use (EU, UK, China and elsewhere): a tax amount is one of them of its net. */
const vatRates = [0.27, 0.25, 0.24, 0.23, 0.22, 0.21, 0.2, 0.19, 0.17, 0.16, 0.15, 0.14, 0.13, 0.12, 0.1, 0.09, 0.085, 0.08, 0.07, 0.06, 0.055, 0.05, 0.03, 0.01];
/** A tax rounded line by line differs from the rate times the net by a few cents. */
const roundingTolerance = 0.05;
const sumTolerance = 0.011;

interface PrintedAmount {
  value: number;
  line: TextLine;
}

export interface AmountTriple {
  net: PrintedAmount;
  tax: PrintedAmount;
  total: PrintedAmount;
}

/**
 * Net, tax and total no label gave, from the arithmetic alone: among the money amounts printed,
 * the largest triple with net + tax = total whose tax is a legal VAT rate of its net, agreeing with
 * whichever of the three was read. Each a suggestion: a person confirms it.
 */
export function suggestAmounts(text: DocumentText, read: { net: number | null; tax: number | null; total: number | null }): { netAmount: Field<number>; taxAmount: Field<number>; totalAmount: Field<number> } | null {
  const agrees = (amount: PrintedAmount, value: number | null) => value === null || Math.abs(amount.value - value) < 0.005;
  const triple = amountTriples(text).find((found) => agrees(found.net, read.net) && agrees(found.tax, read.tax) && agrees(found.total, read.total));
  if (!triple) return null;
  return { netAmount: suggested(triple.net.value, triple.net.line), taxAmount: suggested(triple.tax.value, triple.tax.line), totalAmount: suggested(triple.total.value, triple.total.line) };
}

/** Words beside a contract's sum ("Total", "Contract price", 合计, 总价, 金额). */
const sumWords = /\b(?:total|amount|price|sum|value|consideration)\b|合计|总计|总价|金额|价款/iu;

/**
 * A contract's amount no label gave: the total of the largest net + tax = total triple printed; else
 * the largest money amount beside words of a sum; else the largest money amount. A suggestion.
 */
export function suggestContractAmount(text: DocumentText): Field<number> | null {
  const triple = amountTriples(text)[0];
  if (triple) return suggested(triple.total.value, triple.total.line);
  const amounts = printedAmounts(text).sort((a, b) => b.value - a.value);
  const best = amounts.find((amount) => sumWords.test(normaliseText(amount.line.segments.map((s) => s.text).join('  ')))) ?? amounts[0];
  return best ? suggested(best.value, best.line, 0.9) : null;
}

/** Every consistent triple printed, the largest total first. */
export function amountTriples(text: DocumentText): AmountTriple[] {
  const amounts = printedAmounts(text);
  const byValue = new Map(amounts.map((amount) => [Math.round(amount.value * 100), amount]));
  const triples: AmountTriple[] = [];
  for (const net of byValue.values()) {
    for (const tax of byValue.values()) {
      if (tax.value >= net.value || !vatRates.some((rate) => Math.abs(tax.value - net.value * rate) <= roundingTolerance)) continue;
      const total = [...byValue.values()].find((candidate) => Math.abs(candidate.value - net.value - tax.value) <= sumTolerance);
      if (total) triples.push({ net, tax, total });
    }
  }
  return triples.sort((a, b) => b.total.value - a.total.value);
}

/** The money amounts printed (with cents, above zero), each with its line. */
function printedAmounts(text: DocumentText): PrintedAmount[] {
  return text.lines.flatMap((line) => line.segments.flatMap((segment) => findAmounts(normaliseText(segment.text)).filter((amount) => amount.decimals === 2 && amount.value > 0).map((amount) => ({ value: amount.value, line }))));
}
