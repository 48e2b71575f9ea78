/**
 * `npm run model:train`: cross-validates on the 5-year training file (picking the number of
 * trees), trains on all training rows and writes the versioned artifact next to this file.
 * Never reads the hold-out file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { countPositives, CreditDataFile, readCreditData } from './credit-data';
import { crossValidate } from './cross-validation';
import { trainGbdt, TrainingSet } from './gbdt-trainer';
import { buildArtifact, serialiseArtifact } from './pd-model-artifact';
import { pdModelArtifactPath, pdModelFromArtifact, pdModelVersion } from './pd-model';
import { crossValidationFolds, extraTrainingFiles, pdTrainingParams, primaryTrainingFile } from './pd-model.training';

function asTrainingSet(files: CreditDataFile[]): TrainingSet {
  return { rows: files.flatMap((f) => f.dataset.rows), labels: files.flatMap((f) => Array.from(f.dataset.labels)) };
}

function main(): void {
  const started = Date.now();
  const primary = readCreditData(primaryTrainingFile);
  const extras = extraTrainingFiles.map(readCreditData);
  for (const extra of extras) {
    if (extra.dataset.featureNames.join('|') !== primary.dataset.featureNames.join('|')) {
      throw new Error(`${extra.relativePath} does not have the attributes of ${primary.relativePath}`);
    }
  }
  const files = [primary, ...extras];
  for (const f of files) console.log(`training data ${f.relativePath}: ${f.dataset.rows.length} rows, ${countPositives(f.dataset.labels)} positives, sha256 ${f.sha256}`);

  const cv = crossValidate(asTrainingSet([primary]), pdTrainingParams, crossValidationFolds, extras.length ? asTrainingSet(extras) : undefined);
  const cvSeconds = (Date.now() - started) / 1000;
  console.log(`cross-validation (${cv.folds} folds on ${primary.relativePath}): best mean AUC ${cv.bestMeanAuc.toFixed(4)} at ${cv.bestRounds} trees; folds ${cv.foldAuc.map((a) => a.toFixed(4)).join(' ')} (${cvSeconds.toFixed(1)} s)`);

  const params = { ...pdTrainingParams, nTrees: cv.bestRounds };
  const fitStarted = Date.now();
  const { model } = trainGbdt(asTrainingSet(files), params);
  const fitSeconds = (Date.now() - fitStarted) / 1000;

  const artifact = buildArtifact(model, {
    modelVersion: pdModelVersion,
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
  fs.mkdirSync(path.dirname(pdModelArtifactPath), { recursive: true });
  fs.writeFileSync(pdModelArtifactPath, text);
  const nodes = model.trees.reduce((sum, t) => sum + t.feature.length, 0);
  console.log(`final model: ${model.trees.length} trees, ${nodes} nodes, fitted in ${fitSeconds.toFixed(1)} s`);
  console.log(`wrote ${path.relative(process.cwd(), pdModelArtifactPath)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB); total ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
