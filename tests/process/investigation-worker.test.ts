import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runCreditInvestigationOutputSchema } from '../../src/contracts/investigation.contract';
import { InvestigationReportRepository } from '../../src/db/investigation-report.repository';
import { deployResources } from '../../src/engine/deployment';
import { InvestigationService } from '../../src/investigation/investigation.service';
import { sourcesFromEnvironment } from '../../src/investigation/sources-from-environment';
import { sampleCompanyFamily, useInvestigationProvider, type InvestigationProvider } from '../support/investigation-provider';
import { ProcessDriver } from '../support/process-driver';
import { startTestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

const fixture = path.join(__dirname, '..', 'fixtures', 'investigation', 'investigate-only.bpmn');

jest.setTimeout(180_000);

describe('run-credit-investigation worker on the real engine', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let provider: InvestigationProvider;
  beforeAll(async () => {
    // registry, court, news and bureau as HTTP stand-ins: each test asks about a company family of its own
    provider = await useInvestigationProvider();
    system = await startTestSystem();
    await deployResources(system.engine, [{ name: path.basename(fixture), content: fs.readFileSync(fixture) }], { name: 'investigation-fixtures', source: 'tests' });
  });
  afterAll(async () => {
    await system?.close();
    await provider?.close();
  });

  it('when the job runs for a risky company, then the report is stored with its PDF and the findings come back as variables', async () => {
    const family = sampleCompanyFamily();
    provider.add(family.companies);
    const applicationId = randomUUID();
    const driver = await ProcessDriver.start(system, 'investigate-only', { applicationId, taxId: family.taxIdOf('risky'), companyName: family.nameOf('risky') });
    // generous: the report's PDF takes a while on a busy machine
    await waitFor('the investigation', async () => (await driver.completedElements()).includes('EndEvent_Investigated'), 120_000);
    const output = runCreditInvestigationOutputSchema.strict().parse(await driver.variables().then(({ applicationId: _a, taxId: _t, companyName: _c, ...rest }) => rest));
    // news and environmental findings age with the engine's (moved) clock, so the counts are the stored report's
    const stored = await system.db('investigation_report').where({ application_id: applicationId }).first('id', 'report');
    // its subsidiary (it guarantees for it) and its sister company (a shared shareholder) are related; nobody else's companies
    const related = family.companies.filter((company) => /^(Risky Subsidiary|Sister Logistics) /.test(company.registry.name)).map((company) => company.registry.taxId);
    expect(output).toMatchObject({
      investigationReportId: stored.id,
      checklistPassed: false,
      redFlagCount: stored.report.summary.redFlagCount,
      warningCount: stored.report.summary.warningCount,
      relatedEnterpriseTaxIds: related,
    });
    expect(related).toHaveLength(2);
    // finances, lawsuits and the four radar flags do not age
    expect(output.redFlagCount).toBeGreaterThanOrEqual(6);
    expect(output.riskRadarFlags.sort()).toEqual(['EQUITY_PLEDGE', 'HIDDEN_LIABILITY', 'RELATED_PARTY_GUARANTEE']);
    const pdf = await new InvestigationReportRepository(system.db).pdfOf(applicationId);
    expect(pdf?.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf?.includes(Buffer.from('WenQuanYiZenHei'))).toBe(true);
  });

  it('when the same investigation is delivered twice, then one report exists and both answers name it', async () => {
    const family = sampleCompanyFamily();
    provider.add(family.companies);
    const service = new InvestigationService(sourcesFromEnvironment(), new InvestigationReportRepository(system.db));
    const applicationId = randomUUID();
    const input = { applicationId, taxId: family.taxIdOf('clean'), companyName: family.nameOf('clean'), asOf: new Date('2026-11-23T00:00:00Z') };
    const first = await service.investigate(input);
    const second = await service.investigate({ ...input, asOf: new Date('2026-11-24T00:00:00Z') });
    expect(second.id).toBe(first.id);
    expect(second.report.generatedAt).toBe('2026-11-23T00:00:00.000Z');
    expect(first.report.summary.checklistPassed).toBe(true);
    expect(await new InvestigationReportRepository(system.db).countFor(applicationId)).toBe(1);
  });
});
