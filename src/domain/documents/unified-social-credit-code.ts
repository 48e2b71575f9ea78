/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from an alphabet
 * without I, O, S, V and Z; characters 3–8 are the administrative division code (digits); the
 * 18th is a mod-31 check character over the first 17. OCR misreads a few characters typically
 * (O for 0, I for 1, S for 5, 8 for B …): a read is corrected only when exactly one correction
 * makes it valid, so a correction is never a guess between two codes.
 */
export const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** What OCR reads for a code character, and what that character may really have been (letters read among digits, too). */
const confusions: Record<string, string[]> = {
  O: ['0', 'D', 'Q'], Q: ['0'], D: ['0'],
  I: ['1', 'L', 'T'], L: ['1'], T: ['1'],
  S: ['5', '8'], Z: ['2'], V: ['U', 'Y'],
  B: ['8'], G: ['6'], A: ['4'],
};

export type UsccCheck =
  | { status: 'valid'; code: string }
  | { status: 'corrected'; code: string; read: string }
  | { status: 'invalid'; read: string; problem: string };

/** The check character of 17 code characters; throws on a character outside the alphabet. */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error(`a unified social credit code has 17 characters before its check character, not ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = usccAlphabet.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error(`"${first17[i]}" is not a character of a unified social credit code`);
    sum += value * (weights[i] ?? 0);
  }
  return usccAlphabet[(31 - (sum % 31)) % 31] as string;
}

export function isValidUscc(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code) && usccCheckCharacter(code.slice(0, 17)) === code[17];
}

/** A read that may be a unified social credit code: 17 to 19 letters and digits, its 3rd to 8th digit-like. */
export function looksLikeUscc(read: string): boolean {
  const code = normalise(read);
  return /^[0-9A-Z]{17,19}$/.test(code) && /^[0-9A-Z]{2}[0-9OQDILTSZBG]{6}/.test(code) && (code.match(/\d/g) ?? []).length >= 8;
}

/**
 * Valid as read; corrected when exactly one code is valid among those that replace the
 * characters the code cannot hold (I, O, S, V, Z; letters among the division code's digits)
 * by their look-alikes, or, for 19 characters, drop one doubled character; otherwise invalid,
 * with the problem in words. Look-alikes the alphabet allows (8 and B) are not swapped: with
 * one check character in 31, trying them would "correct" about a third of all misreads wrongly.
 */
export function checkUscc(read: string): UsccCheck {
  const code = normalise(read);
  if (isValidUscc(code)) return { status: 'valid', code };
  const candidates = new Set<string>();
  if (code.length === 18) for (const candidate of forcedReplacements(code)) if (isValidUscc(candidate)) candidates.add(candidate);
  if (code.length === 19) {
    for (let i = 1; i < 19; i += 1) {
      if (code[i] !== code[i - 1]) continue;
      for (const candidate of forcedReplacements(code.slice(0, i) + code.slice(i + 1))) if (isValidUscc(candidate)) candidates.add(candidate);
    }
  }
  if (candidates.size === 1) return { status: 'corrected', code: [...candidates][0] as string, read: code };
  if (candidates.size > 1) return { status: 'invalid', read: code, problem: `${candidates.size} corrections make it valid: not guessed` };
  if (code.length !== 18) return { status: 'invalid', read: code, problem: `${code.length} characters, 18 expected` };
  const foreign = [...code].filter((c, i) => !fits(c, i));
  if (foreign.length) return { status: 'invalid', read: code, problem: `characters a code cannot hold where they stand: ${foreign.join('')}` };
  return { status: 'invalid', read: code, problem: 'the check character does not match' };
}

/** Every way of replacing the characters that cannot stand where they are by a look-alike that can (at most 64). */
function forcedReplacements(code: string): string[] {
  let results = [''];
  [...code].forEach((c, i) => {
    const options = fits(c, i) ? [c] : (confusions[c] ?? []).filter((r) => fits(r, i));
    results = results.flatMap((base) => options.map((option) => base + option)).slice(0, 64);
  });
  return results;
}

function fits(character: string, index: number): boolean {
  return index >= 2 && index < 8 ? /\d/.test(character) : usccAlphabet.includes(character);
}

function normalise(read: string): string {
  return read.toUpperCase().replace(/[\s.\-]/g, '');
}
