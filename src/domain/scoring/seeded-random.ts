import prand from 'pure-rand';

/** A seeded generator (xoroshiro128+ from pure-rand): the same seed gives the same model. */
export class SeededRandom {
  private readonly generator: prand.RandomGenerator;

  constructor(seed: number) {
    this.generator = prand.xoroshiro128plus(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return (this.generator.unsafeNext() >>> 0) / 0x1_0000_0000;
  }

  /** Uniform integer in [from, to]. */
  integer(from: number, to: number): number {
    return prand.unsafeUniformIntDistribution(from, to, this.generator);
  }

  /** Shuffles in place (Fisher–Yates). */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = this.integer(0, i);
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }

  /** `count` distinct indices out of [0, n), in ascending order (partial Fisher–Yates). */
  sampleIndices(n: number, count: number): number[] {
    const pool = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < count; i += 1) {
      const j = this.integer(i, n - 1);
      [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
    }
    return pool.slice(0, count).sort((a, b) => a - b);
  }
}
