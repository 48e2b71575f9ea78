import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { runCreditInvestigationOutputSchema } from '../../src/contracts/investigation.contract';
import { InvestigationReportRepository } from '../../src/db/investigation-report.repository';
import { InvestigationService } from '../../src/investigation/investigation.service';
import { sampleCompanySources } from '../../src/investigation/sample-company-sources';
import { ProcessDriver } from '../support/process-driver';
import { startTestSystem } from '../support/test-system';

describe('run-credit-investigation worker on the real engine', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
    await system.camunda.getZeebeGrpcApiClient().deployResource({ processFilename: path.join(__dirname, '..', 'fixtures', 'investigation', 'investigate-only.bpmn') });
  });
  afterAll(async () => {
    await system.close();
  });

  it('when the job runs for a risky company, then the report is stored with its PDF and the findings come back as variables', async () => {
    const applicationId = randomUUID();
    const driver = await ProcessDriver.start(system, 'investigate-only', { applicationId, taxId: '91310000SAMPLE0002', companyName: 'Sample Risky Manufacturing' });
    await driver.waitUntilCompleted('EndEvent_Investigated');
    const output = runCreditInvestigationOutputSchema.parse(await driver.variables().then(({ applicationId: _a, taxId: _t, companyName: _c, ...rest }) => rest));
    // news and environmental findings age with the engine's (moved) clock, so the counts are the stored report's
    const stored = await system.db('investigation_report').where({ application_id: applicationId }).first('id', 'report');
    expect(output).toMatchObject({
      investigationReportId: stored.id,
      checklistPassed: false,
      redFlagCount: stored.report.summary.redFlagCount,
      warningCount: stored.report.summary.warningCount,
      relatedEnterpriseTaxIds: ['91310000SAMPLE0003', '91310000SAMPLE0004'],
    });
    // finances, lawsuits and the four radar flags do not age
    expect(output.redFlagCount).toBeGreaterThanOrEqual(6);
    expect(output.riskRadarFlags.sort()).toEqual(['EQUITY_PLEDGE', 'HIDDEN_LIABILITY', 'RELATED_PARTY_GUARANTEE']);
    const pdf = await new InvestigationReportRepository(system.db).pdfOf(applicationId);
    expect(pdf?.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf?.includes(Buffer.from('WenQuanYiZenHei'))).toBe(true);
  });

  it('when the same investigation is delivered twice, then one report exists and both answers name it', async () => {
    const service = new InvestigationService(sampleCompanySources(), new InvestigationReportRepository(system.db));
    const applicationId = randomUUID();
    const input = { applicationId, taxId: '91310000SAMPLE0001', companyName: 'Sample Clean Trading', asOf: new Date('2026-11-23T00:00:00Z') };
    const first = await service.investigate(input);
    const second = await service.investigate({ ...input, asOf: new Date('2026-11-24T00:00:00Z') });
    expect(second.id).toBe(first.id);
    expect(second.report.generatedAt).toBe('2026-11-23T00:00:00.000Z');
    expect(await new InvestigationReportRepository(system.db).countFor(applicationId)).toBe(1);
  });
});
