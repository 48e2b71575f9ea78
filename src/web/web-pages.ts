import express, { Router } from 'express';
import { authenticate, type Authenticator } from '../api/auth/basic-auth';
import { webBuildDir, webPageBuilt, webPages, type WebPage } from './web-bundle';

const titles: Record<WebPage, string> = {
  replay: 'Replay (auditor)',
  modeler: 'Modeler (process owner)',
  dashboard: 'Dashboard',
  portal: 'Portal (customer and sales)',
};

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

function shell(page: WebPage): string {
  const nav = webPages.map((other) => `<a href="/${other}"${other === page ? ' aria-current="page"' : ''}>${escape(titles[other])}</a>`).join(' · ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(titles[page])} · Credit lifecycle</title>
<link rel="stylesheet" href="/assets/${page}.css">
</head><body>
<header class="top"><strong>Credit lifecycle</strong> <nav>${nav}</nav> <span id="whoami" data-testid="whoami"></span></header>
<main id="app" data-page="${page}"></main>
<script src="/assets/${page}.js"></script>
</body></html>`;
}

/** The web pages: bundles under /assets (public code), each page behind the same basic-auth login as the API. */
export function webPagesRoutes(authenticator: Authenticator): Router {
  const router = Router();
  router.use('/assets', express.static(webBuildDir, { fallthrough: false, index: false }));
  for (const page of webPages) {
    router.get(`/${page}`, authenticate(authenticator), (_request, response) => {
      if (!webPageBuilt(page)) {
        response.status(503).type('application/problem+json').json({
          type: 'about:blank', status: 503, title: 'Service Unavailable', detail: 'The web pages are not built yet: run `npm run web:build` (npm start builds them).',
        });
        return;
      }
      response.type('html').send(shell(page));
    });
  }
  return router;
}
