/**
 * A trained ensemble of binary regression trees on the log-odds scale, stored as flat arrays
 * (one entry per node) so that it serialises to compact JSON and walks without allocation.
 */

export interface Tree {
  /** Split feature per node; -1 marks a leaf. */
  feature: number[];
  /** Present values `<= threshold` go left. */
  threshold: number[];
  /** 1 when a missing value (NaN) goes left, 0 when it goes right: learned per split. */
  defaultLeft: number[];
  left: number[];
  right: number[];
  /** Leaf output (log-odds, learning rate applied); on inner nodes the would-be leaf output. */
  value: number[];
  /** Training rows that reached the node (weights for the attribution's expectations). */
  cover: number[];
}

export interface GbdtModel {
  /** Log-odds every prediction starts from (the training prior). */
  baseScore: number;
  featureCount: number;
  trees: Tree[];
}

export function leafIndex(tree: Tree, row: ArrayLike<number>): number {
  let node = 0;
  let feature = tree.feature[0] as number;
  while (feature >= 0) {
    const x = row[feature] as number;
    const goLeft = Number.isNaN(x) ? tree.defaultLeft[node] === 1 : x <= (tree.threshold[node] as number);
    node = (goLeft ? tree.left[node] : tree.right[node]) as number;
    feature = tree.feature[node] as number;
  }
  return node;
}

/** The log-odds of the first `rounds` trees (all of them by default). */
export function predictMargin(model: GbdtModel, row: ArrayLike<number>, rounds = model.trees.length): number {
  if (row.length !== model.featureCount) {
    throw new Error(`expected ${model.featureCount} features, got ${row.length}`);
  }
  let margin = model.baseScore;
  for (let t = 0; t < rounds; t += 1) {
    const tree = model.trees[t];
    if (tree) margin += tree.value[leafIndex(tree, row)] as number;
  }
  return margin;
}

export function sigmoid(margin: number): number {
  return 1 / (1 + Math.exp(-margin));
}

export function logit(probability: number): number {
  return Math.log(probability / (1 - probability));
}

export function predictProbability(model: GbdtModel, row: ArrayLike<number>): number {
  return sigmoid(predictMargin(model, row));
}
