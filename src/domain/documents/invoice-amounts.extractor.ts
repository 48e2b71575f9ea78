import { DocumentText } from './document-text.model';
import { Field, fromFound, round } from './extracted-field';
import { findAllLabelled, Found } from './labelled-value.finder';
import { invoiceLabels } from './invoice-labels.vocabulary';
import { findAmounts } from './amount.parser';
import { parseLastAmount } from './value.parsers';
import { normaliseText } from './text.normaliser';

export interface InvoiceAmounts {
  netAmount: Field<number>;
  taxAmount: Field<number>;
  totalAmount: Field<number>;
}

/**
 * Net, tax and total. The summary stands after section subtotals, so the last labelled value
 * counts. When net + tax = total the three confirm each other; a missing one is computed from
 * the other two (source "inferred") and, unconfirmed, goes to manual entry.
 */
export function extractAmounts(text: DocumentText): InvoiceAmounts {
  // a row holding two labelled amounts ("金额合计 ¥100 | 税额合计 | ¥13") gives each label the amount before the next label
  const total = lastOfBestLabel(text, invoiceLabels.totalAmount, 1, [...invoiceLabels.netAmount, ...invoiceLabels.taxAmount]);
  const net = lastOfBestLabel(text, invoiceLabels.netAmount, 1, [...invoiceLabels.taxAmount, ...invoiceLabels.totalAmount]);
  const tax = lastOfBestLabel(text, invoiceLabels.taxAmount, 1, [...invoiceLabels.totalAmount, ...invoiceLabels.netAmount]) ?? lastOfBestLabel(text, invoiceLabels.taxAmountInline, 0);
  const chineseTotals = chineseTotalsRow(text);
  const amounts: InvoiceAmounts = {
    totalAmount: total ? fromFound(text, total) : (chineseTotals?.total ?? fromFound(text, total)),
    netAmount: chineseTotals?.net ?? fromFound(text, net),
    taxAmount: chineseTotals?.tax ?? fromFound(text, tax),
  };
  return reconcile(withTheAmountThatFits(text, amounts));
}

/**
 * An invoice prints amounts besides its three (a deposit, a balance due, a subtotal of a section, a
 * tax line per rate): when net + tax ≠ total, and one of the three read otherwise, under any of its
 * labels, would make the sum fit (the "Invoice total" under a "Balance due" read first), that one is
 * taken, provided only one such value exists: the sum, read from other lines, settles which was meant.
 */
function withTheAmountThatFits(text: DocumentText, amounts: InvoiceAmounts): InvoiceAmounts {
  const [net, tax, total] = [amounts.netAmount.value, amounts.taxAmount.value, amounts.totalAmount.value];
  if (net === null || tax === null || total === null || Math.abs(net + tax - total) <= tolerance) return amounts;
  const candidates = (labels: readonly RegExp[], wanted: number) => {
    const fitting = findAllLabelled(text, [...labels], parseLastAmount, { linesBelow: 1, restOfLine: true }).filter((found) => Math.abs(found.value - wanted) <= tolerance);
    return new Set(fitting.map((found) => found.value)).size === 1 ? fitting[0] ?? null : null;
  };
  const options = [
    ['totalAmount', candidates(invoiceLabels.totalAmount, net + tax)],
    ['netAmount', candidates(invoiceLabels.netAmount, total - tax)],
    ['taxAmount', candidates(invoiceLabels.taxAmount, total - net)],
  ] as const;
  const fits = options.filter(([, found]) => found !== null);
  const [name, found] = fits.length === 1 ? (fits[0] as (typeof options)[number]) : [null, null];
  return name && found ? { ...amounts, [name]: fromFound(text, found) } : amounts;
}

function lastOfBestLabel(text: DocumentText, labels: readonly RegExp[], linesBelow = 1, stopAt: readonly RegExp[] = []): Found<number> | null {
  for (const label of labels) {
    const all = findAllLabelled(text, [label], parseLastAmount, { linesBelow, restOfLine: true, stopAt }).filter((found) => !underItemsHeader(text, found));
    const last = all[all.length - 1];
    if (last) return last;
  }
  return null;
}

