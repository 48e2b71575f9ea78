/**
 * Our pages in zh-CN and English: one small message catalogue per page (`<page>.messages.ts`), no
 * framework. The language is the one the user chose with the header's switch (kept in localStorage),
 * else Chinese for a browser whose first preferred language is Chinese, else English.
 */
export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
export const languageStorageKey = 'credit.language';

/** A page's messages: the English catalogue fixes the keys, the Chinese one must have exactly these. */
export interface Messages<K extends string> {
  en: Record<K, string>;
  'zh-CN': Record<K, string>;
}

export function defineMessages<const E extends Record<string, string>>(en: E, zh: Record<keyof E, string>): Messages<Extract<keyof E, string>> {
  return { en, 'zh-CN': zh } as Messages<Extract<keyof E, string>>;
}

export const isLanguage = (value: unknown): value is Language => (languages as readonly unknown[]).includes(value);

/** The stored choice if there is one, else Chinese when the first preferred language is Chinese (zh, zh-CN, zh-TW …), else English. */
export function chooseLanguage(stored: string | null | undefined, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  return /^zh\b/i.test(preferred[0] ?? '') ? 'zh-CN' : 'en';
}

/** The languages of an Accept-Language header, most preferred first. */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = Number(parameters.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The `{name}` placeholders a message uses (the unit test holds both catalogues to the same ones). */
export const placeholdersOf = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();

/** Fills `{name}` placeholders with values that may be nodes (a recorded name kept as it is inside a translated sentence). */
export function formatParts<T>(template: string, params: Record<string, T | string | number>): Array<T | string> {
  return template.split(/(\{\w+\})/).filter(Boolean).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const value = name !== undefined && name in params ? params[name] : undefined;
    return value === undefined ? part : typeof value === 'number' ? String(value) : value;
  });
}

export interface Translate<K extends string> {
  (key: K, params?: Params): string;
  parts<T>(key: K, params: Record<string, T | string | number>): Array<T | string>;
}

export function translator<K extends string>(messages: Messages<K>, language: Language): Translate<K> {
  const template = (key: K) => messages[language][key] ?? messages.en[key] ?? key;
  const t = ((key: K, params?: Params) => format(template(key), params)) as Translate<K>;
  t.parts = (key, params) => formatParts(template(key), params);
  return t;
}
