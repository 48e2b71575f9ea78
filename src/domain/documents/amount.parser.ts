/**
 * Money amounts as printed in EN/DE/FR/NL/ZH documents: "1,234.56", "1.234,56", "46,68 €",
 * "$ 4.11", "¥17.70", "-0,14", "(12.00)". The last separator followed by other than three
 * digits is the decimal separator; repeated or three-digit groups are thousands separators.
 */
const amountToken = /(?<![\w.,/])(?:\(|[-−–]\s?)?(?:[$€£¥]\s?)?(?:\d{1,3}(?:[.,'’]\d{3})+(?:[.,]\d{1,8})?|\d+(?:[.,]\d{1,8})?)\)?(?![\w/%]|[.,]\d|\s?%)/gu;

export interface AmountMatch {
  value: number;
  /** decimals as printed: a money amount normally has two */
  decimals: number;
  index: number;
  raw: string;
}

export function parseAmount(raw: string): number | null {
  const matches = findAmounts(raw);
  return matches.length === 1 && matches[0] ? matches[0].value : null;
}

export function findAmounts(text: string): AmountMatch[] {
  // OCR's usual slips: a space before the decimals, a doubled separator ("53,.128.98"), and ¥ read as Y
  const repaired = text
    .replace(/(\d) ([.,]\d{2})(?!\d)/g, '$1$2')
    .replace(/(\d)[.,]([.,]\d)/g, '$1$2')
    .replace(/(?<![\p{L}\d])Y(?=\s?\d)/gu, '¥');
  const found: AmountMatch[] = [];
  for (const match of repaired.matchAll(amountToken)) {
    const parsed = toNumber(match[0]);
    if (parsed) found.push({ ...parsed, index: match.index ?? 0, raw: match[0] });
  }
  return found;
}

function toNumber(raw: string): { value: number; decimals: number } | null {
  const negative = /^[-−–(]/.test(raw.trim());
  const digits = raw.replace(/[^\d.,'’]/g, '');
  if (!/\d/.test(digits)) return null;
  const lastSeparator = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
  let integerPart = digits;
  let fraction = '';
  if (lastSeparator >= 0) {
    const tail = digits.slice(lastSeparator + 1);
    const separator = digits[lastSeparator];
    const sameSeparatorCount = digits.split(separator ?? '').length - 1;
    const isDecimal = tail.length !== 3 || (sameSeparatorCount === 1 && /[.,]/.test(digits.slice(0, lastSeparator)));
    if (isDecimal) {
      integerPart = digits.slice(0, lastSeparator);
      fraction = tail;
    }
  }
  const integer = integerPart.replace(/[.,'’]/g, '');
  const value = Number(`${integer || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return null;
  return { value: negative ? -value : value, decimals: fraction.length };
}
