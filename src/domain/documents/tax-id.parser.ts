import { isValidUscc } from './unified-social-credit-code';

/**
 * Tax and registration ids: EU VAT ids (two letters and 8–12 characters, printed with spaces
 * or dots), German tax numbers (201/113/40209), Chinese unified social credit codes
 * (18 characters, GB 32100-2015, with a check character).
 */
const candidates = new RegExp(
  [
    // EU VAT id: country code, digits, maybe a short tail with a digit (NL…B01); letters alone after it are the next column's label ("GB… VAT")
    '[A-Z]{2}[\\s.]?\\d(?:[\\s.]?\\d){6,12}(?:[\\s.]?(?=[A-Z0-9]{0,2}\\d)[A-Z0-9]{1,3})?',
    '\\d{2,3}/\\d{3}/\\d{4,5}', // German tax number
    '[0-9A-Z]{15,20}', // Chinese unified social credit code and other long registry ids
    '\\d(?:[\\s.]?\\d){7,13}', // digit groups: SIREN, national tax numbers
  ].map((p) => `(?<![A-Z0-9])(?:${p})(?![A-Z0-9])`).join('|'),
  'gu',
);

/** The first id-like token (at least six digits) as written without spaces and dots, upper case; null when none. */
export function parseTaxId(text: string): string | null {
  for (const match of text.toUpperCase().matchAll(candidates)) {
    const id = normaliseTaxId(match[0]);
    if ((id.match(/\d/g) ?? []).length >= 6) return id;
  }
  return null;
}

export function normaliseTaxId(id: string): string {
  return id.toUpperCase().replace(/[\s.\-]/g, '');
}

/** GB 32100-2015 check character of an 18-character unified social credit code (see unified-social-credit-code.ts). */
export function isValidUnifiedSocialCreditCode(id: string): boolean {
  return isValidUscc(id);
}
