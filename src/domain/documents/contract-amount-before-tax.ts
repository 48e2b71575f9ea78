import { findAmounts } from './amount.parser';
import { DocumentText, lineText } from './document-text.model';
import { findAllLabelled, Found } from './labelled-value.finder';
import { normaliseText } from './text.normaliser';
import { parseLastAmount } from './value.parsers';

/**
 * A contract's amount is what the buyer owes in all, VAT included: that is the credit exposure. A
 * contract that prices its goods before tax ("Purchase price (excl. VAT)", 合同价款（不含税）) and
 * states the VAT and the total beside it has its amount under the total's label, not under the
 * price's; one that states no total does not write its whole amount at all.
 */
const beforeTax = [
  /\b(?:exclusive\s+of|excluding|excl\.?|exc\.?|ex\.?|plus|net\s+of|before|not\s+including|without)\s*(?:vat|tax|sales\s*tax|gst)\b/i,
  /\bnet\s*(?:amount|price|value|total|sum)\b|^\s*net\s*[:：]/i,
  /\bpre-?tax\b/i,
  /不含税|未含税|不含增值税|税前|未税|除税/u,
];
/** Labels of the total with tax: a line before tax is never one, whatever else it says. */
const withTax = [
  /\b(?:total|gross|amount\s*payable|total\s*payable|in\s*all)\b/i,
  /\b(?:inclusive\s+of|including|incl\.?|inc\.?)\s*(?:vat|tax|sales\s*tax|gst)\b/i,
  /价税合计|(?<![不未])含税|合计|总计|总价/u,
];
const taxLabels = [/\b(?:vat|tax|gst)\b/i, /增值税|税额|税金/u];

const written = (text: DocumentText, index: number | undefined) => (index === undefined ? '' : normaliseText(lineText(text.lines[index]!)));
const statesBeforeTax = (words: string) => beforeTax.some((marker) => marker.test(words));
const sameAmount = (a: number, b: number) => Math.abs(a - b) < 0.005;

/**
 * The words round the amount on its line, as far as the amounts beside it: a row of cells
 * ("不含税金额 ¥100 | 税额 ¥13 | 价税合计 ¥113") says "before tax" of its first amount only. The whole
 * label line besides, when the label stands above the amount.
 */
function wordsOf(text: DocumentText, found: Found<number>): string {
  const line = written(text, found.lineIndex);
  const amounts = findAmounts(line);
  const at = amounts.map((amount, i) => ({ amount, i })).filter(({ amount }) => sameAmount(amount.value, found.value)).at(-1);
  // a label line above that names the total with tax as well is a header row of both ("Price excl. VAT | VAT | Total"): it says nothing of one column
  const above = found.labelLine !== undefined && found.labelLine !== found.lineIndex ? written(text, found.labelLine) : '';
  const label = withTax.some((marker) => marker.test(above)) ? '' : above;
  if (!at) return `${label} ${line}`;
  const before = amounts[at.i - 1];
  const after = amounts[at.i + 1];
  const start = Math.max(before ? before.end : 0, at.amount.index - 40);
  const end = Math.min(after ? after.index : line.length, at.amount.end + 30);
  return `${label} ${line.slice(start, end)}`;
}

export interface AmountWithTax {
  found: Found<number> | null;
  /** why the amount goes to a person, when it does */
  doubt?: string;
}

/**
 * The labelled amount as it is when its line does not say it is before tax; else the total with tax
 * printed elsewhere (larger than it), which the net plus a printed VAT amount confirms, or, unconfirmed,
 * takes to a person; with no such total the net price itself goes to a person.
 */
export function amountWithTax(text: DocumentText, found: Found<number> | null): AmountWithTax {
  if (!found || !statesBeforeTax(wordsOf(text, found))) return { found };
  const net = found.value;
  const notBeforeTax = (candidate: Found<number>) => !statesBeforeTax(wordsOf(text, candidate));
  const totals = findAllLabelled(text, withTax, parseLastAmount, { linesBelow: 1, restOfLine: true }).filter((total) => total.value > net + 0.005 && notBeforeTax(total));
  const distinct = [...new Set(totals.map((total) => total.value))];
  const total = totals[0];
  if (!total || distinct.length > 1) {
    const others = distinct.length > 1 ? ` (totals ${distinct.join(', ')} are printed)` : '';
    return { found, doubt: `the amount ${net} is stated before VAT: the contract's whole amount is not certain${others}` };
  }
  const taxes = findAllLabelled(text, taxLabels, parseLastAmount, { linesBelow: 1, restOfLine: true });
  if (taxes.some((tax) => sameAmount(net + tax.value, total.value))) return { found: total };
  return { found: total, doubt: `the amount ${net} is stated before VAT; the total ${total.value} is taken, but no VAT amount printed makes up the difference` };
}
