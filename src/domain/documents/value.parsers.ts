import { findAmounts } from './amount.parser';
import { findDates } from './date.parser';
import { parseTaxId } from './tax-id.parser';

/** Parsers for the text after a label: each returns null when the text does not hold such a value. */

/** A document number: one token of letters, digits and / - . _ with at least two digits, that is not a date or a money amount. */
export function parseDocumentNumber(raw: string): string | null {
  const token = raw.trim().match(/^[A-Z0-9][A-Z0-9\-/._]*[A-Z0-9]/i)?.[0];
  if (!token || (token.match(/\d/g) ?? []).length < 2) return null;
  // "22 Mill Lane", "12 pcs": a house number or a quantity before a word, no reference
  if (/^\d{1,3}$/.test(token) && /^\d{1,3}\s+\p{L}/u.test(raw.trim())) return null;
  // "59,745.75": an amount with thousands separators, which the token would cut at its first comma
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?![\d,])/.test(raw.trim())) return null;
  if (findDates(token).some((date) => date.length === token.length)) return null;
  if (/^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$/.test(token)) return null;
  return token;
}

/**
 * The last money amount in the text (a label row reads "Tax 15% on $ 112.90   $ 16.94"): one
 * with cents, or a whole number only where a currency is written (ids and postcodes are numbers too).
 */
export function parseLastAmount(raw: string): number | null {
  const amounts = findAmounts(raw);
  const money = amounts.filter((amount) => amount.decimals >= 2);
  if (money.length) return money[money.length - 1]?.value ?? null;
  const hasCurrency = /[$€£¥]|\b(?:EUR|USD|GBP|CHF|CNY|RMB)\b|元/u.test(raw);
  return hasCurrency ? (amounts[amounts.length - 1]?.value ?? null) : null;
}

/** Words a stamp or a status mark prints over a page ("RECEIVED", 财务专用章): never a name. */
export const stampWords = /^(?:received|paid|copy|original|duplicate|draft|void|cancel+ed|approved|checked|(?:财务|发票|合同|业务)专用章)$/iu;

/** A party name: starts with a letter or CJK character, not just a label or a number. */
export function parseName(raw: string): string | null {
  const text = raw.replace(/^[\s:：]+/, '').split(/\s{2,}/)[0]?.trim() ?? '';
  if (text.length < 2 || !/^[\p{L}\p{N}]/u.test(text) || !/\p{L}{2}/u.test(text)) return null;
  if (/^(?:name|anschrift|address|adresse|nummer|number)\b/i.test(text)) return null;
  // another field's label read as the value ("Seller VAT number" taken as "Seller" + a name)
  if (/^(?:vat|tax\s*(?:id|no|number)|(?:company\s*)?reg(?:istration|\.)?\s*(?:no|number)|tel(?:ephone)?|phone|fax|e-?mail)\b/i.test(text)) return null;
  if (stampWords.test(text)) return null;
  // a signature block's words ("卖方(盖章)", "Signature") are where a party signs, never its name
  if (/盖\s*章|签\s*章|签\s*字|^signature\b/iu.test(text)) return null;
  return text;
}

export function parseTaxIdValue(raw: string): string | null {
  return parseTaxId(raw);
}
