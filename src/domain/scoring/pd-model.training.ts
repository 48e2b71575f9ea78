/**
 * How the PD models are trained. The parameters were chosen by 5-fold cross-validation on the
 * 5-year training file only (the hold-out file is never used for a choice); `nTrees` is the
 * ceiling, the number actually kept is the round with the best mean cross-validated AUC.
 */
import type { GbdtParams } from './gbdt-trainer';
import { creditDataFiles } from './credit-data';
import { pdModelVersion } from './pd-model';
import { fullStatementModel, headlineModel } from './statement-models';

/** Validated on in cross-validation; its hold-out twin gives the reported figures. */
export const primaryTrainingFile = creditDataFiles.fiveYearTrain;
/**
 * The same ratios five years before the outcome: added to every training fold (never
 * validated on), it raised the cross-validated AUC on the 5-year file (see the README).
 */
export const extraTrainingFiles = [creditDataFiles.oneYear];

export const crossValidationFolds = 5;

export const pdTrainingParams: GbdtParams = {
  nTrees: 400,
  learningRate: 0.05,
  maxDepth: 6,
  minChildWeight: 1,
  lambda: 1,
  gamma: 0,
  subsample: 0.8,
  colsampleByTree: 0.5,
  maxBins: 255,
  scalePosWeight: 1,
  seed: 20261123,
};

export interface PdModelSpec {
  version: string;
  /** The ratios (1-based) trained on; every other one is hidden (missing) in training. null: all 64. */
  attributes: readonly number[] | null;
  /**
   * Platt scaling fitted on the out-of-fold margins of the 5-year file. The training rows mix the
   * 1-year file (3.9 % defaults) into the 5-year one (6.9 %), so the raw trees under-state a PD.
   */
  calibrated: boolean;
  /** Scores lifecycle cases (the others are reference models). */
  lifecycle: boolean;
}

/**
 * pd-model-v1 on all 64 ratios is the reference (it needs statements of three years and decides
 * no case; kept as it was, uncalibrated). The lifecycle's models are those of statement-models.ts.
 */
export const pdModelSpecs: readonly PdModelSpec[] = [
  { version: pdModelVersion, attributes: null, calibrated: false, lifecycle: false },
  { version: fullStatementModel.modelVersion, attributes: fullStatementModel.attributes, calibrated: true, lifecycle: true },
  { version: headlineModel.modelVersion, attributes: headlineModel.attributes, calibrated: true, lifecycle: true },
];

/** The headline-figure model, which scores a case whose statements give only the four figures. */
export const statementModelVersion = headlineModel.modelVersion;
export const statementModelAttributes = headlineModel.attributes;
