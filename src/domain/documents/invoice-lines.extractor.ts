import { InvoiceLine } from '../../contracts/documents.contract';
import { findAmounts } from './amount.parser';
import { DocumentText, TextSegment } from './document-text.model';
import { Field, originOf, round } from './extracted-field';
import { normaliseText } from './text.normaliser';

const columnKinds: Record<string, RegExp> = {
  description: /\b(?:description|beschreibung|bezeichnung|omschrijving|désignation|designation|article|artikel|item|produkt|leistung)\b|货物|项目名称|服务名称/iu,
  quantity: /\b(?:qty|quantity|menge|anzahl|hoeveelheid|nombre|quantité)\b|数量/iu,
  price: /\b(?:unit\s*price|price|preis|nettopreis|prijs|p\.u\.|prix)\b|单价/iu,
  amount: /\b(?:amount|betrag|nettobetrag|zeilenbetrag|bedrag|montant)\b|金额/iu,
  tax: /\b(?:tax|taxes|mwst|btw|tva|steuersatz|vat)\b|税率/iu,
};
const tableEnd = /^(?:total|totaal|summe|gesamt|belegsummen|rechnungssumme|umsatzsteuer|tax\b|vat\b|tva\b|payment|zahlung|paiement|prijzen|合计|价税合计)|\b(?:factuur\s*totaal|total\s*(?:ht|ttc|facture))\b/iu;
const subtotal = /^(?:sub\s*-?total|zwischensumme|sous-total|subtotaal)\b/i;
const attributeRow = /\p{L}\s*:\s*[-\d]/u;

/**
 * Item lines of the first table with a recognisable header row (at least two kinds of column:
 * description, quantity, price, amount, tax), up to its totals. A row with a description and a
 * money amount is an item; text-only rows continue the previous description; an amounts-only
 * row completes an item whose description stands on the line above.
 */
export function extractLines(text: DocumentText): Field<InvoiceLine[]> {
  const items: (InvoiceLine & { confidence: number; lineIndex: number })[] = [];
  let amountColumn: TextSegment | null = null;
  let inTable = false;
  text.lines.forEach((line, index) => {
    const segments = line.segments.map((s) => ({ ...s, text: normaliseText(s.text) }));
    const joined = segments.map((s) => s.text).join('  ');
    const header = headerColumns(segments);
    if (header) {
      inTable = true;
      amountColumn = header;
      return;
    }
    if (!inTable) return;
    if (segments.some((s) => subtotal.test(s.text))) return;
    if (segments.some((s) => tableEnd.test(s.text))) {
      inTable = false;
      return;
    }
    const money = findAmounts(joined).filter((a) => a.decimals >= 2);
    const description = descriptionOf(segments);
    const previous = items[items.length - 1];
    if (description && money.length && !attributeRow.test(joined)) {
      items.push({ description, quantity: null, unitPrice: money.length > 1 ? (money[money.length - 2]?.value ?? null) : null, amount: amountIn(segments, amountColumn) ?? money[money.length - 1]?.value ?? null, taxRate: taxRateOf(joined), confidence: line.confidence, lineIndex: index });
    } else if (money.length && !description && previous && index - previous.lineIndex <= 2) {
      previous.amount = amountIn(segments, amountColumn) ?? money[money.length - 1]?.value ?? previous.amount;
    } else if (description && !money.length && previous && index - previous.lineIndex <= 1) {
      previous.description = `${previous.description}\n${description}`;
      previous.lineIndex = index;
    } else if (description && !money.length) {
      items.push({ description, quantity: null, unitPrice: null, amount: null, taxRate: null, confidence: line.confidence, lineIndex: index });
    }
  });
  const complete = items.filter((item) => item.amount !== null);
  if (!complete.length) return { value: null, confidence: 0, source: originOf(text) };
  const confidence = Math.min(...complete.map((item) => item.confidence)) * 0.85;
  return { value: complete.map(({ confidence: _c, lineIndex: _l, ...item }) => item), confidence: round(confidence), source: originOf(text) };
}

function headerColumns(segments: TextSegment[]): TextSegment | null {
  const joined = segments.map((s) => s.text).join('  ');
  const kinds = Object.values(columnKinds).filter((pattern) => pattern.test(joined)).length;
  if (kinds < 3 || findAmounts(joined).some((a) => a.decimals >= 2)) return null;
  const amountSegment = [...segments].reverse().find((s) => columnKinds.amount?.test(s.text) && !/税额/u.test(s.text));
  return amountSegment ?? { text: '', x: 1, right: 1 };
}

function descriptionOf(segments: TextSegment[]): string | null {
  const words = segments.filter((s) => /[\p{L}]{3,}|[\u4e00-\u9fff]{2,}/u.test(s.text) && !/^[\d.,\s%€$¥-]+\s*\p{L}{0,3}$/u.test(s.text));
  const first = words[0];
  return first ? first.text : null;
}

function amountIn(segments: TextSegment[], column: TextSegment | null): number | null {
  if (!column || column.x >= 1) return null;
  const centre = (s: TextSegment) => (s.x + s.right) / 2;
  const cell = segments
    .filter((s) => findAmounts(s.text).some((a) => a.decimals >= 2) && Math.abs(centre(s) - centre(column)) < 0.1)
    .sort((a, b) => Math.abs(centre(a) - centre(column)) - Math.abs(centre(b) - centre(column)))[0];
  const amounts = cell ? findAmounts(cell.text).filter((a) => a.decimals >= 2) : [];
  return amounts[0]?.value ?? null;
}

function taxRateOf(text: string): number | null {
  const match = text.match(/(\d{1,2}(?:[.,]\d{1,2})?)\s?%/);
  return match?.[1] ? Number(match[1].replace(',', '.')) : null;
}

