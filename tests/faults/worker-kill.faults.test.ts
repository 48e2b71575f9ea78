import { runScenario, type ScenarioReport } from './support/fault-run';
import { expectInvariantsKept } from './support/invariants';

/**
 * kill -9 of the workers + API process at seeded random moments while N lifecycles run through
 * sale, term, dunning and legal; each time it is started again. Nothing may be lost or done twice.
 */
describe('when the workers + API process is killed (kill -9) at random moments and restarted', () => {
  let report: ScenarioReport;

  beforeAll(async () => {
    report = await runScenario({
      name: 'worker-kill',
      faultEverySeconds: [15, 45],
      fault: async (world) => {
        const system = world.systems[0]!;
        await system.kill();
        const downMs = Math.round(world.random() * 3_000);
        await new Promise((resolve) => setTimeout(resolve, downMs));
        // the killed process's locks expire (60 s) only on the engine's clock
        await world.nodes.advance(2 * 60_000);
        await system.start();
        return `workers + API killed, restarted after ${downMs} ms`;
      },
    });
  });

  it('then every case reaches its end, none is stuck, no side effect is doubled, the ledger reconciles and the audit chain holds', () => {
    expect(report.faults.length).toBeGreaterThan(0);
    expectInvariantsKept(report);
  });
});
