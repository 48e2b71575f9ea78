/**
 * The probability-of-default model as the rest of the product sees it: the committed
 * artifact, loaded and checked once, that turns a company's financial ratios into a PD with
 * the ratios' contributions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PdModelArtifact, pdModelArtifactSchema } from '../../contracts/pd-model-artifact.contract';
import type { FeatureContribution, FinancialAssessment } from '../../contracts/scoring.contract';
import { GbdtModel, predictMargin, sigmoid } from './gbdt-model';
import { Explainer, createExplainer } from './tree-attribution';

export const pdModelVersion = 'pd-model-v1';
export const pdModelArtifactFor = (version: string) => path.join(__dirname, 'artifacts', `${version}.json`);
export const pdModelArtifactPath = pdModelArtifactFor(pdModelVersion);

export interface PdModel {
  version: string;
  featureNames: string[];
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
  return { version: artifact.modelVersion, featureNames: artifact.featureNames, gbdt, explain: createExplainer(gbdt), artifact };
}

export function loadPdModel(file: string = pdModelArtifactPath): PdModel {
  return pdModelFromArtifact(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** null (unknown) becomes NaN, which each split sends along its learned default direction. */
export function toFeatureRow(ratios: ReadonlyArray<number | null>): Float64Array {
  return Float64Array.from(ratios, (x) => (x === null ? Number.NaN : x));
}

export function predictPd(model: PdModel, row: ArrayLike<number>): number {
  return sigmoid(predictMargin(model.gbdt, row));
}

export function assessFinancials(model: PdModel, ratios: ReadonlyArray<number | null>): FinancialAssessment {
  const row = toFeatureRow(ratios);
  if (row.length !== model.gbdt.featureCount) throw new Error(`expected ${model.gbdt.featureCount} ratios, got ${row.length}`);
  const { bias, contributions } = model.explain(row);
  // The attribution is exact, so one walk of the trees gives both the margin and its parts.
  let margin = bias;
  const named: FeatureContribution[] = [];
  contributions.forEach((logOdds, f) => {
    margin += logOdds;
    if (logOdds !== 0) named.push({ code: `ATTR${f + 1}`, name: model.featureNames[f] ?? `feature ${f + 1}`, logOdds });
  });
  return { pd: sigmoid(margin), baselinePd: sigmoid(bias), contributions: named, modelVersion: model.version };
}
