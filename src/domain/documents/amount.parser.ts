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
  /** where the amount starts and ends in the text given */
  index: number;
  end: number;
  /** the amount as read, OCR slips repaired ("1 .50" as "1.50", "Y12" as "¥12"): it may be shorter than end - index */
  raw: string;
}

export function parseAmount(raw: string): number | null {
  const matches = findAmounts(raw);
  return matches.length === 1 && matches[0] ? matches[0].value : null;
}

export function findAmounts(text: string): AmountMatch[] {
  const { repaired, origin } = repairSlips(text);
  const found: AmountMatch[] = [];
  for (const match of repaired.matchAll(amountToken)) {
    const parsed = toNumber(match[0]);
    const start = match.index ?? 0;
    if (parsed) found.push({ ...parsed, index: origin(start), end: origin(start + match[0].length - 1) + 1, raw: match[0] });
  }
  return found;
}

/**
 * OCR's usual slips in amounts: a space before the decimals, a doubled separator ("53,.128.98"),
 * and ¥ read as Y. Each character of the repaired text keeps where it stood in the text given,
 * so that an amount's place is the place it was printed.
 */
function repairSlips(text: string): { repaired: string; origin: (index: number) => number } {
  let repaired = text;
  let kept: number[] | null = null;
  for (const slip of [/\d [.,]\d{2}(?!\d)/g, /\d[.,][.,]\d/g]) {
    const dropped = new Set([...repaired.matchAll(slip)].map((match) => (match.index ?? 0) + 1));
    if (!dropped.size) continue;
    kept = (kept ?? [...Array(repaired.length).keys()]).filter((_, i) => !dropped.has(i));
    repaired = repaired.split('').filter((_, i) => !dropped.has(i)).join('');
  }
  const places = kept;
  const origin = places ? (index: number) => places[index] ?? index : (index: number) => index;
  return { repaired: repaired.replace(/(?<![\p{L}\d])Y(?=\s?\d)/gu, '¥'), origin };
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
