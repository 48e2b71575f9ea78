import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

/**
 * The Chinese user interface of Operaton's webapps (Tasklist, Cockpit, Admin, Welcome): each app's
 * zh.json in the engine application's resources must translate every key of the English file that
 * ships in the webjar, keep its placeholders, leave nothing in English outside a short allow-list,
 * and each app's config.js must offer zh beside en.
 */
const repoRoot = path.resolve(__dirname, '../..');
const operatonVersion: string = JSON.parse(fs.readFileSync(path.join(repoRoot, 'engine/engine.json'), 'utf8')).operatonVersion;
const webjar = path.join(
  os.homedir(),
  '.m2/repository/org/operaton/bpm/webapp/operaton-webapp-webjar',
  operatonVersion,
  `operaton-webapp-webjar-${operatonVersion}.jar`,
);
const overrideRoot = path.join(repoRoot, 'engine/src/main/resources/META-INF/resources/webjars/operaton/app');
const apps = ['tasklist', 'cockpit', 'admin', 'welcome'] as const;

/** Values that may stay as in English, and why. */
const SAME_AS_ENGLISH = new Set([
  'Operaton', // the product's name
  '<null>', '<undefined>', 'null', // literal values of variables, read as in code
  '<', '<=', '>', '>=', // comparison operators in search criteria
  'ID', 'ID*', // Chinese business software labels identifiers "ID"
  'CSV', 'JSON', // file formats
  'YYYY-MM-DDTHH:mm:ss', // the pattern the user types
  'Optimize', // the name of a separate product (an authorization resource type)
]);
/** Moment format strings that read the same in every language ("L", "HH:mm"). */
const FORMAT_ONLY = /^[LTHhmsDMYd:/. ,-]*$/;

