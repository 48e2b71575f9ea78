import { applicationScoringInput } from '../../../src/domain/scoring/application-scoring-input';
import { assessFinancials, loadPdModel, pdModelArtifactFor } from '../../../src/domain/scoring/pd-model';
import { ratiosFromStatements } from '../../../src/domain/scoring/ratios-from-statements';
import { fullStatementModel, headlineModel, statementModelFor } from '../../../src/domain/scoring/statement-models';
import { loadStatementModels, StatementModelSet } from '../../../src/scoring/statement-models.loader';
import { headlineOnly, soundTradingStatements, strainedManufacturingStatements } from '../../fixtures/statements/statement-figures.fixture';

const sound = soundTradingStatements.figures;
const strained = strainedManufacturingStatements.figures;
const facts = { hasPaymentHistory: true, yearsOfCooperation: 2, collectionRate: 0.9, industryRisk: 'medium' as const, checklistPassed: true, redFlagCount: 0 };

describe('the model a case is scored with', () => {
  it('when a case has full statements, then the full-statement model scores it; with the headline figures only, the headline model', () => {
    expect(statementModelFor(sound)).toBe(fullStatementModel);
    expect(statementModelFor(headlineOnly(sound))).toBe(headlineModel);
    expect(fullStatementModel.attributes).toHaveLength(51);
    expect(headlineModel.attributes).toEqual([1, 2, 8, 9, 10, 17, 23, 36]);
  });

  it('when the cash-flow supplement is missing, then full statements still get the full-statement model; a missing income-statement line does not', () => {
    expect(statementModelFor({ ...sound, depreciation: null })).toBe(fullStatementModel);
    expect(statementModelFor({ ...sound, interestExpense: undefined })).toBe(headlineModel);
    expect(statementModelFor({ ...sound, costOfSales: null })).toBe(headlineModel);
  });

  it('when a full-statement case is scored, then the decision names the model, the statements and the ratios that decided, and its reasons are those ratios', () => {
    const models = loadStatementModels();
    const chosen = models.forFigures(sound);
    const result = StatementModelSet.score(chosen, applicationScoringInput({ ...facts, documentData: sound }));
    expect(result).toMatchObject({ modelVersion: 'pd-model-full-statements-v1', figureSet: 'full-statements', scoringPolicyVersion: fullStatementModel.policy.version });
    expect(result.ratiosRead).toEqual(fullStatementModel.attributes.map((attribute) => `ATTR${attribute}`));
    const attributeReasons = result.reasonCodes.filter((reason) => reason.code.startsWith('ATTR'));
    expect(attributeReasons.every((reason) => result.ratiosRead?.includes(reason.code))).toBe(true);
  });

  it('when a sound and a strained company are scored on their full statements, then the strained one has the higher PD and the lower score', () => {
    const models = loadStatementModels();
    const score = (figures: typeof sound) => StatementModelSet.score(models.forFigures(figures), applicationScoringInput({ ...facts, documentData: figures }));
    const [good, bad] = [score(sound), score(strained)];
    expect(bad.pd).toBeGreaterThan(good.pd);
    expect(bad.score).toBeLessThan(good.score);
  });

  it('when the lifecycle models were trained, then each splits only on its ratios, is calibrated, and never saw the hold-out file', () => {
    for (const entry of [fullStatementModel, headlineModel]) {
      const model = loadPdModel(pdModelArtifactFor(entry.modelVersion));
      const splitOn = new Set(model.gbdt.trees.flatMap((tree) => tree.feature.filter((feature) => feature >= 0).map((feature) => feature + 1)));
      expect({ version: entry.modelVersion, outside: [...splitOn].filter((attribute) => !entry.attributes.includes(attribute)) }).toEqual({ version: entry.modelVersion, outside: [] });
      expect(model.attributes).toEqual([...entry.attributes]);
      expect(model.artifact.calibration?.method).toBe('platt');
      expect(model.artifact.training.files.map((file) => file.path)).not.toContain('../shared/data/credit/polish-5year-holdout.arff');
    }
  });

  it('when ratios the model does not read are set, then its PD does not move', () => {
    const model = loadPdModel(pdModelArtifactFor(headlineModel.modelVersion));
    expect(assessFinancials(model, ratiosFromStatements(sound)).pd).toBe(assessFinancials(model, ratiosFromStatements(headlineOnly(sound))).pd);
  });
});
