import { binFeatures, missingBin } from '../../../src/domain/scoring/feature-bins';

describe('feature binning', () => {
  it('when a feature has few distinct values, then each value gets its own bin and missing gets the missing code', () => {
    // given
    const rows = [[3], [1], [Number.NaN], [2], [3], [1]];
    // when
    const binned = binFeatures(rows, 1, 16);
    // then
    expect(Array.from(binned.upperBounds[0] as Float64Array)).toEqual([1, 2, 3]);
    expect(Array.from(binned.codes[0] as Uint8Array)).toEqual([2, 0, missingBin, 1, 2, 0]);
  });

  it('when a feature has more distinct values than bins, then there are at most maxBins bins of observed values', () => {
    // given
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const rows = values.map((v) => [v]);
    // when
    const binned = binFeatures(rows, 1, 10);
    // then
    const bounds = Array.from(binned.upperBounds[0] as Float64Array);
    expect(bounds.length).toBeLessThanOrEqual(10);
    expect(bounds.every((b) => values.includes(b))).toBe(true);
    const codes = binned.codes[0] as Uint8Array;
    values.forEach((v, i) => {
      const code = codes[i] as number;
      expect(v).toBeLessThanOrEqual(bounds[code] as number);
      if (code > 0) expect(v).toBeGreaterThan(bounds[code - 1] as number);
    });
  });
});
