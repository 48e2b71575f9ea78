/**
 * Stratified k-fold cross-validation on the training data only: it picks the number of
 * trees (the round with the best mean validation AUC) and estimates the hold-out AUC without
 * touching the hold-out file.
 */
import { GbdtParams, TrainingSet, trainGbdt } from './gbdt-trainer';
import { GbdtModel, predictMargin } from './gbdt-model';
import { SeededRandom } from './seeded-random';

export interface CrossValidationResult {
  folds: number;
  /** Mean validation AUC per number of trees (index 0 = after the first tree). */
  meanAucByRound: number[];
  bestRounds: number;
  bestMeanAuc: number;
  /** Each fold's AUC at `bestRounds`. */
  foldAuc: number[];
  /** Every primary row's margin (log-odds) from the fold that did not train on it, at `bestRounds` trees: what calibration is fitted on. */
  outOfFoldMargins: Float64Array;
}

/** Fold index per row, positives and negatives dealt out separately after a seeded shuffle. */
export function stratifiedFolds(labels: ArrayLike<number>, folds: number, seed: number): Uint8Array {
  const random = new SeededRandom(seed);
  const assignment = new Uint8Array(labels.length);
  for (const cls of [0, 1]) {
    const members: number[] = [];
    for (let i = 0; i < labels.length; i += 1) if ((labels[i] === 1 ? 1 : 0) === cls) members.push(i);
    random.shuffle(members);
    members.forEach((row, k) => {
      assignment[row] = k % folds;
    });
  }
  return assignment;
}

/**
 * `extra` rows (e.g. another year of the same data) are added to every training fold but
 * never validated on, so the figure stays an estimate for the primary data.
 */
export function crossValidate(
  data: TrainingSet,
  params: GbdtParams,
  folds: number,
  extra?: TrainingSet,
): CrossValidationResult {
  const assignment = stratifiedFolds(data.labels, folds, params.seed);
  const curves: number[][] = [];
  const foldModels: GbdtModel[] = [];
  for (let k = 0; k < folds; k += 1) {
    const trainRows: ArrayLike<number>[] = [];
    const trainLabels: number[] = [];
    const validationRows: ArrayLike<number>[] = [];
    const validationLabels: number[] = [];
    for (let i = 0; i < data.rows.length; i += 1) {
      const isValidation = assignment[i] === k;
      (isValidation ? validationRows : trainRows).push(data.rows[i] as ArrayLike<number>);
      (isValidation ? validationLabels : trainLabels).push(data.labels[i] as number);
    }
    for (let i = 0; i < (extra?.rows.length ?? 0); i += 1) {
      trainRows.push(extra?.rows[i] as ArrayLike<number>);
      trainLabels.push(extra?.labels[i] as number);
    }
    const train: TrainingSet = { rows: trainRows, labels: trainLabels };
    const validation: TrainingSet = { rows: validationRows, labels: validationLabels };
    const { model, validationAuc } = trainGbdt(train, { ...params, seed: params.seed + k }, validation);
    curves.push(validationAuc);
    foldModels.push(model);
  }
  const meanAucByRound = Array.from({ length: params.nTrees }, (_, t) => curves.reduce((s, c) => s + (c[t] as number), 0) / folds);
  let bestIndex = 0;
  meanAucByRound.forEach((auc, t) => {
    if (auc > (meanAucByRound[bestIndex] as number)) bestIndex = t;
  });
  const outOfFoldMargins = Float64Array.from({ length: data.rows.length }, (_, i) => predictMargin(foldModels[assignment[i] as number] as GbdtModel, data.rows[i] as ArrayLike<number>, bestIndex + 1));
  return {
    folds,
    meanAucByRound,
    bestRounds: bestIndex + 1,
    bestMeanAuc: meanAucByRound[bestIndex] as number,
    foldAuc: curves.map((c) => c[bestIndex] as number),
    outOfFoldMargins,
  };
}