/** Column headers of a goods table: a row holding one of them heads the items, not the totals. */
const itemsHeader = /^(?:description|item|article|product|qty|quantity|unit\s*(?:price|cost)|货物|品名|商品|项目名称|数量|单价|规格)/iu;

/** An amount under a label of the goods table's header row ("Line total", 金额): the first item's, not a total. */
function underItemsHeader(text: DocumentText, found: Found<number>): boolean {
  const header = found.labelLine === undefined ? undefined : text.lines[found.labelLine];
  return header !== undefined && header.segments.length >= 3 && header.segments.some((segment) => itemsHeader.test(normaliseText(segment.text)));
}

/**
 * Chinese VAT invoices print net and tax in one "合计" row: ¥17.70  ¥2.10. An ERP's sales invoice
 * (金蝶, 用友) adds the line totals' sum (价税合计) as a third column: taken as the total only when
 * the first two add up to it, the columns' order confirmed by the sum.
 */
function chineseTotalsRow(text: DocumentText): { net: Field<number>; tax: Field<number>; total?: Field<number> } | null {
  const index = text.lines.findIndex((line) => /^合\s*计/u.test(line.segments.map((s) => s.text).join(' ').replace(/\s+/g, '')));
  const line = text.lines[index];
  if (!line) return null;
  const amounts = findAmounts(line.segments.map((s) => s.text).join('  ').replace(/^[^\d¥-]*/u, ''));
  if (amounts.length < 1) return null;
  const field = (value: number | undefined): Field<number> =>
    value === undefined ? { value: null, confidence: 0, source: line.origin } : { value, confidence: round(0.9 * line.confidence), source: line.origin };
  const [net, tax, third] = amounts.map((amount) => amount.value);
  const total = amounts.length === 3 && net !== undefined && tax !== undefined && third !== undefined && Math.abs(net + tax - third) <= tolerance ? field(third) : undefined;
  return { net: field(net), tax: field(tax), ...(total ? { total } : {}) };
}

const tolerance = 0.011;

/** At most this for an amount computed from the other two: below the manual-entry threshold, a person confirms it. */
export const inferredConfidence = 0.75;

function reconcile({ netAmount, taxAmount, totalAmount }: InvoiceAmounts): InvoiceAmounts {
  const [net, tax, total] = [netAmount.value, taxAmount.value, totalAmount.value];
  if (net !== null && tax !== null && total !== null) {
    if (Math.abs(net + tax - total) <= tolerance) {
      const confirmed = <T>(field: Field<T>): Field<T> => ({ ...field, confidence: Math.max(field.confidence, 0.97) });
      return { netAmount: confirmed(netAmount), taxAmount: confirmed(taxAmount), totalAmount: confirmed(totalAmount) };
    }
    const doubtful = <T>(field: Field<T>): Field<T> => ({ ...field, confidence: round(Math.min(field.confidence, 0.6)) });
    if (tax === 0 && net === total) return { netAmount, taxAmount, totalAmount };
    return { netAmount: doubtful(netAmount), taxAmount: doubtful(taxAmount), totalAmount: doubtful(totalAmount) };
  }
  // a computed amount fits its two sources by construction, so nothing confirms it: were one of them
  // read from the wrong label ("Net total" taken for the total), the computed one is wrong as well
  const inferred = (value: number, from: Field<number>[]): Field<number> => ({
    value: Math.round(value * 100) / 100,
    confidence: round(Math.min(inferredConfidence, Math.min(...from.map((f) => f.confidence)) * 0.85)),
    source: 'inferred',
  });
  if (net === null && tax !== null && total !== null) return { netAmount: inferred(total - tax, [taxAmount, totalAmount]), taxAmount, totalAmount };
  if (tax === null && net !== null && total !== null && net <= total) return { netAmount, taxAmount: inferred(total - net, [netAmount, totalAmount]), totalAmount };
  if (total === null && net !== null && tax !== null) return { netAmount, taxAmount, totalAmount: inferred(net + tax, [netAmount, taxAmount]) };
  return { netAmount, taxAmount, totalAmount };
}
