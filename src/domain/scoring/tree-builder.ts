/**
 * Grows one second-order regression tree (XGBoost's objective: gain from gradient and
 * hessian sums, L2 penalty `lambda`, split cost `gamma`) depth-first on binned features.
 * Missing values are handled the sparsity-aware way: every candidate split is tried with the
 * missing rows sent left and right, and the better side becomes the split's default
 * direction; "present vs missing" is a candidate split of its own.
 */
import { BinnedFeatures, missingBin } from './feature-bins';
import type { Tree } from './gbdt-model';

export interface TreeParams {
  maxDepth: number;
  minChildWeight: number;
  lambda: number;
  gamma: number;
  learningRate: number;
}

const binSlots = 256;
/** Threshold of a "present vs missing" split: every present value goes left. */
export const allPresentThreshold = Number.MAX_VALUE;

interface Split {
  gain: number;
  feature: number;
  bin: number;
  defaultLeft: boolean;
}

interface Histogram {
  grad: Float64Array;
  hess: Float64Array;
}

export class TreeBuilder {
  private readonly tree: Tree = { feature: [], threshold: [], defaultLeft: [], left: [], right: [], value: [], cover: [] };

  constructor(
    private readonly data: BinnedFeatures,
    private readonly grad: Float64Array,
    private readonly hess: Float64Array,
    private readonly features: number[],
    private readonly params: TreeParams,
  ) {}

  build(rows: Uint32Array): Tree {
    this.grow(rows, this.histogram(rows), 0);
    return this.tree;
  }

  private histogram(rows: Uint32Array): Histogram {
    const grad = new Float64Array(this.data.codes.length * binSlots);
    const hess = new Float64Array(this.data.codes.length * binSlots);
    for (const f of this.features) {
      const column = this.data.codes[f] as Uint8Array;
      const base = f * binSlots;
      for (let i = 0; i < rows.length; i += 1) {
        const row = rows[i] as number;
        const slot = base + (column[row] as number);
        grad[slot] = (grad[slot] as number) + (this.grad[row] as number);
        hess[slot] = (hess[slot] as number) + (this.hess[row] as number);
      }
    }
    return { grad, hess };
  }

  /** `hist` is null only where the node cannot split (maximum depth). */
  private grow(rows: Uint32Array, hist: Histogram | null, depth: number): number {
    const { lambda, learningRate, maxDepth, minChildWeight } = this.params;
    let gradSum = 0;
    let hessSum = 0;
    for (let i = 0; i < rows.length; i += 1) {
      gradSum += this.grad[rows[i] as number] as number;
      hessSum += this.hess[rows[i] as number] as number;
    }
    const node = this.addNode(rows.length, (-gradSum / (hessSum + lambda)) * learningRate);
    if (!hist || depth >= maxDepth || hessSum < 2 * minChildWeight) return node;
    const split = this.bestSplit(hist, gradSum, hessSum);
    if (!split) return node;

    const column = this.data.codes[split.feature] as Uint8Array;
    const goesLeft = (row: number): boolean => {
      const code = column[row] as number;
      return code === missingBin ? split.defaultLeft : code <= split.bin;
    };
    const left = rows.filter(goesLeft);
    const right = rows.filter((row) => !goesLeft(row));
    let leftHist: Histogram | null = null;
    let rightHist: Histogram | null = null;
    if (depth + 1 < maxDepth) {
      // Histogram subtraction: build the smaller child's, derive its sibling's from the parent.
      const smallIsLeft = left.length <= right.length;
      const small = this.histogram(smallIsLeft ? left : right);
      const large = this.subtract(hist, small);
      leftHist = smallIsLeft ? small : large;
      rightHist = smallIsLeft ? large : small;
    }

    const bounds = this.data.upperBounds[split.feature] as Float64Array;
    this.tree.feature[node] = split.feature;
    this.tree.threshold[node] = split.bin >= bounds.length - 1 ? allPresentThreshold : (bounds[split.bin] as number);
    this.tree.defaultLeft[node] = split.defaultLeft ? 1 : 0;
    this.tree.left[node] = this.grow(left, leftHist, depth + 1);
    this.tree.right[node] = this.grow(right, rightHist, depth + 1);
    return node;
  }

  private subtract(parent: Histogram, child: Histogram): Histogram {
    const grad = new Float64Array(parent.grad.length);
    const hess = new Float64Array(parent.hess.length);
    for (const f of this.features) {
      for (let k = f * binSlots; k < (f + 1) * binSlots; k += 1) {
        grad[k] = (parent.grad[k] as number) - (child.grad[k] as number);
        hess[k] = (parent.hess[k] as number) - (child.hess[k] as number);
      }
    }
    return { grad, hess };
  }

  private addNode(cover: number, value: number): number {
    const t = this.tree;
    t.feature.push(-1);
    t.threshold.push(0);
    t.defaultLeft.push(0);
    t.left.push(-1);
    t.right.push(-1);
    t.value.push(value);
    t.cover.push(cover);
    return t.feature.length - 1;
  }

  private bestSplit(hist: Histogram, gradSum: number, hessSum: number): Split | null {
    const { lambda, gamma, minChildWeight } = this.params;
    const parentScore = (gradSum * gradSum) / (hessSum + lambda);
    let best: Split | null = null;
    const consider = (feature: number, bin: number, gl: number, hl: number, defaultLeft: boolean): void => {
      const hr = hessSum - hl;
      if (hl < minChildWeight || hr < minChildWeight) return;
      const gr = gradSum - gl;
      const gain = 0.5 * ((gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parentScore) - gamma;
      if (gain > 1e-12 && (!best || gain > best.gain)) best = { gain, feature, bin, defaultLeft };
    };
    for (const f of this.features) {
      const base = f * binSlots;
      const binCount = (this.data.upperBounds[f] as Float64Array).length;
      const gMissing = hist.grad[base + missingBin] as number;
      const hMissing = hist.hess[base + missingBin] as number;
      const hasMissing = hMissing > 0;
      let gl = 0;
      let hl = 0;
      for (let b = 0; b < binCount - 1; b += 1) {
        gl += hist.grad[base + b] as number;
        hl += hist.hess[base + b] as number;
        if (hasMissing) {
          consider(f, b, gl, hl, false);
          consider(f, b, gl + gMissing, hl + hMissing, true);
        } else {
          // No missing value here to learn from: unseen missing values follow the heavier side.
          consider(f, b, gl, hl, hl >= hessSum - hl);
        }
      }
      if (hasMissing && binCount > 0) consider(f, binCount - 1, gradSum - gMissing, hessSum - hMissing, false);
    }
    return best;
  }
}
