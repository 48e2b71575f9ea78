/**
 * `npm run model:train`: cross-validates on the 5-year training file (picking the number of
 * trees), trains on all training rows and writes the versioned artifacts next to this file:
 * pd-model-v1 on all 64 ratios and the statement model on the ratios the headline figures
 * determine. Never reads the hold-out file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { countPositives, CreditDataFile, readCreditData } from './credit-data';
import { crossValidate } from './cross-validation';
import { trainGbdt, TrainingSet } from './gbdt-trainer';
import { buildArtifact, serialiseArtifact } from './pd-model-artifact';
import { pdModelArtifactFor, pdModelFromArtifact, pdModelVersion } from './pd-model';
import { crossValidationFolds, extraTrainingFiles, pdTrainingParams, primaryTrainingFile, statementModelAttributes, statementModelVersion } from './pd-model.training';

type RowView = (row: Float64Array) => ArrayLike<number>;

function asTrainingSet(files: CreditDataFile[], view: RowView): TrainingSet {
  return { rows: files.flatMap((f) => f.dataset.rows.map(view)), labels: files.flatMap((f) => Array.from(f.dataset.labels)) };
}

/** Only the given attributes (1-based) stay; the others become missing. */
export const keepAttributes = (attributes: readonly number[]): RowView => {
  const kept = new Set(attributes.map((attribute) => attribute - 1));
  return (row) => Float64Array.from(row, (value, index) => (kept.has(index) ? value : Number.NaN));
};

function trainAndWrite(version: string, primary: CreditDataFile, extras: CreditDataFile[], view: RowView): void {
  const started = Date.now();
  const files = [primary, ...extras];
  const cv = crossValidate(asTrainingSet([primary], view), pdTrainingParams, crossValidationFolds, extras.length ? asTrainingSet(extras, view) : undefined);
  console.log(`${version} cross-validation (${cv.folds} folds on ${primary.relativePath}): best mean AUC ${cv.bestMeanAuc.toFixed(4)} at ${cv.bestRounds} trees; folds ${cv.foldAuc.map((a) => a.toFixed(4)).join(' ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const params = { ...pdTrainingParams, nTrees: cv.bestRounds };
  const fitStarted = Date.now();
  const { model } = trainGbdt(asTrainingSet(files, view), params);
  const fitSeconds = (Date.now() - fitStarted) / 1000;

  const artifact = buildArtifact(model, {
    modelVersion: version,
    training: {
      files: files.map((f) => ({ path: f.relativePath, sha256: f.sha256, rows: f.dataset.rows.length, positives: countPositives(f.dataset.labels) })),
      params,
      seed: params.seed,
      crossValidation: { folds: cv.folds, validatedOn: primary.relativePath, meanAuc: cv.bestMeanAuc, foldAuc: cv.foldAuc },
    },
    featureNames: primary.dataset.featureNames,
  });
  pdModelFromArtifact(artifact);
  const text = serialiseArtifact(artifact);
  const file = pdModelArtifactFor(version);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  const nodes = model.trees.reduce((sum, t) => sum + t.feature.length, 0);
  console.log(`${version}: ${model.trees.length} trees, ${nodes} nodes, fitted in ${fitSeconds.toFixed(1)} s`);
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
  trainAndWrite(pdModelVersion, primary, extras, (row) => row);
  trainAndWrite(statementModelVersion, primary, extras, keepAttributes(statementModelAttributes));
}

if (require.main === module) main();
