import { LabelKind, labelKinds, relabelledCopies } from './evaluation/label-perturbation';
import { runProbeCli } from './seen-layouts.probe';

/**
 * `npm run ocr:label-probe [-- --reuse-texts] [--layout NAME …] [--per-layout N]`: how the rules
 * fare when a document labels its values otherwise than the rules expect (evaluation/label-perturbation.ts):
 * a line of another meaning beside a required field's value, the field's own label one the
 * vocabulary does not know. SEEN generated layouts only, as the damage probe; a required field
 * read wrong without doubt from a copy, and not from the text itself, counts. The last line is
 * `LABEL_SILENT_ERRORS <count>`.
 */
runProbeCli({
  kinds: labelKinds,
  copiesOf: (text, document, kind) => relabelledCopies(text, document.truth, kind as LabelKind),
  alteration: 'label change',
  copiesHeading: 'Relabelled copies',
  figure: 'LABEL_SILENT_ERRORS',
});
