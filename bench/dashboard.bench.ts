import { performance } from 'node:perf_hooks';
import { dropDatabase } from '../src/camunda/engine/postgres-database';
import { DashboardRepository, type DashboardFilter } from '../src/db/dashboard.repository';
import { createKnex } from '../src/db/knex';
import { migrateToLatest } from '../src/db/migrate';
import { benchPostgres } from './scratch-system';

/**
 * `npx tsx bench/dashboard.bench.ts [--rows N]`: seeds N receivables (default one million) into a
 * fresh credit_dashboard_bench database and prints the dashboard's query times, with the
 * migration's covering indexes and, for comparison, without them.
 */
const rows = Number(process.argv[process.argv.indexOf('--rows') + 1] || 0) || 1_000_000;
const databaseUrl = 'postgres://postgres@127.0.0.1:5432/credit_dashboard_bench';

async function main(): Promise<void> {
  await dropDatabase(benchPostgres, 'credit_dashboard_bench');
  await migrateToLatest(databaseUrl);
  const db = createKnex(databaseUrl);
  try {
    let started = performance.now();
    // Two years of invoices from 5,000 customers; about 30 % still open, scores 30–100.
    await db.raw(
      `INSERT INTO receivable (receivable_id, customer_key, customer_name, tier, colour, score, currency, amount, open_amount, issued_at, due_at, paid_at)
       SELECT 'INV-' || g, 'C' || (g % 5000), 'Customer ' || (g % 5000), (array['core','priority','basic'])[1 + (g % 5000) % 3],
              CASE WHEN s >= 80 THEN 'green' WHEN s >= 60 THEN 'yellow' ELSE 'red' END, s, 'CNY', a,
              CASE WHEN random() < 0.3 THEN round((a * random())::numeric, 2) ELSE 0 END, d, d + (30 + 15 * (g % 4)), NULL
       FROM (SELECT g, (30 + (g::bigint * 7919) % 71)::int AS s, round((1000 + random() * 99000)::numeric, 2) AS a, date '2025-01-01' + (g % 730) AS d
             FROM generate_series(1, ?) AS g) AS seed`,
      [rows],
    );
    const seedMs = performance.now() - started;
    started = performance.now();
    await db.raw('VACUUM ANALYZE receivable');
    console.log(`seeded ${rows.toLocaleString('en')} receivables in ${(seedMs / 1000).toFixed(1)} s (vacuum analyze ${((performance.now() - started) / 1000).toFixed(1)} s)`);

    const repository = new DashboardRepository(db);
    const filters: Array<[string, DashboardFilter]> = [
      ['two years, all', { from: '2025-01-01', to: '2027-01-01', asOf: '2026-12-31' }],
      ['one year, all', { from: '2026-01-01', to: '2027-01-01', asOf: '2026-12-31' }],
      ['one quarter, all', { from: '2026-07-01', to: '2026-10-01', asOf: '2026-12-31' }],
      ['one quarter, core tier', { from: '2026-07-01', to: '2026-10-01', asOf: '2026-12-31', tier: 'core' }],
      ['one quarter, red colour', { from: '2026-07-01', to: '2026-10-01', asOf: '2026-12-31', colour: 'red' }],
    ];
    const queries: Array<[string, (filter: DashboardFilter) => Promise<unknown>]> = [
      ['totals + aging', (f) => repository.receivableTotals(f)],
      ['open by score (provisions)', (f) => repository.openAmountByScore(f)],
      ['top-5 customers', (f) => repository.topCustomers(f)],
    ];
    const measure = async (label: string) => {
      console.log(`\n${label}: median of 5 runs (ms)`);
      console.log(['filter'.padEnd(26), ...queries.map(([name]) => name.padStart(28))].join(''));
      for (const [name, filter] of filters) {
        const cells: string[] = [];
        for (const [, query] of queries) {
          const times: number[] = [];
          for (let run = 0; run < 5; run += 1) {
            const start = performance.now();
            await query(filter);
            times.push(performance.now() - start);
          }
          times.sort((a, b) => a - b);
          cells.push((times[2] as number).toFixed(1).padStart(28));
        }
        console.log([name.padEnd(26), ...cells].join(''));
      }
    };
    await measure('with the covering indexes (migration 20261124100000)');
    await db.raw('DROP INDEX receivable_issued_covering, receivable_open_covering');
    await db.raw('ANALYZE receivable');
    await measure('without them (sequential scans), for comparison');
  } finally {
    await db.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
