import { applicationScoringInput, countedRedFlags, reportRedFlags } from '../../../src/domain/scoring/application-scoring-input';
import { assessCustomer } from '../../../src/domain/scoring/customer-assessment';
import { loadPdModel, pdModelArtifactFor } from '../../../src/domain/scoring/pd-model';
import { statementModelAttributes, statementModelVersion } from '../../../src/domain/scoring/pd-model.training';
import { ratiosFromStatements } from '../../../src/domain/scoring/ratios-from-statements';
import { statementScoringPolicy } from '../../../src/domain/scoring/scoring-policy';

const sound = { revenue: 180_000_000, netProfit: 9_500_000, totalAssets: 120_000_000, totalLiabilities: 52_000_000 };
const lossMaking = { revenue: 30_000_000, netProfit: -8_000_000, totalAssets: 40_000_000, totalLiabilities: 38_000_000 };
const facts = { documentData: sound, hasPaymentHistory: true, yearsOfCooperation: 2, collectionRate: 0.9, industryRisk: 'medium' as const, checklistPassed: true, redFlagCount: 0 };

describe('scoring input of an application', () => {
  it('when the application is scored, then the ratios come from its statements and nothing is overdue yet', () => {
    expect(applicationScoringInput(facts)).toEqual({
      financialRatios: ratiosFromStatements(sound), payment: { collectionRate: 0.9, daysOverdue: 0, yearsOfCooperation: 2 }, industryRisk: 'medium', redFlags: [],
    });
    expect(applicationScoringInput({ ...facts, hasPaymentHistory: false }).payment.collectionRate).toBeNull();
  });

  it("when the investigation's report is at hand, then its failed, unverified and radar findings are the red flags, named", () => {
    const report = {
      checklist: [
        { item: 'litigation-record', category: 'basic' as const, status: 'FAIL' as const, finding: '' },
        { item: 'financial-statements', category: 'basic' as const, status: 'UNVERIFIED' as const, finding: '' },
        { item: 'public-sentiment', category: 'basic' as const, status: 'WARN' as const, finding: '' },
      ],
      riskRadar: [{ type: 'EQUITY_PLEDGE' as const, detail: '' }],
    };
    expect(reportRedFlags(report)).toEqual([
      { code: 'litigation_record', severity: 'high' }, { code: 'unverified_financial_statements', severity: 'medium' }, { code: 'EQUITY_PLEDGE', severity: 'high' },
    ]);
    expect(countedRedFlags({ checklistPassed: false, redFlagCount: 2 })).toHaveLength(2);
    expect(countedRedFlags({ checklistPassed: false, redFlagCount: 0 })).toEqual([{ code: 'unverified_checklist', severity: 'medium' }]);
  });

  it('when the statements show a loss and high leverage, then the statement model gives a higher PD and a lower score than for a sound company', () => {
    const model = loadPdModel(pdModelArtifactFor(statementModelVersion));
    const soundScore = assessCustomer(model, applicationScoringInput(facts), statementScoringPolicy);
    const lossScore = assessCustomer(model, applicationScoringInput({ ...facts, documentData: lossMaking }), statementScoringPolicy);
    expect(lossScore.pd).toBeGreaterThan(soundScore.pd);
    expect(lossScore.score).toBeLessThan(soundScore.score);
    expect(soundScore).toMatchObject({ modelVersion: statementModelVersion, scoringPolicyVersion: statementScoringPolicy.version });
  });

  it('when the statement model was trained, then it splits only on ratios the headline figures determine', () => {
    const model = loadPdModel(pdModelArtifactFor(statementModelVersion));
    const splitOn = new Set(model.gbdt.trees.flatMap((tree) => tree.feature.filter((feature) => feature >= 0).map((feature) => feature + 1)));
    expect([...splitOn].every((attribute) => statementModelAttributes.includes(attribute))).toBe(true);
    expect(model.artifact.training.files.map((file) => file.path)).not.toContain('../shared/data/credit/polish-5year-holdout.arff');
  });
});
