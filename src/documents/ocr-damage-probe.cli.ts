import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../engine/local/engine-profile';
import { DocumentExtractionService } from './document-extraction.service';
import { generateDocuments, reusedTextsDirectory } from './evaluation/generated-documents';
import { compareGenerated } from './evaluation/generated-evaluation';
import { layouts } from './evaluation/generated-truth';
import { damagedCopies, damageKinds } from './evaluation/ocr-damage';

/**
 * `npm run ocr:damage-probe [-- --reuse-texts] [--layout NAME …] [--per-layout N]`: how the rules
 * fare when OCR damages a page in one place (evaluation/ocr-damage.ts), on the SEEN generated
 * layouts only — a measure a rule writer may tune against without looking at a held-out layout.
 * Each seen document is read once as the product reads it (with --reuse-texts, its text is kept in
 * the git-ignored .cache/ocr-texts/ and read from there the next time instead of running the OCR
 * again, for re-scoring rules: CachedDocumentTextReader), then every damaged copy of its text is extracted; a required field read wrong
 * without doubt from a damaged copy, and not from the text itself, counts. The last line is
 * `DAMAGE_SILENT_ERRORS <count>`.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'reuse-texts': { type: 'boolean', default: false }, layout: { type: 'string', multiple: true, default: [] }, 'per-layout': { type: 'string' } } });
  const perLayout = values['per-layout'] === undefined ? Infinity : Number(values['per-layout']);
  if (!(perLayout > 0)) throw new Error('--per-layout needs a positive number');
  const heldOutNamed = values.layout.filter((name) => layouts.some((layout) => layout.heldOut && layout.name === name));
  if (heldOutNamed.length) throw new Error(`held-out layouts are not probed: ${heldOutNamed.join(', ')}`);
  const unknown = values.layout.filter((name) => !layouts.some((layout) => layout.name === name));
  if (unknown.length) throw new Error(`no layout ${unknown.join(', ')}`);
  const documents = await generateDocuments(path.join(projectRoot, '.cache', 'ocr-evaluation'), (layout, index) => !layout.heldOut && index < perLayout && (!values.layout.length || values.layout.includes(layout.name)));
  const service = new DocumentExtractionService(undefined, { textCacheDirectory: values['reuse-texts'] ? reusedTextsDirectory(projectRoot) : undefined });
  const counts = new Map<string, number>();
  const byKind = new Map<string, { copies: number; silent: number }>(damageKinds.map((kind) => [kind, { copies: 0, silent: 0 }]));
  try {
    for (const document of documents) {
      const name = path.basename(document.file);
      const text = await service.readText(document.file);
      const { documentType } = document.truth;
      const alreadyWrong = new Set(compareGenerated(name, document.truth, false, service.fromText(documentType, text)).filter((c) => c.silent).map((c) => c.field));
      for (const kind of damageKinds) {
        for (const copy of damagedCopies(text, kind)) {
          const tally = byKind.get(kind)!;
          tally.copies += 1;
          for (const c of compareGenerated(name, document.truth, false, service.fromText(documentType, copy.text))) {
            if (!c.silent || alreadyWrong.has(c.field)) continue;
            tally.silent += 1;
            const key = `${document.truth.layout} ${c.field} (${kind})`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
            if (counts.get(key) === 1) console.log(`${name} ${copy.what}: ${c.field} ${JSON.stringify(c.expected)} → ${JSON.stringify(c.actual)}`);
          }
        }
      }
    }
  } finally {
    await service.close();
  }
  console.log('', 'Silent errors by layout, field and damage (first example of each above):');
  for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${key}`);
  console.log('', `Damaged copies of ${documents.length} seen documents:`);
  for (const [kind, { copies, silent }] of byKind) console.log(`  ${kind.padEnd(14)} ${String(copies).padStart(6)} copies   silent errors ${silent}`);
  console.log('', `DAMAGE_SILENT_ERRORS ${[...byKind.values()].reduce((sum, t) => sum + t.silent, 0)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
