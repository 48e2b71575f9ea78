import fs from 'node:fs';
import { logit } from '../../../src/domain/scoring/gbdt-model';
import { creditDataFiles, readCreditData } from '../../../src/domain/scoring/credit-data';
import { assessCustomer } from '../../../src/domain/scoring/customer-assessment';
import { assessFinancials, loadPdModel, pdModelArtifactPath, pdModelVersion, predictPd } from '../../../src/domain/scoring/pd-model';

describe('the committed PD model', () => {
  const model = loadPdModel();
  const holdout = readCreditData(creditDataFiles.fiveYearHoldout);

  it('when the artifact is loaded, then it names its version, training files with their sha256, parameters and seed', () => {
    // given / when
    const { training } = model.artifact;
    // then
    expect(model.version).toBe(pdModelVersion);
    expect(training.files.map((f) => f.path)).toContain('../shared/data/credit/polish-5year-train.arff');
    expect(training.files.map((f) => f.path)).not.toContain('../shared/data/credit/polish-5year-holdout.arff');
    expect(training.seed).toBe(training.params.seed);
    expect(training.params.nTrees).toBe(model.gbdt.trees.length);
    expect(fs.statSync(pdModelArtifactPath).size).toBeLessThan(5 * 1024 * 1024);
  });

  it('when the training file is read today, then its sha256 is the one the artifact was trained on', () => {
    // given
    const train = readCreditData(creditDataFiles.fiveYearTrain);
    // when
    const recorded = model.artifact.training.files.find((f) => f.path === train.relativePath);
    // then
    expect(recorded).toMatchObject({ sha256: train.sha256, rows: train.dataset.rows.length });
  });

  it('when one hold-out row is scored, then the PD is a probability and bias plus contributions give its log-odds', () => {
    // given the first hold-out row, as a job would send it (missing ratios as null)
    const row = holdout.dataset.rows[0] as Float64Array;
    const ratios = Array.from(row, (x) => (Number.isNaN(x) ? null : x));
    // when
    const pd = predictPd(model, row);
    const assessment = assessFinancials(model, ratios);
    // then
    expect(pd).toBeGreaterThanOrEqual(0);
    expect(pd).toBeLessThanOrEqual(1);
    expect(assessment.pd).toBeCloseTo(pd, 12);
    const contributed = assessment.contributions.reduce((s, c) => s + c.logOdds, logit(assessment.baselinePd));
    expect(contributed).toBeCloseTo(logit(pd), 9);
    expect(assessment.contributions.every((c) => /^ATTR\d+$/.test(c.code))).toBe(true);
  });

  it('when a row has missing ratios, then it is still scored', () => {
    // given a hold-out row with at least one missing value
    const row = holdout.dataset.rows.find((r) => r.some((x) => Number.isNaN(x))) as Float64Array;
    // when
    const result = assessCustomer(model, {
      financialRatios: Array.from(row, (x) => (Number.isNaN(x) ? null : x)),
      payment: { collectionRate: 0.9, daysOverdue: 12, yearsOfCooperation: 2 },
      industryRisk: 'medium',
      redFlags: [],
    });
    // then
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(100);
    expect(result.modelVersion).toBe(pdModelVersion);
  });
});
