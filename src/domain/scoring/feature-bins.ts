/**
 * Histogram binning as in LightGBM/XGBoost "hist": every feature is cut into at most
 * `maxBins` quantile bins once, and split search then scans bins instead of sorted values.
 * Bin `b` holds values in (upperBounds[b-1], upperBounds[b]]; each bound is a value seen in
 * training, so a split "bin <= b" is the raw rule "x <= upperBounds[b]".
 */

export const missingBin = 255;
export const maxBinsLimit = 255;

export interface BinnedFeatures {
  rowCount: number;
  /** Per feature, ascending bin upper bounds; the last bin is open to +∞. */
  upperBounds: Float64Array[];
  /** Column-major bin codes: codes[f][row], `missingBin` for a missing value. */
  codes: Uint8Array[];
}

function featureUpperBounds(values: number[], maxBins: number): Float64Array {
  values.sort((a, b) => a - b);
  const bounds: number[] = [];
  const n = values.length;
  for (let k = 1; k <= maxBins; k += 1) {
    const candidate = values[Math.min(n - 1, Math.ceil((k * n) / maxBins) - 1)];
    if (candidate !== undefined && candidate !== bounds[bounds.length - 1]) bounds.push(candidate);
  }
  return Float64Array.from(bounds);
}

function binOf(bounds: Float64Array, x: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x <= (bounds[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function binFeatures(rows: ArrayLike<number>[], featureCount: number, maxBins: number): BinnedFeatures {
  if (maxBins < 2 || maxBins > maxBinsLimit) throw new Error(`maxBins must be 2..${maxBinsLimit}`);
  const upperBounds: Float64Array[] = [];
  const codes: Uint8Array[] = [];
  for (let f = 0; f < featureCount; f += 1) {
    const present: number[] = [];
    for (const row of rows) {
      const x = row[f] as number;
      if (!Number.isNaN(x)) present.push(x);
    }
    const bounds = featureUpperBounds(present, maxBins);
    const column = new Uint8Array(rows.length);
    rows.forEach((row, i) => {
      const x = row[f] as number;
      column[i] = Number.isNaN(x) ? missingBin : binOf(bounds, x);
    });
    upperBounds.push(bounds);
    codes.push(column);
  }
  return { rowCount: rows.length, upperBounds, codes };
}
