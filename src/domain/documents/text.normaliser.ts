const cjk = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
const spaceBetweenCjk = new RegExp(`(?<=[${cjk}])\\s+(?=[${cjk}])`, 'gu');
const fullWidthPunctuation: Record<string, string> = { '：': ':', '（': '(', '）': ')', '，': ',', '％': '%', '￥': '¥', '　': ' ' };

/**
 * Normalises text for matching: Unicode NFKC, full-width punctuation to ASCII, and no spaces
 * between CJK characters (OCR and spaced-out form labels such as "名 称" put them there).
 */
export function normaliseText(text: string): string {
  const ascii = [...text.normalize('NFKC')].map((char) => fullWidthPunctuation[char] ?? char).join('');
  return ascii.replace(spaceBetweenCjk, '').replace(/[ \t]+/g, ' ').trim();
}

export function containsCjk(text: string): boolean {
  return new RegExp(`[${cjk}]`, 'u').test(text);
}
