const cjk = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
const spaceBetweenCjk = new RegExp(`(?<=[${cjk}])\\s+(?=[${cjk}])`, 'gu');
const fullWidthPunctuation: Record<string, string> = { '：': ':', '（': '(', '）': ')', '，': ',', '％': '%', '￥': '¥', '　': ' ' };

/**
 * Normalises text for matching: Unicode NFKC, full-width punctuation to ASCII, and no spaces
 * between CJK characters (OCR and spaced-out form labels such as "名 称" put them there).
 */
export function normaliseText(text: string): string {
  const ascii = [...text.normalize('NFKC')].map((char) => fullWidthPunctuation[char] ?? char).join('');
  return withoutSpacesBetweenCjk(ascii).replace(/[ \t]+/g, ' ').trim();
}

/** Spaces between CJK characters taken out: OCR puts them into Chinese words, and joining segments puts them between the pieces of a cut name. */
export function withoutSpacesBetweenCjk(text: string): string {
  return text.replace(spaceBetweenCjk, '');
}

export function containsCjk(text: string): boolean {
  return new RegExp(`[${cjk}]`, 'u').test(text);
}
