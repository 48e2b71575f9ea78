import type { ScenarioReport } from './fault-run';

/** The invariants of every fault scenario, each named in the failure. */
export function expectInvariantsKept(report: ScenarioReport): void {
  expect({ lost: report.lost }).toEqual({ lost: [] });
  expect({ stuckWithoutIncident: report.stuckWithoutIncident }).toEqual({ stuckWithoutIncident: [] });
  expect({ incidents: report.incidents }).toEqual({ incidents: [] });
  expect({ duplicates: report.duplicates }).toEqual({ duplicates: {} });
  expect({ ledgerDifferences: report.ledgerDifferences }).toEqual({ ledgerDifferences: [] });
  expect(report.audit).toEqual({ rows: expect.any(Number), broken: null });
  expect(report.audit.rows).toBeGreaterThan(0);
}
