import { caseCount, runScenario, type ScenarioReport } from './support/fault-run';
import { expectInvariantsKept } from './support/invariants';

/**
 * At-least-once everywhere: every business event is published twice (the same request repeated, and
 * the same event again under a second key, as a sender that lost the answer would), and every external
 * task is handed to its worker twice (the second time after the first completed it, as a redelivery
 * after a lost completion would). Every side effect must still happen once per business key.
 */
describe('when every message is published twice and every external task is completed twice', () => {
  let report: ScenarioReport;

  beforeAll(async () => {
    // the issue's 500 lifecycles are the worker kills'; this fault's full run drives 100
    report = await runScenario({ name: 'duplicate-delivery', twice: true, cases: caseCount(100) });
  });

  it('then every case reaches its end, none is stuck, no side effect is doubled, the ledger reconciles and the audit chain holds', () => {
    expectInvariantsKept(report);
  });
});
