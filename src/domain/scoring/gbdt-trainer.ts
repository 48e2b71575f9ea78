/**
 * Gradient boosting for binary classification (logistic loss, Newton steps per leaf).
 * Every random choice (row subsample, feature subsample per tree) comes from one seeded
 * generator, and ties in split search are broken by feature and bin order, so the same data,
 * parameters and seed give the same model bit for bit.
 */
import { binFeatures } from './feature-bins';
import { GbdtModel, leafIndex, logit, sigmoid } from './gbdt-model';
import { rocAuc } from './roc-auc';
import { SeededRandom } from './seeded-random';
import { TreeBuilder } from './tree-builder';

export interface GbdtParams {
  nTrees: number;
  learningRate: number;
  maxDepth: number;
  /** Minimum hessian sum in a child (XGBoost's min_child_weight). */
  minChildWeight: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Minimum gain a split must bring. */
  gamma: number;
  /** Share of rows each tree sees. */
  subsample: number;
  /** Share of features each tree may split on. */
  colsampleByTree: number;
  maxBins: number;
  /** Weight of a positive (default) row relative to a negative one. */
  scalePosWeight: number;
  seed: number;
}

export interface TrainingSet {
  rows: ArrayLike<number>[];
  labels: ArrayLike<number>;
}

export interface TrainingResult {
  model: GbdtModel;
  /** Validation AUC after each tree, when a validation set was given. */
  validationAuc: number[];
}

export function trainGbdt(train: TrainingSet, params: GbdtParams, validation?: TrainingSet): TrainingResult {
  const n = train.rows.length;
  const featureCount = train.rows[0]?.length ?? 0;
  if (n === 0 || featureCount === 0) throw new Error('trainGbdt: empty training set');
  const binned = binFeatures(train.rows, featureCount, params.maxBins);
  const random = new SeededRandom(params.seed);
  const weight = (i: number): number => (train.labels[i] === 1 ? params.scalePosWeight : 1);

  let weightedPositives = 0;
  let totalWeight = 0;
  for (let i = 0; i < n; i += 1) {
    totalWeight += weight(i);
    if (train.labels[i] === 1) weightedPositives += weight(i);
  }
  const prior = Math.min(Math.max(weightedPositives / totalWeight, 1e-6), 1 - 1e-6);
  const model: GbdtModel = { baseScore: logit(prior), featureCount, trees: [] };

  const margin = new Float64Array(n).fill(model.baseScore);
  const validationMargin = new Float64Array(validation?.rows.length ?? 0).fill(model.baseScore);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const featuresPerTree = Math.max(1, Math.round(params.colsampleByTree * featureCount));
  const validationAuc: number[] = [];

  for (let t = 0; t < params.nTrees; t += 1) {
    for (let i = 0; i < n; i += 1) {
      const p = sigmoid(margin[i] as number);
      const w = weight(i);
      grad[i] = w * (p - (train.labels[i] === 1 ? 1 : 0));
      hess[i] = w * Math.max(p * (1 - p), 1e-16);
    }
    const sampled: number[] = [];
    for (let i = 0; i < n; i += 1) if (params.subsample >= 1 || random.next() < params.subsample) sampled.push(i);
    const features = random.sampleIndices(featureCount, featuresPerTree);
    const tree = new TreeBuilder(binned, grad, hess, features, params).build(Uint32Array.from(sampled));
    model.trees.push(tree);

    for (let i = 0; i < n; i += 1) margin[i] = (margin[i] as number) + (tree.value[leafIndex(tree, train.rows[i] as ArrayLike<number>)] as number);
    if (validation) {
      validation.rows.forEach((row, i) => {
        validationMargin[i] = (validationMargin[i] as number) + (tree.value[leafIndex(tree, row)] as number);
      });
      validationAuc.push(rocAuc(validationMargin, validation.labels));
    }
  }
  return { model, validationAuc };
}
