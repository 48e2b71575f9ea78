/**
 * Many open cases (issue 14, benchmark 4): N credit-lifecycle cases left open on the engine, half
 * waiting at the sales-intent gateway (a P90D timer job and a message subscription each), half at
 * sales' confirmation task (a user task of the group `sales`), each with its application row. They
 * are loaded the fastest way the engine offers: its REST start with a start instruction at the
 * waiting element (no workers on the way), 8 at a time — the load time is printed. Then: engine
 * memory; Tasklist's queries as sales.li issues them (the group's first page of 15, newest first,
 * and its count) and our API's GET /api/applications/:id, p50/p99; the engine restarted on them
 * (time to ready, memory) and the Tasklist query again on the cold engine.
 *   npx tsx bench/open-cases.bench.ts [--open 100000] [--queries 100] [--tasklist-queries 20] [--keep 1]
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { passwordOf } from '../tests/support/local-passwords';
import { creditLifecycleProcess, lifecycleStartVariablesSchema } from '../src/contracts/credit-lifecycle.contract';
import { CreditApplicationRepository } from '../src/db/credit-application.repository';
import { toTypedVariables } from '../src/engine/variables';
import { databaseSizes, latencySummary, option, runBench } from './bench-common';
import { startBenchCluster, type BenchCluster } from './cluster-system';
import { Client } from 'pg';
import { benchCreditDatabase, benchPostgres } from './scratch-system';

const open = option('--open', 100_000);
const queries = option('--queries', 100);
/** Tasklist's queries are timed fewer times: at 50,000 tasks one takes tens of seconds. */
const tasklistQueryCount = option('--tasklist-queries', 20);
/** --keep 1: leave the engine's database in place for a look at its query plans. */
const keepDatabase = option('--keep', 0) === 1;
const tasklistTimeoutMs = 300_000;
const { elements: el } = creditLifecycleProcess;
const sales = { user: 'sales.li', password: passwordOf('sales.li') };

async function loadCases(cluster: BenchCluster): Promise<string[]> {
  const system = cluster.systems[0] as BenchCluster['systems'][number];
  const applications = new CreditApplicationRepository(system.db);
  const ids: string[] = [];
  let next = 0;
  const started = performance.now();
  let reported = started;
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < open) {
      const i = next++;
      const applicationId = randomUUID();
      const taxId = `91BENCH${String(i).padStart(11, '0')}`;
      const variables = lifecycleStartVariablesSchema.parse({
        applicationId, customerId: `CUST-${i}`, customerName: `Open Case Company ${i} Co., Ltd.`, taxId, requestedLimit: 500_000, currency: 'CNY', urgent: false,
        annualVolume: 3_000_000, yearsOfCooperation: 2, collectionRate: 0.9, industryRisk: 'medium', hasPaymentHistory: true,
        committeeMembers: ['head.sales', 'head.finance', 'head.risk', 'head.legal'], committeeChair: 'general.manager',
      });
      const waitAt = i % 2 === 0 ? el.awaitSalesIntent : el.confirmCollectedInformation;
      const engine = cluster.nodes.clients()[i % cluster.nodes.nodes.length] as BenchCluster['nodes']['nodes'][number]['client'];
      const instance = await engine.post<{ id: string }>(`/process-definition/key/${creditLifecycleProcess.processId}/start`, {
        businessKey: applicationId,
        variables: toTypedVariables({ ...variables, preliminaryReport: { registeredName: variables.customerName, registryStatus: 'ACTIVE', summary: 'Loaded by the open-cases benchmark.' } }),
        startInstructions: [{ type: 'startBeforeActivity', activityId: waitAt }],
      });
      await applications.insert({ id: applicationId, companyName: variables.customerName, taxId, requestedLimit: 500_000, currency: 'CNY', urgent: false, processInstanceKey: instance.id, status: 'OPEN' });
      ids.push(applicationId);
      if (performance.now() - reported > 30_000) {
        reported = performance.now();
        console.log(`  … ${ids.length} loaded after ${((reported - started) / 1000).toFixed(0)} s`);
      }
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  console.log(`${open} open cases loaded in ${seconds.toFixed(1)} s (${(open / seconds).toFixed(1)} per s, 8 at a time: REST start at the waiting element + the application row)`);
  return ids;
}

