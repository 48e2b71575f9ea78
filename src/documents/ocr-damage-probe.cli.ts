import { damagedCopies, DamageKind, damageKinds } from './evaluation/ocr-damage';
import { runProbeCli } from './seen-layouts.probe';

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
runProbeCli({
  kinds: damageKinds,
  copiesOf: (text, _document, kind) => damagedCopies(text, kind as DamageKind),
  alteration: 'damage',
  copiesHeading: 'Damaged copies',
  figure: 'DAMAGE_SILENT_ERRORS',
});
