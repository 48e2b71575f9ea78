/**
 * `npm run model:evaluate`: scores the hold-out file with the committed artifact and prints
 * the ROC AUC as its last line (`AUC 0.9512`). Needs no training run first.
 */
import path from 'node:path';
import { countPositives, creditDataFiles, readCreditData } from './credit-data';
import { loadPdModel, pdModelArtifactFor, pdModelArtifactPath, predictPd } from './pd-model';
import { statementModelAttributes, statementModelVersion } from './pd-model.training';
import { rocAuc } from './roc-auc';

function main(): void {
  const model = loadPdModel();
  const holdout = readCreditData(creditDataFiles.fiveYearHoldout);
  if (holdout.dataset.featureNames.join('|') !== model.featureNames.join('|')) {
    throw new Error(`${holdout.relativePath} does not have the model's attributes`);
  }
  const trainedOn = new Set(model.artifact.training.files.map((f) => f.sha256));
  if (trainedOn.has(holdout.sha256)) throw new Error('the hold-out file is one the model was trained on');

  const started = process.hrtime.bigint();
  const scores = holdout.dataset.rows.map((row) => predictPd(model, row));
  const millis = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`model ${model.version} (${path.relative(process.cwd(), pdModelArtifactPath)}), ${model.gbdt.trees.length} trees`);
  console.log(`hold-out ${holdout.relativePath}: ${scores.length} rows, ${countPositives(holdout.dataset.labels)} positives, sha256 ${holdout.sha256}`);
  console.log(`scored in ${millis.toFixed(1)} ms`);
  // the statement model splits only on its ratios, so the full rows score as the lifecycle's four figures would
  const statementModel = loadPdModel(pdModelArtifactFor(statementModelVersion));
  const statementAuc = rocAuc(holdout.dataset.rows.map((row) => predictPd(statementModel, row)), holdout.dataset.labels);
  console.log(`statement model ${statementModel.version} (attributes ${statementModelAttributes.join(', ')} only): AUC ${statementAuc.toFixed(4)}`);
  console.log(`AUC ${rocAuc(scores, holdout.dataset.labels).toFixed(4)}`);
}

main();