async function timed(count: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now();
    await call(i);
    times.push(performance.now() - t0);
  }
  return times;
}

async function tasklistQueries(cluster: BenchCluster, label: string) {
  const engine = cluster.nodes.clients()[0] as BenchCluster['nodes']['nodes'][number]['client'];
  const asSales = (path: string, query: Record<string, string | number>) => engine.request<unknown[]>('GET', path, { query, as: sales, timeoutMs: tasklistTimeoutMs });
  const firstPage = { candidateGroup: 'sales', sortBy: 'created', sortOrder: 'desc', firstResult: 0, maxResults: 15 };
  const page = await asSales('/task', firstPage);
  if (page.length === 0) throw new Error('Tasklist query as sales.li found no task: the benchmark would time an empty answer');
  const list = await timed(tasklistQueryCount, () => asSales('/task', firstPage));
  const count = await timed(tasklistQueryCount, () => asSales('/task/count', { candidateGroup: 'sales' }));
  console.log(`Tasklist as sales.li (${label}): first page of 15 of the group's tasks, newest first ${latencySummary(list)}; the count ${latencySummary(count)}`);
}

runBench('open-cases', async () => {
  // its own engine port and databases (offset 6, operaton_open_cases): it can run beside the other benches
  const cluster = await startBenchCluster(1, { purpose: 'open_cases', firstOffset: 6 });
  try {
    const [node] = cluster.nodes.nodes;
    if (!node) throw new Error('no engine node');
    console.log(`engine before loading: resident ${(await cluster.nodes.residentMemoryMb())[0]} MB`);
    const ids = await loadCases(cluster);
    const engine = node.client;
    // Right after a bulk load the planner's statistics still describe a near-empty database, and its
    // plans for the task queries are quadratic (a 30 s timeout at 50,000 tasks); PostgreSQL's autovacuum
    // analyses the tables soon after in production. The bench does it at once, and says how long it took.
    const analysed = performance.now();
    const pg = new Client({ host: benchPostgres.host, port: benchPostgres.port, user: benchPostgres.user, database: node.profile.database });
    await pg.connect();
    await pg.query('ANALYZE');
    await pg.end();
    console.log(`engine database analysed after the load (what autovacuum does on its own): ${((performance.now() - analysed) / 1000).toFixed(1)} s`);
    const longCount = (path: string, query: Record<string, string | boolean>) => engine.request<{ count: number }>('GET', path, { query, timeoutMs: tasklistTimeoutMs });
    const [timers, tasks] = await Promise.all([longCount('/job/count', { timers: true }), longCount('/task/count', { candidateGroup: 'sales' })]);
    console.log(`open on the engine: ${timers.count} timer jobs, ${tasks.count} tasks of the group sales; engine resident ${(await cluster.nodes.residentMemoryMb())[0]} MB`);
    console.log(`database sizes: ${await databaseSizes([node.profile.database, benchCreditDatabase(node.profile)])}`);
    await tasklistQueries(cluster, 'warm engine');
    const api = await timed(queries, async (i) => {
      const response = await cluster.api.request('GET', `/api/applications/${ids[(i * 7919) % ids.length]}`, { user: 'manager.zhang' });
      if (response.status !== 200) throw new Error(`GET /api/applications/:id: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    });
    console.log(`our API GET /api/applications/:id (row + the case's current step and open tasks from the engine): ${latencySummary(api)}`);
    await cluster.nodes.stopNode(0);
    const restart = await cluster.nodes.start(0);
    console.log(`engine restarted with them: ${(restart.startMs / 1000).toFixed(1)} s to ready; resident ${(await cluster.nodes.residentMemoryMb())[0]} MB`);
    await tasklistQueries(cluster, 'right after the restart');
  } finally {
    await cluster.close({ keepDatabase });
    if (keepDatabase) console.log(`kept the engine's database ${cluster.nodes.database}`);
  }
});
