import { openApiDocument } from './openapi';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** A plain page listing the endpoints, their roles and bodies, generated from the OpenAPI document. */
export function docsPage(): string {
  const document = openApiDocument();
  const rows = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const op = operation as { summary: string; description: string; requestBody?: { content: { 'application/json': { schema: unknown } } } };
      const body = op.requestBody ? `<pre>${escapeHtml(JSON.stringify(op.requestBody.content['application/json'].schema, null, 2))}</pre>` : '';
      return `<tr><td><code>${method.toUpperCase()} ${escapeHtml(path)}</code></td><td>${escapeHtml(op.summary)}<br><small>${escapeHtml(op.description)}</small>${body}</td></tr>`;
    }),
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>Credit lifecycle API</title>
<style>body{font-family:sans-serif;margin:2em}td{vertical-align:top;border-bottom:1px solid #ddd;padding:.5em}pre{background:#f6f6f6;padding:.5em;font-size:12px}</style></head>
<body><h1>Credit lifecycle API</h1><p>HTTP basic authentication with the local users; errors are <code>application/problem+json</code>. Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<table>${rows.join('')}</table></body></html>`;
}
