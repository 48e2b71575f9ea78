import express, { Router } from 'express';
import { authenticate, type Authenticator } from '../api/auth/basic-auth';
import { webBuildDir, webPageBuilt, webPages, type WebPage } from './web-bundle';
import { acceptedLanguages, chooseLanguage, translator, type Language } from './shared/i18n';
import { shellMessages } from './shared/shell.messages';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/**
 * The frame in the browser's language (Accept-Language); the page's script brings it to the language
 * stored by the 中文 / English switch when that differs.
 */
function shell(page: WebPage, language: Language): string {
  const t = translator(shellMessages, language);
  const nav = webPages.map((other) => `<a href="/${other}" data-page="${other}"${other === page ? ' aria-current="page"' : ''}>${escape(t(`nav.${other}`))}</a>`).join(' · ');
  const choice = (value: Language, label: string) => `<button type="button" class="secondary" data-language="${value}" data-testid="language-${value}" lang="${value}" aria-pressed="${value === language}">${label}</button>`;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t(`nav.${page}`))} · ${escape(t('product'))}</title>
<link rel="stylesheet" href="/assets/${page}.css">
</head><body>
<header class="top"><strong data-testid="product">${escape(t('product'))}</strong> <nav>${nav}</nav> <span id="whoami" data-testid="whoami"></span>
<span class="language-switch" role="group" aria-label="${escape(t('switch.label'))}" translate="no">${choice('zh-CN', '中文')}${choice('en', 'English')}</span></header>
<main id="app" data-page="${page}"></main>
<script src="/assets/${page}.js"></script>
</body></html>`;
}

/** The web pages: bundles under /assets (public code), each page behind the same basic-auth login as the API. */
export function webPagesRoutes(authenticator: Authenticator): Router {
  const router = Router();
  router.use('/assets', express.static(webBuildDir, { fallthrough: false, index: false }));
  for (const page of webPages) {
    router.get(`/${page}`, authenticate(authenticator), (request, response) => {
      if (!webPageBuilt(page)) {
        response.status(503).type('application/problem+json').json({
          type: 'about:blank', status: 503, title: 'Service Unavailable', detail: 'The web pages are not built yet: run `npm run web:build` (npm start builds them).',
        });
        return;
      }
      response.vary('Accept-Language').type('html').send(shell(page, chooseLanguage(null, acceptedLanguages(request.get('accept-language')))));
    });
  }
  return router;
}
