import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DocumentText } from '../domain/documents/document-text.model';
import { projectRoot } from '../engine/local/engine-profile';
import { DocumentExtractionService } from './document-extraction.service';
import { GeneratedDocument, generateDocuments, reusedTextsDirectory } from './evaluation/generated-documents';
import { compareGenerated } from './evaluation/generated-evaluation';
import { layouts } from './evaluation/generated-truth';

/** One altered copy of a document's text: what was altered, for a person reading the report, and the copy. */
export interface ProbedCopy {
  kind: string;
  what: string;
  text: DocumentText;
}

export interface SeenLayoutsProbe {
  kinds: readonly string[];
  /** the copies of one document's text, all of `kind` */
  copiesOf: (text: DocumentText, document: GeneratedDocument, kind: string) => ProbedCopy[];
  /** "damage", "label change": how the report names what was done to the copies */
  alteration: string;
  /** "Damaged copies": the heading of the count of copies */
  copiesHeading: string;
  /** "DAMAGE_SILENT_ERRORS": the last line's name */
  figure: string;
}

/**
 * Runs a probe over the SEEN generated layouts only (`[--reuse-texts] [--layout NAME …] [--per-layout N]`):
 * each seen document is read once as the product reads it (with --reuse-texts, from the texts kept
 * by an earlier run instead of running the OCR again), then every altered copy of its text is
 * extracted; a required field read wrong without doubt from a copy, and not from the text itself,
 * counts. Held-out layouts are refused: a rule writer may tune against this figure.
 */
export async function runSeenLayoutsProbe(probe: SeenLayoutsProbe): Promise<void> {
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
  const byKind = new Map<string, { copies: number; silent: number }>(probe.kinds.map((kind) => [kind, { copies: 0, silent: 0 }]));
  try {
    for (const document of documents) {
      const name = path.basename(document.file);
      const text = await service.readText(document.file);
      const { documentType } = document.truth;
      const alreadyWrong = new Set(compareGenerated(name, document.truth, false, service.fromText(documentType, text)).filter((c) => c.silent).map((c) => c.field));
      for (const kind of probe.kinds) {
        for (const copy of probe.copiesOf(text, document, kind)) {
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
  console.log('', `Silent errors by layout, field and ${probe.alteration} (first example of each above):`);
  for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${key}`);
  console.log('', `${probe.copiesHeading} of ${documents.length} seen documents:`);
  for (const [kind, { copies, silent }] of byKind) console.log(`  ${kind.padEnd(14)} ${String(copies).padStart(6)} copies   silent errors ${silent}`);
  console.log('', `${probe.figure} ${[...byKind.values()].reduce((sum, t) => sum + t.silent, 0)}`);
}

export function runProbeCli(probe: SeenLayoutsProbe): void {
  runSeenLayoutsProbe(probe).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
