/**
 * `npm run model:evaluate`: scores the hold-out file with the committed artifacts. One line per
 * model the lifecycle uses (its hold-out AUC), then each one's calibration (Brier score and a
 * reliability table, before and after), and as its last line the reference model's ROC AUC
 * (`AUC 0.9512`). Needs no training run first; fits nothing.
 */
import path from 'node:path';
import { brierScore, reliabilityTable, type ReliabilityRow } from './calibration';
import { countPositives, creditDataFiles, readCreditData, type CreditDataFile } from './credit-data';
import { sigmoid } from './gbdt-model';
import { loadPdModel, pdModelArtifactFor, pdModelArtifactPath, predictPd, rawMargin, type PdModel } from './pd-model';
import { rocAuc } from './roc-auc';
import { statementModels } from './statement-models';

function checkedAgainst(model: PdModel, holdout: CreditDataFile): PdModel {
  if (holdout.dataset.featureNames.join('|') !== model.featureNames.join('|')) throw new Error(`${holdout.relativePath} does not have the attributes of ${model.version}`);
  if (model.artifact.training.files.some((f) => f.sha256 === holdout.sha256)) throw new Error(`the hold-out file is one ${model.version} was trained on`);
  return model;
}

const percent = (x: number) => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(2)} %`);
const band = (row: ReliabilityRow) => `${percent(row.from)}–${percent(row.to)}`.replace(/ %–/, '–');

function printReliability(label: string, rows: ReliabilityRow[]): void {
  console.log(`  ${label}: PD band | companies | defaults | mean PD | default rate`);
  for (const row of rows) if (row.companies > 0) console.log(`    ${band(row).padEnd(15)} | ${String(row.companies).padStart(5)} | ${String(row.defaults).padStart(4)} | ${percent(row.meanPd).padStart(8)} | ${percent(row.defaultRate).padStart(8)}`);
}

function main(): void {
  const holdout = readCreditData(creditDataFiles.fiveYearHoldout);
  const { rows, labels } = holdout.dataset;
  const reference = checkedAgainst(loadPdModel(), holdout);

  const started = process.hrtime.bigint();
  const scores = rows.map((row) => predictPd(reference, row));
  const millis = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`model ${reference.version} (${path.relative(process.cwd(), pdModelArtifactPath)}), ${reference.gbdt.trees.length} trees: all 64 ratios, statements of three years; decides no case`);
  console.log(`hold-out ${holdout.relativePath}: ${rows.length} rows, ${countPositives(labels)} positives, sha256 ${holdout.sha256}`);
  console.log(`scored in ${millis.toFixed(1)} ms`);

  // each lifecycle model reads only its ratios, so the full rows score as the case's figures would
  const lifecycle = statementModels.map((entry) => ({ entry, model: checkedAgainst(loadPdModel(pdModelArtifactFor(entry.modelVersion)), holdout) }));
  for (const { entry, model } of lifecycle) {
    console.log(`lifecycle model ${model.version} (${entry.figureSet}, ${model.attributes.length} ratios): AUC ${rocAuc(rows.map((row) => predictPd(model, row)), labels).toFixed(4)}`);
  }
  const defaultRate = countPositives(labels) / labels.length;
  console.log(`calibration on the hold-out (base rate ${percent(defaultRate)}; a constant PD at that rate has Brier ${brierScore(rows.map(() => defaultRate), labels).toFixed(5)}):`);
  for (const { model } of lifecycle) {
    const raw = rows.map((row) => sigmoid(rawMargin(model, row)));
    const calibrated = rows.map((row) => predictPd(model, row));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`${model.version}: Brier uncalibrated ${brierScore(raw, labels).toFixed(5)} (mean PD ${percent(mean(raw))}), calibrated ${brierScore(calibrated, labels).toFixed(5)} (mean PD ${percent(mean(calibrated))})`);
    printReliability('uncalibrated', reliabilityTable(raw, labels));
    printReliability('calibrated', reliabilityTable(calibrated, labels));
  }
  console.log(`AUC ${rocAuc(scores, labels).toFixed(4)}`);
}

main();
