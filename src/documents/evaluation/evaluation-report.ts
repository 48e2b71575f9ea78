import { EvaluatedField, ExpectedValue } from './expected-fields.loader';

export interface Comparison {
  document: string;
  variant: string;
  field: EvaluatedField;
  expected: ExpectedValue;
  actual: ExpectedValue;
  confidence: number;
  match: boolean;
}

export interface Timing {
  kind: string;
  seconds: number;
}

/** Lines of the evaluation report; the last one is `FIELD_ACCURACY <rate>`. */
export function evaluationReport(comparisons: Comparison[], timings: Timing[]): string[] {
  const out: string[] = [];
  const rate = (items: Comparison[]) => (items.length ? items.filter((c) => c.match).length / items.length : 0);
  const row = (label: string, items: Comparison[]) =>
    `${label.padEnd(16)} ${String(items.filter((c) => c.match).length).padStart(4)}/${String(items.length).padEnd(4)} ${rate(items).toFixed(4)}`;

  out.push('', 'Mismatches (document, variant, field: expected ≠ read [confidence])');
  for (const c of comparisons.filter((c) => !c.match)) {
    out.push(`  ${c.document} [${c.variant}] ${c.field}: ${JSON.stringify(c.expected)} ≠ ${JSON.stringify(c.actual)} [${c.confidence.toFixed(2)}]`);
  }
  out.push('', 'Per-field exact-match rate (all variants)');
  for (const field of unique(comparisons.map((c) => c.field))) out.push(`  ${row(field, comparisons.filter((c) => c.field === field))}`);
  out.push('', 'Per-variant exact-match rate');
  for (const variant of unique(comparisons.map((c) => c.variant))) out.push(`  ${row(variant, comparisons.filter((c) => c.variant === variant))}`);
  const flagged = comparisons.filter((c) => c.confidence < 0.8 && c.actual !== null);
  out.push('', `Low-confidence reads (< 0.80, sent to manual entry): ${flagged.length}, of which wrong: ${flagged.filter((c) => !c.match).length}`);
  const confidentWrong = comparisons.filter((c) => c.confidence >= 0.8 && !c.match && c.actual !== null);
  out.push(`Confident reads (≥ 0.80) that are wrong: ${confidentWrong.length} of ${comparisons.filter((c) => c.confidence >= 0.8 && c.actual !== null).length}`);
  out.push('', 'Seconds per page');
  for (const kind of unique(timings.map((t) => t.kind))) {
    const items = timings.filter((t) => t.kind === kind);
    const mean = items.reduce((sum, t) => sum + t.seconds, 0) / items.length;
    const unit = kind.endsWith('document') ? 'document' : 'page';
    out.push(`  ${kind.padEnd(32)} ${mean.toFixed(3)} s/${unit} over ${items.length} ${unit}s (max ${Math.max(...items.map((t) => t.seconds)).toFixed(3)})`);
  }
  out.push('', `FIELD_ACCURACY ${rate(comparisons).toFixed(4)}`);
  return out;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