const PLACEHOLDER_PATTERNS = [
  /\{\{.*?\}\}/g, // angular expressions
  /\{\}/g, // replaced by the code
  /%[sd]/g, // printf-style, moment's relative time
  /<\/?(?:a|b|br|code|em|i|li|p|span|strong|ul)\b[^>]*>/gi, // HTML tags
  /&(?:[a-z]+|#\d+);/gi, // HTML entities
];
const CJK = /[\u3400-\u9fff]/;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Leaves = Map<string, Json>;

function leaves(value: Json, prefix = '', out: Leaves = new Map()): Leaves {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function placeholders(text: string): string[] {
  return PLACEHOLDER_PATTERNS.flatMap((pattern) => text.match(pattern) ?? []).sort();
}

/** Moment tokens outside [bracketed] literal text, e.g. "[Last] dddd [at] LT" → dddd, LT. */
function momentTokens(format: string): string[] {
  return (format.replace(/\[[^\]]*\]/g, '').match(/[A-Za-z]+/g) ?? []).sort();
}

/** Every problem of one translation against its English source, one line each. */
function translationProblems(english: Json, chinese: Json): string[] {
  const en = leaves(english);
  const zh = leaves(chinese);
  const problems: string[] = [];
  for (const key of en.keys()) if (!zh.has(key)) problems.push(`missing key ${key}`);
  for (const key of zh.keys()) if (!en.has(key)) problems.push(`extra key ${key}`);
  for (const [key, source] of en) {
    const target = zh.get(key);
    if (target === undefined) continue;
    if (typeof source !== 'string') {
      if (target !== source) problems.push(`${key}: ${JSON.stringify(target)} differs from ${JSON.stringify(source)}`);
      continue;
    }
    if (typeof target !== 'string') {
      problems.push(`${key}: not a string`);
      continue;
    }
    if (JSON.stringify(placeholders(target)) !== JSON.stringify(placeholders(source))) {
      problems.push(`${key}: placeholders ${JSON.stringify(placeholders(target))} instead of ${JSON.stringify(placeholders(source))}`);
    }
    if (key.startsWith('dateLocales.calendar.') && JSON.stringify(momentTokens(target)) !== JSON.stringify(momentTokens(source))) {
      problems.push(`${key}: date tokens ${momentTokens(target)} instead of ${momentTokens(source)}`);
    }
    // empty where English is empty, or for the plural suffix "s" that Chinese does not have
    const empty = target === '' && (source === '' || source === 's');
    const allowed = SAME_AS_ENGLISH.has(target) || empty;
    const formatOnly = key.startsWith('dateLocales.') && FORMAT_ONLY.test(source);
    if (!allowed && !formatOnly && (target === source || !CJK.test(target))) {
      problems.push(`${key}: left in English: ${JSON.stringify(target)}`);
    }
  }
  return problems;
}

/** The object a webapp config.js exports ("export default { … }"). */
function evaluateConfig(source: string): Record<string, unknown> {
  return new Function(source.replace(/^\s*export\s+default\s+/m, 'return '))() as Record<string, unknown>;
}

function parseJson(text: string): Json {
  return JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
}

describe('checking a translation', () => {
  const english = { labels: { GREETING: 'Hello {{name}}, see <a href="#/x">here</a>', VENDOR: 'Operaton', SAVE: 'Save' } };

  const faithful = { labels: { GREETING: '{{name}}，您好，请看<a href="#/x">此处</a>', VENDOR: 'Operaton', SAVE: '保存' } };

  it('when a translation is faithful, then no problem is reported', () => {
    expect(translationProblems(english, faithful)).toEqual([]);
  });

  it('when a key is missing, a placeholder lost and a value left in English, then each is reported', () => {
    const chinese = { labels: { GREETING: '您好 {{ name }}，请看此处', VENDOR: 'Operaton', EXTRA: '多余' } };
    const problems = translationProblems(english, chinese);
    expect(problems).toEqual(
      expect.arrayContaining([
        'missing key labels.SAVE',
        'extra key labels.EXTRA',
        expect.stringMatching(/^labels\.GREETING: placeholders/),
      ]),
    );
    expect(translationProblems(english, { labels: { ...faithful.labels, SAVE: 'Save' } })).toEqual(['labels.SAVE: left in English: "Save"']);
  });
});

const jarPresent = fs.existsSync(webjar);
if (!jarPresent) {
  console.warn(`webapp locales: skipped, the Operaton webjar is not in the Maven repository (${webjar}); build the engine once to fetch it`);
}

(jarPresent ? describe : describe.skip)('the Chinese user interface of the Operaton webapps', () => {
  let jar: JSZip;
  beforeAll(async () => {
    jar = await JSZip.loadAsync(fs.readFileSync(webjar));
  });
  const fromWebjar = async (app: string, file: string): Promise<string> => {
    const entry = jar.file(`META-INF/resources/webjars/operaton/app/${app}/${file}`);
    if (!entry) throw new Error(`${file} of ${app} is not in the webjar ${operatonVersion}`);
    return entry.async('string');
  };
  const override = (app: string, file: string): string => fs.readFileSync(path.join(overrideRoot, app, file), 'utf8');

  it.each(apps)('when the %s English labels are compared with zh.json, then every key is translated with its placeholders', async (app) => {
    const english = parseJson(await fromWebjar(app, 'locales/en.json'));
    const chinese = parseJson(override(app, 'locales/zh.json'));
    expect(translationProblems(english, chinese)).toEqual([]);
  });

  it.each(apps)('when the %s config.js is read, then it offers zh first, falls back to en and keeps the rest of the webjar config (shortcut descriptions in Chinese too)', async (app) => {
    const original = evaluateConfig(await fromWebjar(app, 'scripts/config.js'));
    const ours = evaluateConfig(override(app, 'scripts/config.js'));
    expect(ours.locales).toEqual({ availableLocales: ['zh', 'en'], fallbackLocale: 'en' });
    const { locales: _locales, shortcuts, app: appName, customScripts, ...rest } = ours;
    const { shortcuts: originalShortcuts, ...originalRest } = original;
    expect(rest).toEqual(originalRest);
    // Tasklist loads one script of ours: relative dates follow the labels' language (each named script is served beside config.js)
    expect(customScripts).toEqual(app === 'tasklist' ? ['scripts/moment-locale'] : undefined);
    for (const script of (customScripts as string[] | undefined) ?? []) expect(fs.existsSync(path.join(overrideRoot, app, `${script}.js`))).toBe(true);
    // the app's name (header, login page) is Chinese with English beside
    if (appName !== undefined) expect((appName as { name: string }).name).toMatch(/^[\u4e00-\u9fff]+ [A-Z][a-z]+$/);
    else expect(app).toBe('welcome');
    // Tasklist shows shortcut descriptions as written: Chinese, with the English kept in brackets
    const described = (value: unknown) => value as Record<string, { key: string; description: string }> | undefined;
    for (const [name, shortcut] of Object.entries(described(originalShortcuts) ?? {})) {
      const translated = described(shortcuts)?.[name];
      expect(translated?.key).toBe(shortcut.key);
      expect(translated?.description).toMatch(CJK);
      expect(translated?.description).toContain(`（${shortcut.description}）`);
    }
    expect(Object.keys(described(shortcuts) ?? {})).toEqual(Object.keys(described(originalShortcuts) ?? {}));
  });
});
