import { DocumentText, lineText } from './document-text.model';
import { failedCheck, Field, originOf, round } from './extracted-field';
import { findLabelled } from './labelled-value.finder';
import { chineseVatInvoiceMarker } from './invoice-labels.vocabulary';
import { containsCjk, normaliseText } from './text.normaliser';

const isoCodes = ['EUR', 'USD', 'GBP', 'CHF', 'CNY', 'JPY', 'HKD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'CAD', 'AUD'];
const hints: { pattern: RegExp; code: string | ((cjk: boolean) => string) }[] = [
  { pattern: new RegExp(`(?<![A-Z])(${isoCodes.join('|')})(?![A-Z])`, 'g'), code: '' },
  { pattern: /RMB|人民币|元(?!素)/gu, code: 'CNY' },
  { pattern: /€|\beuros?\b/giu, code: 'EUR' },
  { pattern: /US\s?\$|\bUS dollars?\b/giu, code: 'USD' },
  { pattern: /(?<!US\s?)\$/gu, code: 'USD' },
  { pattern: /£/gu, code: 'GBP' },
  { pattern: /[¥￥]/gu, code: (cjk) => (cjk ? 'CNY' : 'JPY') },
];

/** A currency the document does not print, inferred from its language or tax words: under the manual-entry threshold. */
export const inferredCurrencyConfidence = 0.75;

/** The invoice currency: a "Currency:" label wins; otherwise the most frequent code or symbol. */
export function detectCurrency(text: DocumentText): Field<string> {
  const labelled = findLabelled(text, [/\b(?:währung|currency|devise|valuta)\b/i, /币种/u], (raw) => raw.match(new RegExp(`^(${isoCodes.join('|')})\\b`))?.[1] ?? null);
  if (labelled) {
    const line = text.lines[labelled.lineIndex];
    return { value: labelled.value, confidence: round(labelled.confidence), source: line?.origin ?? originOf(text) };
  }
  const all = text.lines.map((line) => normaliseText(lineText(line))).join('\n');
  const cjk = containsCjk(all);
  const counts = new Map<string, number>();
  for (const { pattern, code } of hints) {
    for (const match of all.matchAll(pattern)) {
      const resolved = typeof code === 'function' ? code(cjk) : code || (match[1] ?? '');
      counts.set(resolved, (counts.get(resolved) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best) {
    // a Chinese tax document that writes no currency: its amounts are in yuan
    // …a VAT fapiao is issued in yuan by law; any other document that does not print its currency leaves it to a person to confirm
    if (chineseVatInvoiceMarker.test(all)) return { value: 'CNY', confidence: 0.85, source: originOf(text) };
    if (/增值税|发票|价税合计|税额合计|纳税人识别号|统一社会信用代码/u.test(all)) return { value: 'CNY', confidence: inferredCurrencyConfidence, source: originOf(text) };
    return { value: null, confidence: 0, source: originOf(text) };
  }
  const share = best[1] / (best[1] + (second?.[1] ?? 0));
  const found: Field<string> = { value: best[0], confidence: round(0.7 + 0.25 * share), source: originOf(text) };
  // two currencies printed: the one written more often is a guess (a price list in another currency, a converted total)
  if (second) return failedCheck(found, `the document prints ${best[0]} and ${second[0]}: which the amounts are in is not certain`);
  // "$" alone is the dollar of the US, Canada, Australia, Hong Kong, Singapore …: which one is not printed
  if (best[0] === 'USD' && !/US\s?\$|\bUSD\b|\bUS dollars?\b/iu.test(all)) return failedCheck(found, 'only "$" is printed: which dollar is not said');
  return found;
}
