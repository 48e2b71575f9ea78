import { SeededRandom } from '../../../src/domain/scoring/seeded-random';

export interface SyntheticSet {
  rows: Float64Array[];
  labels: Uint8Array;
}

/**
 * Rows of `featureCount` uniform features where only x0 and x1 matter: the label is
 * 1 when x0 + x1 > 1 (flipped with probability `noise`); a share of values is missing.
 */
export function separableSet(n: number, seed: number, options: { featureCount?: number; noise?: number; missingShare?: number } = {}): SyntheticSet {
  const { featureCount = 6, noise = 0.02, missingShare = 0.05 } = options;
  const random = new SeededRandom(seed);
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const row = Float64Array.from({ length: featureCount }, () => random.next());
    const truth = (row[0] as number) + (row[1] as number) > 1 ? 1 : 0;
    labels.push(random.next() < noise ? 1 - truth : truth);
    for (let f = 0; f < featureCount; f += 1) if (random.next() < missingShare) row[f] = Number.NaN;
    rows.push(row);
  }
  return { rows, labels: Uint8Array.from(labels) };
}
