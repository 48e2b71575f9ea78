/**
 * `npm run model:train`: for each PD model, cross-validates on the 5-year training file (picking
 * the number of trees), fits the calibration on the out-of-fold margins, trains on all training
 * rows and writes the versioned artifact next to this file. Never reads the hold-out file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { brierScore, calibratedMargin, fitPlatt } from './calibration';
import { countPositives, CreditDataFile, readCreditData } from './credit-data';
import { crossValidate } from './cross-validation';
import { sigmoid } from './gbdt-model';
import { trainGbdt, TrainingSet } from './gbdt-trainer';
import { buildArtifact, serialiseArtifact } from './pd-model-artifact';
import { pdModelArtifactFor, pdModelFromArtifact } from './pd-model';
import { crossValidationFolds, extraTrainingFiles, pdModelSpecs, pdTrainingParams, primaryTrainingFile, type PdModelSpec } from './pd-model.training';

type RowView = (row: Float64Array) => ArrayLike<number>;

function asTrainingSet(files: CreditDataFile[], view: RowView): TrainingSet {
  return { rows: files.flatMap((f) => f.dataset.rows.map(view)), labels: files.flatMap((f) => Array.from(f.dataset.labels)) };
}

/** Only the given attributes (1-based) stay; the others become missing. */
export const keepAttributes = (attributes: readonly number[]): RowView => {
  const kept = new Set(attributes.map((attribute) => attribute - 1));
  return (row) => Float64Array.from(row, (value, index) => (kept.has(index) ? value : Number.NaN));
};

const quantiles = (values: number[], qs: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return qs.map((q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);
};

function trainAndWrite(spec: PdModelSpec, primary: CreditDataFile, extras: CreditDataFile[]): void {
  const started = Date.now();
  const view: RowView = spec.attributes ? keepAttributes(spec.attributes) : (row) => row;
  const files = [primary, ...extras];
  const cv = crossValidate(asTrainingSet([primary], view), pdTrainingParams, crossValidationFolds, extras.length ? asTrainingSet(extras, view) : undefined);
  console.log(`${spec.version} cross-validation (${cv.folds} folds on ${primary.relativePath}): best mean AUC ${cv.bestMeanAuc.toFixed(4)} at ${cv.bestRounds} trees; folds ${cv.foldAuc.map((a) => a.toFixed(4)).join(' ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const labels = primary.dataset.labels;
  const calibration = spec.calibrated ? fitPlatt(cv.outOfFoldMargins, labels) : undefined;
  if (calibration) {
    const raw = Array.from(cv.outOfFoldMargins, sigmoid);
    const calibrated = Array.from(cv.outOfFoldMargins, (m) => sigmoid(calibratedMargin(calibration, m)));
    const [p5, p50, p95] = quantiles(calibrated, [0.05, 0.5, 0.95]);
    console.log(`${spec.version} calibration on out-of-fold margins: log-odds ${calibration.intercept.toFixed(4)} + ${calibration.slope.toFixed(4)} × margin; Brier ${brierScore(raw, labels).toFixed(5)} → ${brierScore(calibrated, labels).toFixed(5)} (in-sample); PD 5/50/95 % ${[p5, p50, p95].map((p) => (p as number).toFixed(4)).join(' / ')}`);
  }

  const params = { ...pdTrainingParams, nTrees: cv.bestRounds };
  const fitStarted = Date.now();
  const { model } = trainGbdt(asTrainingSet(files, view), params);
  const fitSeconds = (Date.now() - fitStarted) / 1000;

  const artifact = buildArtifact(model, {
    modelVersion: spec.version,
    training: {
      files: files.map((f) => ({ path: f.relativePath, sha256: f.sha256, rows: f.dataset.rows.length, positives: countPositives(f.dataset.labels) })),
      params,
      seed: params.seed,
      crossValidation: { folds: cv.folds, validatedOn: primary.relativePath, meanAuc: cv.bestMeanAuc, foldAuc: cv.foldAuc },
    },
    featureNames: primary.dataset.featureNames,
    ...(spec.attributes ? { attributes: [...spec.attributes] } : {}),
    ...(calibration ? { calibration: { method: 'platt' as const, ...calibration, fittedOn: `${cv.folds}-fold out-of-fold margins of ${primary.relativePath}` } } : {}),
  });
  pdModelFromArtifact(artifact);
  const text = serialiseArtifact(artifact);
  const file = pdModelArtifactFor(spec.version);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  const nodes = model.trees.reduce((sum, t) => sum + t.feature.length, 0);
  console.log(`${spec.version}: ${model.trees.length} trees, ${nodes} nodes, fitted in ${fitSeconds.toFixed(1)} s`);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB); total ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function main(): void {
  const primary = readCreditData(primaryTrainingFile);
  const extras = extraTrainingFiles.map(readCreditData);
  for (const extra of extras) {
    if (extra.dataset.featureNames.join('|') !== primary.dataset.featureNames.join('|')) {
      throw new Error(`${extra.relativePath} does not have the attributes of ${primary.relativePath}`);
    }
  }
  for (const f of [primary, ...extras]) console.log(`training data ${f.relativePath}: ${f.dataset.rows.length} rows, ${countPositives(f.dataset.labels)} positives, sha256 ${f.sha256}`);
  const only = process.argv.slice(2);
  for (const spec of pdModelSpecs) if (only.length === 0 || only.includes(spec.version)) trainAndWrite(spec, primary, extras);
}

if (require.main === module) main();
