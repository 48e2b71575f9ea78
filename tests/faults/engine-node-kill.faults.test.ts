import { caseCount, runScenario, type ScenarioReport } from './support/fault-run';
import { expectInvariantsKept } from './support/invariants';

/**
 * The production shape: two engine nodes on one PostgreSQL database, a workers + API process on
 * each. Node 1 is killed (kill -9) at seeded random moments while the other keeps running, then
 * started again; the cases go on through node 2 meanwhile.
 */
describe('when one of two engine nodes is killed (kill -9) while the other keeps running, and restarted', () => {
  let report: ScenarioReport;

  beforeAll(async () => {
    report = await runScenario({
      name: 'engine-node-kill',
      // the issue's 500 lifecycles are the worker kills'; this fault's full run drives 100
      cases: caseCount(100),
      engineNodes: 2,
      driverSystem: 1,
      faultEverySeconds: [10, 40],
      fault: async (world) => {
        await world.nodes.kill(0);
        const downMs = Math.round(2_000 + world.random() * 8_000);
        // jobs the dead node had locked (5 min) and tasks its workers could not complete (60 s) expire on the survivor's clock
        await world.nodes.advance(6 * 60_000);
        await new Promise((resolve) => setTimeout(resolve, downMs));
        await world.nodes.restart(0);
        return `engine node 1 killed, restarted after ${downMs} ms (plus its start-up)`;
      },
    });
  });

  it('then every case reaches its end, none is stuck, no side effect is doubled, the ledger reconciles and the audit chain holds', () => {
    expect(report.faults.length).toBeGreaterThan(0);
    expectInvariantsKept(report);
  });
});
