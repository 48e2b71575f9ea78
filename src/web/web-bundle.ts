import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { projectRoot } from '../engine/local/engine-profile';
import { packedLintConfigSource } from './lint-config.bundle';

/** The pages and where their bundles go (git-ignored; built by `npm run web:build` and at start-up). */
export const webPages = ['replay', 'modeler', 'dashboard', 'portal', 'in-doubt-mail'] as const;
export type WebPage = (typeof webPages)[number];
export const webBuildDir = path.join(projectRoot, '.web-build');

const lintConfigPlugin: Plugin = {
  name: 'bpmnlint-config',
  setup(build) {
    build.onResolve({ filter: /^virtual:bpmnlint-config$/ }, () => ({ path: 'bpmnlint-config', namespace: 'bpmnlint' }));
    build.onLoad({ filter: /.*/, namespace: 'bpmnlint' }, async () => ({ contents: await packedLintConfigSource(), loader: 'js', resolveDir: projectRoot }));
  },
};

/** Bundles every page's TypeScript and CSS (bpmn-js, camunda-bpmn-js, fonts) with esbuild; no CDN. */
export async function buildWebPages(options: { minify?: boolean } = {}): Promise<{ ms: number; files: string[] }> {
  // esbuild is a build tool: loaded only when building.
  const esbuild = await import('esbuild');
  const started = Date.now();
  fs.mkdirSync(webBuildDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(webPages.map((page) => [page, path.join(projectRoot, 'src', 'web', page, `${page}.page.ts`)])),
    bundle: true,
    outdir: webBuildDir,
    format: 'iife',
    platform: 'browser',
    target: 'chrome110',
    sourcemap: true,
    minify: options.minify ?? true,
    metafile: true,
    logLevel: 'silent',
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [lintConfigPlugin],
  });
  return { ms: Date.now() - started, files: Object.keys(result.metafile.outputs) };
}

export function webPageBuilt(page: WebPage): boolean {
  return fs.existsSync(path.join(webBuildDir, `${page}.js`));
}
