import { caseCount, runScenario, slot, type ScenarioReport } from './support/fault-run';
import { expectInvariantsKept } from './support/invariants';
import { PrivatePostgres } from './support/private-postgres';

/**
 * PostgreSQL restarted under a running system: a private instance of the test's own (never the
 * machine's shared cluster), holding the engine's and our database, stopped at seeded random moments
 * (a planned `fast` stop or an `immediate` one, as a crash would) and started again. The engine's
 * connection pool and ours must take new connections.
 */
describe('when PostgreSQL is restarted mid-run', () => {
  const postgres = new PrivatePostgres(5440 + slot);
  let report: ScenarioReport;

  beforeAll(async () => {
    await postgres.init();
    await postgres.start();
    report = await runScenario({
      name: 'postgres-restart',
      // the issue's 500 lifecycles are the worker kills'; this fault's full run drives 100
      cases: caseCount(100),
      postgres: postgres.server,
      faultEverySeconds: [15, 45],
      fault: async (world) => {
        const mode = world.random() < 0.5 ? 'fast' : 'immediate';
        const downMs = Math.round(500 + world.random() * 4_500);
        await postgres.restart(mode, downMs);
        return `PostgreSQL stopped (${mode}), started again after ${downMs} ms`;
      },
    });
  });
  afterAll(() => postgres.destroy());

  it('then every case reaches its end, none is stuck, no side effect is doubled, the ledger reconciles and the audit chain holds', () => {
    expect(report.faults.length).toBeGreaterThan(0);
    expectInvariantsKept(report);
  });
});
