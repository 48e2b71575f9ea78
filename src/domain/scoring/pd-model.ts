/**
 * The probability-of-default model as the rest of the product sees it: the committed
 * artifact, loaded and checked once, that turns a company's financial ratios into a calibrated
 * PD with the ratios' contributions. A model trained on some of the ratios reads only those.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PdModelArtifact, pdModelArtifactSchema } from '../../contracts/pd-model-artifact.contract';
import type { FeatureContribution, FinancialAssessment } from '../../contracts/scoring.contract';
import { calibratedMargin, identityCalibration, type PlattCalibration } from './calibration';
import { GbdtModel, predictMargin, sigmoid } from './gbdt-model';
import { Explainer, createExplainer } from './tree-attribution';

export const pdModelVersion = 'pd-model-v1';
export const pdModelArtifactFor = (version: string) => path.join(__dirname, 'artifacts', `${version}.json`);
export const pdModelArtifactPath = pdModelArtifactFor(pdModelVersion);

export interface PdModel {
  version: string;
  featureNames: string[];
  /** The 1-based ratios the model reads (all when it was trained on all). */
  attributes: number[];
  calibration: PlattCalibration;
  gbdt: GbdtModel;
  explain: Explainer;
  artifact: PdModelArtifact;
}

export function pdModelFromArtifact(json: unknown): PdModel {
  const artifact = pdModelArtifactSchema.parse(json);
  const gbdt: GbdtModel = { baseScore: artifact.baseScore, featureCount: artifact.featureNames.length, trees: artifact.trees };
  for (const tree of gbdt.trees) {
    if (tree.feature.some((f) => f >= gbdt.featureCount)) throw new Error('PD model artifact: a split names an unknown feature');
  }
  const attributes = artifact.attributes ?? Array.from({ length: gbdt.featureCount }, (_, i) => i + 1);
  if (attributes.some((a) => a > gbdt.featureCount)) throw new Error('PD model artifact: an attribute beyond the features');
  const read = new Set(attributes.map((a) => a - 1));
  if (gbdt.trees.some((tree) => tree.feature.some((f) => f >= 0 && !read.has(f)))) throw new Error('PD model artifact: a split on a ratio the model does not read');
  return { version: artifact.modelVersion, featureNames: artifact.featureNames, attributes, calibration: artifact.calibration ?? identityCalibration, gbdt, explain: createExplainer(gbdt), artifact };
}

export function loadPdModel(file: string = pdModelArtifactPath): PdModel {
  return pdModelFromArtifact(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** null (unknown) becomes NaN, which each split sends along its learned default direction. */
export function toFeatureRow(ratios: ReadonlyArray<number | null>): Float64Array {
  return Float64Array.from(ratios, (x) => (x === null ? Number.NaN : x));
}

/** The row as the model was trained to see it: the ratios it does not read are hidden. */
export function modelView(model: PdModel, row: ArrayLike<number>): ArrayLike<number> {
  if (row.length !== model.gbdt.featureCount) throw new Error(`expected ${model.gbdt.featureCount} ratios, got ${row.length}`);
  if (model.attributes.length === model.gbdt.featureCount) return row;
  const view = new Float64Array(row.length).fill(Number.NaN);
  for (const attribute of model.attributes) view[attribute - 1] = row[attribute - 1] as number;
  return view;
}

/** The trees' log-odds before calibration. */
export const rawMargin = (model: PdModel, row: ArrayLike<number>): number => predictMargin(model.gbdt, modelView(model, row));

export function predictPd(model: PdModel, row: ArrayLike<number>): number {
  return sigmoid(calibratedMargin(model.calibration, rawMargin(model, row)));
}

/** The ratios the model read that the case has: what decided its financial part. */
export function ratiosRead(model: PdModel, ratios: ReadonlyArray<number | null>): string[] {
  return model.attributes.filter((attribute) => ratios[attribute - 1] !== null && ratios[attribute - 1] !== undefined).map((attribute) => `ATTR${attribute}`);
}

export function assessFinancials(model: PdModel, ratios: ReadonlyArray<number | null>): FinancialAssessment {
  const row = modelView(model, toFeatureRow(ratios));
  const { bias, contributions } = model.explain(row);
  // The attribution is exact and calibration affine in log-odds, so one walk of the trees gives
  // the margin and its parts: each contribution scales by the calibration's slope.
  const { slope } = model.calibration;
  let margin = calibratedMargin(model.calibration, bias);
  const named: FeatureContribution[] = [];
  contributions.forEach((logOdds, f) => {
    margin += slope * logOdds;
    if (logOdds !== 0) named.push({ code: `ATTR${f + 1}`, name: model.featureNames[f] ?? `feature ${f + 1}`, logOdds: slope * logOdds });
  });
  return { pd: sigmoid(margin), baselinePd: sigmoid(calibratedMargin(model.calibration, bias)), contributions: named, modelVersion: model.version };
}
