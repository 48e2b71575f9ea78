import { buildHealthCheckReport } from '../../../src/domain/investigation/health-check-report';
import { readSampleCompanies, sampleCompanySources } from '../../../src/investigation/sample-company-sources';

const asOf = new Date('2026-11-23T00:00:00Z');
const sources = sampleCompanySources();

async function reportFor(taxId: string) {
  const [registry, litigation, news, bureau, linked] = await Promise.all([
    sources.registry.lookup(taxId), sources.litigation.casesOf(taxId), sources.news.newsAbout(taxId), sources.bureau.reportOn(taxId), sources.registry.linkedTo(taxId),
  ]);
  return buildHealthCheckReport({ taxId, companyName: 'as registered', evidence: { registry, litigation, news, bureau }, linked, asOf, sources: sources.description });
}
const statusOf = (report: Awaited<ReturnType<typeof reportFor>>) => Object.fromEntries(report.checklist.map((entry) => [entry.item, entry.status]));

describe('5+3 checklist and risk radar on the labelled sample companies', () => {
  it('when the sample file is read, then it says it is fictitious', () => {
    expect(readSampleCompanies()._notice).toMatch(/SAMPLE DATA — fictitious/);
  });

  it('when a healthy company is checked, then all eight items pass and the radar is quiet', async () => {
    const report = await reportFor('91310000SAMPLE0001');
    expect(report.checklist).toHaveLength(8);
    expect(report.checklist.filter((entry) => entry.category === 'basic')).toHaveLength(5);
    expect(new Set(Object.values(statusOf(report)))).toEqual(new Set(['PASS']));
    expect(report.riskRadar).toEqual([]);
    expect(report.summary).toEqual({ checklistPassed: true, redFlagCount: 0, warningCount: 0 });
  });

  it('when a risky manufacturer is checked, then finances, lawsuits, news, concentration and environment fail and the radar finds all three risks', async () => {
    const report = await reportFor('91310000SAMPLE0002');
    expect(statusOf(report)).toEqual({
      'business-registration': 'PASS',
      'shareholding-structure': 'WARN',
      'financial-statements': 'FAIL',
      'litigation-record': 'FAIL',
      'public-sentiment': 'FAIL',
      'upstream-downstream-concentration': 'WARN',
      'environmental-compliance': 'FAIL',
      'policy-sensitivity': 'PASS',
    });
    expect(report.riskRadar.map((flag) => flag.type).sort()).toEqual(['EQUITY_PLEDGE', 'HIDDEN_LIABILITY', 'HIDDEN_LIABILITY', 'RELATED_PARTY_GUARANTEE']);
    expect(report.relatedEnterprises).toEqual([
      { taxId: '91310000SAMPLE0003', name: 'Sample Risky Subsidiary Co., Ltd.', relation: 'subsidiary' },
      { taxId: '91310000SAMPLE0004', name: 'Sample Sister Logistics Co., Ltd.', relation: 'shared shareholder' },
    ]);
    expect(report.summary).toEqual({ checklistPassed: false, redFlagCount: 8, warningCount: 2 });
  });

  it('when a subsidiary is checked, then its parent is found as related', async () => {
    const report = await reportFor('91310000SAMPLE0003');
    expect(report.relatedEnterprises).toContainEqual({ taxId: '91310000SAMPLE0002', name: 'Sample Risky Manufacturing Co., Ltd. (示例风险制造有限公司)', relation: 'parent' });
    expect(statusOf(report)['financial-statements']).toBe('UNVERIFIED');
  });

  it('when the company is suspended or unknown, then registration fails', async () => {
    expect(statusOf(await reportFor('91310000SAMPLE0005'))['business-registration']).toBe('FAIL');
    const unknown = await reportFor('91310000UNKNOWN99');
    expect(statusOf(unknown)).toMatchObject({ 'business-registration': 'FAIL', 'shareholding-structure': 'UNVERIFIED', 'financial-statements': 'UNVERIFIED' });
    expect(unknown.summary.checklistPassed).toBe(false);
  });

  it('when natural persons appear in the report, then they are masked and companies are not', async () => {
    const report = await reportFor('91310000SAMPLE0002');
    expect(report.legalRepresentative).toBe('赵*');
    expect(report.shareholders.map((holder) => holder.name)).toEqual(['赵*', '李*']);
    expect(JSON.stringify(report)).not.toContain('赵强');
    expect((await reportFor('91310000SAMPLE0003')).shareholders[0]?.name).toBe('Sample Risky Manufacturing Co., Ltd.');
  });
});
