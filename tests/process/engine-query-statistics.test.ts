import fs from 'node:fs';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { createEngineClient } from '../../src/engine/engine-connection';
import { profileFiles } from '../../src/engine/local/engine-profile';

/**
 * The engine application gives PostgreSQL statistics on the permission bits of ACT_RU_AUTHORIZATION
 * (AuthorizationQueryStatistics.java), so that Tasklist's authorization-checked task queries keep a
 * sane plan with many open tasks (benchmark 4: bench/open-cases.bench.ts), and plans every statement
 * with its parameter values (PostgresCustomPlans.java).
 */
describe('engine database: planner statistics for the authorization checks', () => {
  const config = loadConfig();
  let db: Client;
  beforeAll(async () => {
    await createEngineClient(config.engine).get('/version'); // the engine is up (the global set-up started it)
    db = new Client({ connectionString: `postgres://postgres@127.0.0.1:5432/${config.engine.profile.database}` });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
  });

  /** 3,000 per-task grants as the engine writes them for a candidate group, analysed, then rolled back after `check`. */
  async function withThousandsOfTaskGrants(check: () => Promise<void>): Promise<void> {
    await db.query('BEGIN');
    try {
      await db.query(`
        INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
        SELECT 'stats-test-' || n, 1, 1, 'stats-test-group', 7, 'stats-test-task-' || n, 2 | 8 FROM generate_series(1, 3000) AS n`);
      await db.query('ANALYZE act_ru_authorization');
      await check();
    } finally {
      await db.query('ROLLBACK');
    }
  }

  it('when the engine has started, then the expression statistics on READ and READ_TASK bits exist and are analysed', async () => {
    const { rows } = await db.query(`
      SELECT s.stxname, pg_get_statisticsobjdef_expressions(s.oid) AS expressions, d.stxdexpr IS NOT NULL AS analysed
        FROM pg_statistic_ext s LEFT JOIN pg_statistic_ext_data d ON d.stxoid = s.oid
       WHERE s.stxrelid = 'act_ru_authorization'::regclass`);
    expect(rows).toEqual([{ stxname: 'credit_act_ru_auth_perm_bits', expressions: ['(perms_ & 2)', '(perms_ & 64)'], analysed: true }]);
  });

  it('when a group holds thousands of task grants, then the planner counts them instead of guessing 0.5 %', async () => {
    await withThousandsOfTaskGrants(async () => {
      const where = `resource_type_ = 7 AND (perms_ & 2) = 2`;
      const actual = Number((await db.query(`SELECT count(*) AS n FROM act_ru_authorization WHERE ${where}`)).rows[0].n);
      const plan = (await db.query(`EXPLAIN (FORMAT JSON) SELECT * FROM act_ru_authorization WHERE ${where}`)).rows[0]['QUERY PLAN'][0].Plan;
      expect(actual).toBeGreaterThanOrEqual(3000);
      // without the statistics: about 0.5 % of the rows of type 7, i.e. some 15
      expect(plan['Plan Rows']).toBeGreaterThan(actual / 2);
    });
  });

  it('when the engine has started, then its pooled connections plan each statement with its values, never with a generic plan', async () => {
    // The generic plan of the authorization-checked task count guesses three matching grants and compares every
    // task with every grant: at 50,000 open tasks the tenth count on one connection ran for minutes. The engine
    // reads the setting back from a pooled connection at start and logs it.
    const log = fs.readFileSync(profileFiles(config.engine.profile).logFile, 'utf8');
    expect(log).toMatch(/engine connections plan statements with plan_cache_mode = force_custom_plan/);
    expect(log).not.toMatch(/could not read plan_cache_mode/);
  });

  it('when the permission bits are parameters, then only a plan made with their values counts the grants', async () => {
    // why the setting: the generic plan of the grants part of the task count cannot use the statistics above
    await withThousandsOfTaskGrants(async () => {
      await db.query('PREPARE grants_of(int, int, int) AS SELECT * FROM act_ru_authorization WHERE resource_type_ = $1 AND perms_ & $2 = $3');
      const estimate = async (mode: string) => {
        await db.query(`SET LOCAL plan_cache_mode = ${mode}`);
        return (await db.query('EXPLAIN (FORMAT JSON) EXECUTE grants_of(7, 2, 2)')).rows[0]['QUERY PLAN'][0].Plan['Plan Rows'] as number;
      };
      expect(await estimate('force_custom_plan')).toBeGreaterThan(1500);
      expect(await estimate('force_generic_plan')).toBeLessThan(300);
    });
    await db.query('DEALLOCATE ALL');
  });
});
