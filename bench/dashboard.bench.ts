import { performance } from 'node:perf_hooks';
import { dropDatabase } from '../src/engine/local/postgres-database';
import { DashboardRepository, type DashboardFilter } from '../src/db/dashboard.repository';
import { createKnex } from '../src/db/knex';
import { migrateToLatest } from '../src/db/migrate';
import { benchPostgres } from './scratch-system';
import { runBench } from './bench-common';

/**
 * `npx tsx bench/dashboard.bench.ts [--rows N]`: seeds N receivables (default one million) into a
 * fresh credit_dashboard_bench database and prints the dashboard's query times: totals and aging
 * from the trigger-maintained day totals and from the invoices themselves, the other queries with
 * the migration's covering indexes and, for comparison, without them.
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
    const dayTotals = Number((await db.raw('SELECT count(*) AS n FROM receivable_day_total')).rows[0].n);
    console.log(`maintained day totals: ${dayTotals.toLocaleString('en')} rows (kept by the triggers while seeding)`);
    const queries: Array<[string, (filter: DashboardFilter) => Promise<unknown>]> = [
      ['totals + aging (day totals)', (f) => repository.receivableTotals(f, 'day-totals')],
      ['totals + aging (invoices)', (f) => repository.receivableTotals(f, 'invoices')],
      ['open by score (provisions)', (f) => repository.openAmountByScore(f)],
      ['top-5 customers', (f) => repository.topCustomers(f)],
    ];
    const measure = async (label: string) => {
      console.log(`\n${label}: median of 5 runs (ms)`);
      console.log(['filter'.padEnd(26), ...queries.map(([name]) => name.padStart(30))].join(''));
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
          cells.push((times[2] as number).toFixed(1).padStart(30));
        }
        console.log([name.padEnd(26), ...cells].join(''));
      }
    };
    await measure('with the covering indexes (migration 20261124100000) and the day totals (20261124110000)');
    // the cost of keeping the day totals: a 10,000-row statement with and without the triggers
    const batch = (offset: number) => db.raw(
      `INSERT INTO receivable (receivable_id, customer_key, customer_name, tier, colour, score, currency, amount, open_amount, issued_at, due_at)
       SELECT 'X-' || (g + ?), 'C1', 'Customer 1', 'core', 'green', 90, 'CNY', 100, 100, date '2026-06-01' + (g % 30), date '2026-07-01' + (g % 30) FROM generate_series(1, 10000) g`, [offset]);
    let at = performance.now();
    await batch(0);
    const withTriggers = performance.now() - at;
    await db.raw('ALTER TABLE receivable DISABLE TRIGGER USER');
    at = performance.now();
    await batch(100_000);
    const withoutTriggers = performance.now() - at;
    await db.raw('ALTER TABLE receivable ENABLE TRIGGER USER');
    console.log(`\nwriting 10,000 invoices in one statement: ${withTriggers.toFixed(0)} ms with the day-total triggers, ${withoutTriggers.toFixed(0)} ms without`);
    await db.raw('DROP INDEX receivable_issued_covering, receivable_open_covering');
    await db.raw('ANALYZE receivable');
    await measure('without the covering indexes (sequential scans), for comparison');
  } finally {
    await db.destroy();
  }
}

runBench('dashboard', main);
