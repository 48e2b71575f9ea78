/// <reference lib="dom" />
import { chooseLanguage, languageStorageKey, translator, type Language, type Messages, type Translate } from './i18n';
import { shellMessages } from './shell.messages';

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}

/** The page's language: the switch's stored choice, else the browser's first preferred language. */
export const pageLanguage: Language = chooseLanguage(storedLanguage(), navigator.languages?.length ? navigator.languages : [navigator.language]);
export const shellText = translator(shellMessages, pageLanguage);

/** A page's translator in the page's language. */
export const pageTranslator = <K extends string>(messages: Messages<K>): Translate<K> => translator(messages, pageLanguage);

/** Numbers and dates in the page's language. */
export const numberLocale = pageLanguage === 'zh-CN' ? 'zh-CN' : 'en';

/**
 * Brings the served frame (rendered for the browser's Accept-Language) to the page's language — the
 * stored choice may differ — and wires the 中文 / English switch: the choice is stored and the page reloads.
 */
export function applyFrame(titleKey: string): void {
  document.documentElement.lang = pageLanguage;
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('header.top nav a[data-page]'))) {
    link.textContent = shellText(`nav.${link.dataset.page}` as never);
  }
  const product = document.querySelector('[data-testid=product]');
  if (product) product.textContent = shellText('product');
  document.title = `${shellText(titleKey as never)} · ${shellText('product')}`;
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-language]'))) {
    button.setAttribute('aria-pressed', String(button.dataset.language === pageLanguage));
    button.onclick = () => {
      try {
        localStorage.setItem(languageStorageKey, button.dataset.language as string);
      } catch {
        // storage refused (private mode): the choice lasts for this page only
      }
      location.reload();
    };
  }
}
