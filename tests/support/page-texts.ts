import type { Page } from 'playwright-core';
import { englishWordsIn } from './untranslated';

/**
 * Every text of the page that is the page's own (not inside `translate="no"`, which marks values shown as
 * recorded: names, ids, the process's own texts, the diagram and its properties panel), and the
 * placeholders, titles and labels of its elements, with the document's title.
 */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[translate=no], script, style')) continue;
      const text = (node.textContent ?? '').trim();
      if (text) texts.push(text);
    }
    for (const element of Array.from(document.body.querySelectorAll('[placeholder], [title], [aria-label]'))) {
      if (element.closest('[translate=no]')) continue;
      for (const name of ['placeholder', 'title', 'aria-label']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** The page's own texts that still hold English words (beside product names and ids). */
export async function untranslated(page: Page): Promise<Array<[string, string[]]>> {
  return (await pageTexts(page)).map((text) => [text, englishWordsIn(text)] as [string, string[]]).filter(([, words]) => words.length > 0);
}
