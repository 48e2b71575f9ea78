import { buildPreliminaryReport } from '../../../src/domain/investigation/preliminary-report';
import { readSampleCompanies } from '../../../src/investigation/sample-company-sources';

const [clean] = readSampleCompanies().companies;
const collectedAt = new Date('2026-11-23T09:00:00Z');

describe('preliminary report', () => {
  it('when the registry knows the company, then its registration and the bureau figures are reported', () => {
    const report = buildPreliminaryReport({ taxId: '91310000SAMPLE0001', customerName: 'Sample Clean Trading', registry: clean?.registry, bureau: clean?.bureau, sources: 'sample companies', collectedAt });
    expect(report).toMatchObject({
      registeredName: clean?.registry.name, registryStatus: 'ACTIVE', establishedOn: '2015-03-18', registeredCapital: 20_000_000,
      sourcesChecked: ['business-registry', 'credit-bureau'], collectedAt: '2026-11-23T09:00:00.000Z',
    });
    expect(report.summary).toContain('sales gave the name "Sample Clean Trading"');
    expect(report.summary).toContain('2025 statements: revenue 180,000,000');
  });

  it('when the registry does not know the tax id, then the report says NOT_FOUND with the name sales gave', () => {
    const report = buildPreliminaryReport({ taxId: '913302000000000001', customerName: 'Unknown Co.', registry: undefined, bureau: undefined, sources: 'sample companies', collectedAt });
    expect(report).toMatchObject({ registeredName: 'Unknown Co.', registryStatus: 'NOT_FOUND', establishedOn: null, registeredCapital: null });
    expect(report.summary).toMatch(/^No business registry record for tax id 913302000000000001\. No credit bureau report\./);
  });

  it("when sales asked for a second round, then the summary starts with their note", () => {
    const report = buildPreliminaryReport({ taxId: '91310000SAMPLE0001', customerName: 'x', registry: clean?.registry, bureau: clean?.bureau, sources: 's', mismatchNote: 'Capital is 5 million.', collectedAt });
    expect(report.summary.startsWith("Collected again after sales' note: Capital is 5 million.")).toBe(true);
  });
});
