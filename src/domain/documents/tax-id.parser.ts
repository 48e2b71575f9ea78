/**
 * Tax and registration ids: EU VAT ids (two letters and 8–12 characters, printed with spaces
 * or dots), German tax numbers (201/113/40209), Chinese unified social credit codes
 * (18 characters, GB 32100-2015, with a check character).
 */
const candidate = /(?<![A-Z0-9])(?:[A-Z]{2}[\s.]?(?:[0-9A-Z][\s.]?){7,13}[0-9A-Z]|\d{2,3}\/\d{3}\/\d{4,5}|[0-9A-Z]{15,20}|\d(?:[\s.]?\d){7,13})(?![A-Z0-9])/u;

/** The id as written without spaces and dots, upper case; null when nothing id-like is there. */
export function parseTaxId(text: string): string | null {
  const match = text.toUpperCase().match(candidate);
  if (!match) return null;
  const id = normaliseTaxId(match[0]);
  return /\d{4}/.test(id.replace(/\D/g, '')) ? id : null;
}

export function normaliseTaxId(id: string): string {
  return id.toUpperCase().replace(/[\s.\-]/g, '');
}

const uscc = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 check character of an 18-character unified social credit code. */
export function isValidUnifiedSocialCreditCode(id: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += uscc.indexOf(id[i] ?? '') * (usccWeights[i] ?? 0);
  return uscc[(31 - (sum % 31)) % 31] === id[17];
}
