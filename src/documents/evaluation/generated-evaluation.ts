import { DocumentExtraction } from '../../contracts/documents.contract';
import { normalisePartyName } from '../../domain/documents/party-name.normaliser';
import { normaliseTaxId } from '../../domain/documents/tax-id.parser';
import { normaliseText } from '../../domain/documents/text.normaliser';
import { GeneratedTruth, Value } from './generated-truth';

/** One required field of one generated document: read right, and if not, whether it was sent to manual entry. */
export interface GeneratedComparison {
  layout: string;
  heldOut: boolean;
  rendering: string;
  document: string;
  field: string;
  expected: Value;
  actual: unknown;
  match: boolean;
  /** wrong or empty, and not listed for manual entry */
  silent: boolean;
  /** read right, yet listed for manual entry: work a person does that the reading could have spared */
  confirmedByHand: boolean;
}

export function compareGenerated(document: string, truth: GeneratedTruth, heldOut: boolean, extraction: DocumentExtraction): GeneratedComparison[] {
  const fields = extraction.fields as Record<string, { value: unknown } | undefined>;
  const manual = new Set(extraction.needsManualEntry.fields.map((f) => f.field));
  return Object.entries(truth.expected).map(([field, expected]) => {
    const actual = fields[field]?.value ?? null;
    const match = same(field, expected, actual);
    return { layout: truth.layout, heldOut, rendering: truth.rendering, document, field, expected, actual, match, silent: !match && !manual.has(field), confirmedByHand: match && manual.has(field) };
  });
}

function same(field: string, expected: Value, actual: unknown): boolean {
  if (actual === null || actual === undefined) return false;
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) < 0.005;
  if (/Name$/.test(field) && field !== 'signedBy') return normalisePartyName(expected) === normalisePartyName(String(actual));
  if (/TaxId$/.test(field)) return normaliseTaxId(normaliseText(expected)) === normaliseTaxId(normaliseText(String(actual)));
  const plain = (value: string) => normaliseText(value).replace(/\s+/g, '').toUpperCase();
  return plain(expected) === plain(String(actual));
}

export interface PageTiming {
  rendering: string;
  seconds: number;
}

/** Report lines; the last is `FIELD_ACCURACY <held-out rate>`. */
export function generatedReport(comparisons: GeneratedComparison[], timings: PageTiming[]): string[] {
  const rate = (items: GeneratedComparison[]) => (items.length ? items.filter((c) => c.match).length / items.length : 0);
  const row = (label: string, items: GeneratedComparison[]) =>
    `  ${label.padEnd(34)} ${String(items.filter((c) => c.match).length).padStart(4)}/${String(items.length).padEnd(4)} ${rate(items).toFixed(4)}   silent errors ${String(items.filter((c) => c.silent).length).padStart(3)}   right but to manual entry ${items.filter((c) => c.confirmedByHand).length}`;
  const out = ['', 'Generated documents: wrong or empty required fields (document field: expected ≠ read, [manual entry] or SILENT)'];
  for (const c of comparisons.filter((c) => !c.match)) out.push(`  ${c.document} ${c.field}: ${JSON.stringify(c.expected)} ≠ ${JSON.stringify(c.actual)} ${c.silent ? 'SILENT' : '[manual entry]'}`);
  out.push('', 'Generated documents: per layout (required fields read right)');
  for (const layout of [...new Set(comparisons.map((c) => c.layout))]) {
    const items = comparisons.filter((c) => c.layout === layout);
    out.push(row(`${layout} (${items[0]?.heldOut ? 'held out' : 'seen'})`, items));
  }
  out.push('', 'Generated documents: per rendering');
  for (const rendering of [...new Set(timings.map((t) => t.rendering))]) {
    const items = timings.filter((t) => t.rendering === rendering);
    out.push(`  ${rendering.padEnd(18)} ${(items.reduce((s, t) => s + t.seconds, 0) / items.length).toFixed(2)} s/page over ${items.length} pages (max ${Math.max(...items.map((t) => t.seconds)).toFixed(2)})`);
  }
  // whether what is missed is lost in reading the picture or in finding the fields: a text-layer PDF has no OCR
  for (const rendering of [...new Set(comparisons.map((c) => c.rendering))]) {
    for (const heldOut of [false, true]) {
      const items = comparisons.filter((c) => c.rendering === rendering && c.heldOut === heldOut);
      if (items.length) out.push(row(`${rendering}, ${heldOut ? 'held out' : 'seen'}`, items));
    }
  }
  const seen = comparisons.filter((c) => !c.heldOut);
  const heldOut = comparisons.filter((c) => c.heldOut);
  const scanned = timings.filter((t) => t.rendering !== 'pdf');
  out.push('', 'Generated documents: summary');
  out.push(row('seen layouts', seen), row('held-out layouts', heldOut), row('all', comparisons));
  out.push(`  silent errors (wrong or empty required field not sent to manual entry): ${comparisons.filter((c) => c.silent).length}`);
  out.push(`  right but to manual entry (read right, still listed for a person to confirm): ${comparisons.filter((c) => c.confirmedByHand).length}`);
  // what the reading spares a person: a value right only after someone confirmed it is counted above, not here
  for (const [label, items] of [['seen layouts', seen], ['held-out layouts', heldOut]] as const) {
    if (items.length) out.push(`  accepted without a person, ${label}: ${items.filter((c) => c.match && !c.confirmedByHand).length}/${items.length} ${(items.filter((c) => c.match && !c.confirmedByHand).length / items.length).toFixed(4)} (read right and not listed for manual entry)`);
  }
  out.push(`  seconds per scanned page (OCR, all renderings but pdf): ${scanned.length ? (scanned.reduce((s, t) => s + t.seconds, 0) / scanned.length).toFixed(2) : 'n/a'}`);
  out.push('', heldOut.length ? `FIELD_ACCURACY ${rate(heldOut).toFixed(4)}` : 'FIELD_ACCURACY n/a (held-out layouts not read: --seen-only)');
  return out;
}
