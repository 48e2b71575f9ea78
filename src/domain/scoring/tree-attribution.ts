/**
 * Per-feature contributions to one prediction by path attribution (Saabas): walking a row
 * down a tree, each split moves the expected output from the node's expectation to the
 * child's, and that change is credited to the split's feature. Expectations are the
 * cover-weighted means of the leaves below a node, so for every row
 *   margin = bias + Σ contributions   (exactly, on the log-odds scale),
 * where bias is the model's expected margin over its training rows.
 */
import type { GbdtModel, Tree } from './gbdt-model';

export interface Attribution {
  /** Expected margin over the training rows: the reference the contributions move from. */
  bias: number;
  /** Log-odds contribution per feature, in the model's feature order. */
  contributions: Float64Array;
}

export function nodeExpectations(tree: Tree): Float64Array {
  const expectation = Float64Array.from(tree.value);
  // Nodes are stored in pre-order, so every child has a larger index than its parent.
  for (let node = tree.feature.length - 1; node >= 0; node -= 1) {
    if ((tree.feature[node] as number) < 0) continue;
    const left = tree.left[node] as number;
    const right = tree.right[node] as number;
    const coverLeft = tree.cover[left] as number;
    const coverRight = tree.cover[right] as number;
    const total = coverLeft + coverRight;
    expectation[node] =
      total > 0
        ? (coverLeft * (expectation[left] as number) + coverRight * (expectation[right] as number)) / total
        : ((expectation[left] as number) + (expectation[right] as number)) / 2;
  }
  return expectation;
}

export type Explainer = (row: ArrayLike<number>) => Attribution;

export function createExplainer(model: GbdtModel): Explainer {
  const expectations = model.trees.map(nodeExpectations);
  const bias = expectations.reduce((sum, e) => sum + (e[0] as number), model.baseScore);
  return (row) => {
    const contributions = new Float64Array(model.featureCount);
    model.trees.forEach((tree, t) => {
      const expectation = expectations[t] as Float64Array;
      let node = 0;
      let feature = tree.feature[0] as number;
      while (feature >= 0) {
        const x = row[feature] as number;
        const goLeft = Number.isNaN(x) ? tree.defaultLeft[node] === 1 : x <= (tree.threshold[node] as number);
        const child = (goLeft ? tree.left[node] : tree.right[node]) as number;
        contributions[feature] = (contributions[feature] as number) + (expectation[child] as number) - (expectation[node] as number);
        node = child;
        feature = tree.feature[node] as number;
      }
    });
    return { bias, contributions };
  };
}
