/**
 * Green channel end to end (issue 14, benchmark 2): sales' API request (POST /api/applications for a
 * long-standing, low-risk customer, then its statements) → the automated decision recorded (the green
 * channel's call ended with creditDecision APPROVED, decidedBy GREEN_CHANNEL_AUTO), offered at 25, 50,
 * 75 and 100 % of the engine's ceiling, which is measured first IN THE SAME RUN on the same engine
 * node(s) (engine-ceiling.ts). Prints per level p50/p95/p99 latency, throughput, and the ratio
 * throughput / ceiling.
 *
 * The way there is the real lifecycle on every real worker: preliminary investigation (the outside
 * systems as loopback stand-ins), sales' confirmation of what it collected and their report of the
 * sales intent — both done by a "sales desk" loop here within a quarter second, through the engine's
 * task API as Tasklist does and through our events API — credit investigation, the statements read
 * (a PDF with a text layer), scoring, the decision tables, the green channel. Each customer has a
 * receivable history of five years paid in full (cooperation > 3 years, collection rate ≥ 95 %), low
 * industry risk and the clean sample company's records and statements (a green score), so the route
 * table sends it to the low-risk auto-approval.
 *   npx tsx bench/green-channel.bench.ts [--nodes 1] [--cases 12] [--ceiling-seconds 30] [--drain-seconds 600]
 */
import { randomUUID } from 'node:crypto';
import { confirmCollectedInformationFormSchema, creditLifecycleProcess } from '../src/contracts/credit-lifecycle.contract';
import { creditRecords, shiftDay } from '../tests/support/credit-records.seed';
import { sampleCleanTradingStatement, statementPdf } from '../tests/support/financial-statement.fixture';
import { sampleCompanyFamily } from '../tests/support/investigation-provider';
import { latencySummary, megabytes, option, pause, runBench } from './bench-common';
import { Client } from 'pg';
import { startBenchCluster, type BenchCluster } from './cluster-system';
import { benchPostgres } from './scratch-system';
import { measureEngineCeiling, printCeiling, type Ceiling } from './engine-ceiling';

const nodeCount = option('--nodes', 1);
const casesPerLevel = option('--cases', 12);
const ceilingSeconds = option('--ceiling-seconds', 30);
const drainSeconds = option('--drain-seconds', 600);
const levels = [0.25, 0.5, 0.75, 1];
const { elements: el } = creditLifecycleProcess;
const engineDate = (value: string) => Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));

interface Prepared {
  customerId: string;
  statements: Buffer;
  fileName: string;
}

interface Case {
  applicationId: string;
  processInstanceId: string;
  requestedAt: number;
  decidedAt?: number;
}

/** Customers of their own with five years of history paid in full, low industry risk, the clean sample's records and statements. */
async function prepareCustomers(cluster: BenchCluster, count: number): Promise<Prepared[]> {
  const records = creditRecords((cluster.systems[0] as BenchCluster['systems'][number]).db);
  const today = new Date().toISOString().slice(0, 10);
  const prepared: Prepared[] = [];
  for (let i = 0; i < count; i += 1) {
    const family = sampleCompanyFamily('Bench');
    cluster.investigation.add(family.companies);
    const customer = await records.customer({ name: family.nameOf('clean'), taxId: family.taxIdOf('clean'), industryRisk: 'low' });
    const earlier = await records.application(customer);
    const issuedOn = shiftDay(today, -5 * 365);
    await records.receivable({ id: `HIST-${randomUUID().slice(0, 18)}`, applicationId: earlier, customer, amount: 200_000, issuedOn, dueDate: shiftDay(issuedOn, 30), payments: [{ on: shiftDay(issuedOn, 25), amount: 200_000 }] });
    const statements = await statementPdf({ ...sampleCleanTradingStatement, companyName: customer.name, taxId: customer.taxId });
    prepared.push({ customerId: customer.id, statements, fileName: 'statements-2025.pdf' });
  }
  return prepared;
}

/**
 * What sales do on the way to the decision, within a quarter second of it being asked: confirm the
 * collected information (the engine's task API, as Tasklist completes it) and report the sales intent
 * (our events API); and the watch on the decisions (the green channel's call ended, from the engine's history).
 */
function salesDesk(cluster: BenchCluster, cases: Map<string, Case>) {
  let running = true;
  const confirmed = new Set<string>();
  const reported = new Set<string>();
  let tieredReview = 0;
  let incidents = 0;
  let round = 0;
  // which job executors lock the jobs (async continuations, timers): each node locks under its own owner id
  const lockOwners = new Map<string, number>();
  const jobs = new Client({ ...benchPostgres, database: cluster.nodes.database });
  const connected = jobs.connect();
  const engine = () => cluster.nodes.clients()[round % cluster.nodes.nodes.length] as ReturnType<BenchCluster['nodes']['clients']>[number];
  const loop = (async () => {
    while (running) {
      round += 1;
      try {
        const tasks = await engine().get<Array<{ id: string; processInstanceId: string }>>('/task', { taskDefinitionKey: el.confirmCollectedInformation, processDefinitionKey: creditLifecycleProcess.processId, maxResults: 200 });
        await Promise.all(tasks.filter((task) => !confirmed.has(task.id) && cases.has(task.processInstanceId)).map(async (task) => {
          confirmed.add(task.id);
          await engine().completeTask(task.id, confirmCollectedInformationFormSchema.parse({ informationCheck: 'CONFIRMED' }));
        }));
        const waiting = await engine().get<Array<{ processInstanceId: string }>>('/event-subscription', { eventType: 'message', eventName: creditLifecycleProcess.messages.salesIntentReached, maxResults: 200 });
        await Promise.all(waiting.filter((subscription) => !reported.has(subscription.processInstanceId) && cases.has(subscription.processInstanceId)).map(async (subscription) => {
          reported.add(subscription.processInstanceId);
          const { applicationId } = cases.get(subscription.processInstanceId) as Case;
          const response = await cluster.api.request('POST', '/api/events/sales-intent-reached', { body: { applicationId, note: 'Agreed in principle (benchmark).' }, headers: { 'idempotency-key': `bench-intent-${applicationId}` } });
          if (response.status !== 202) throw new Error(`sales-intent-reached: ${response.status} ${await response.text()}`);
        }));
        const decided = await engine().get<Array<{ processInstanceId: string; endTime: string }>>('/history/activity-instance', { activityId: el.greenChannel, finished: true, maxResults: 10_000 });
        for (const activity of decided) {
          const found = cases.get(activity.processInstanceId);
          if (found && found.decidedAt === undefined) found.decidedAt = engineDate(activity.endTime);
        }
        tieredReview = (await engine().get<{ count: number }>('/history/activity-instance/count', { activityId: el.tieredReview })).count;
        incidents = (await engine().get<{ count: number }>('/incident/count')).count;
        await connected;
        for (const row of (await jobs.query<{ owner: string }>('SELECT lock_owner_ AS owner FROM act_ru_job WHERE lock_owner_ IS NOT NULL')).rows) lockOwners.set(row.owner, (lockOwners.get(row.owner) ?? 0) + 1);
      } catch (error) {
        console.error(`sales desk: ${(error as Error).message}`);
      }
      await pause(250);
    }
  })();
  return {
    stats: () => ({ tieredReview, incidents }),
    lockOwners: () => [...lockOwners.entries()].map(([owner, count]) => `${owner.slice(0, 8)}…: ${count}`).join(', ') || 'none seen',
    stop: async () => {
      running = false;
      await loop;
      await jobs.end();
    },
  };
}

async function runLevel(cluster: BenchCluster, ceiling: Ceiling, share: number, customers: Prepared[], cases: Map<string, Case>, desk: ReturnType<typeof salesDesk>) {
  const rate = share * ceiling.perSecond;
  const intervalMs = 1000 / rate;
  const levelStart = Date.now();
  const requestMs: number[] = [];
  const level: Case[] = [];
  await Promise.all(customers.map(async (customer, i) => {
    await pause(levelStart + i * intervalMs - Date.now());
    const requestedAt = Date.now();
    const response = await cluster.api.request('POST', '/api/applications', { body: { customerId: customer.customerId, requestedLimit: 800_000, currency: 'CNY' } });
    requestMs.push(Date.now() - requestedAt);
    if (response.status !== 201) throw new Error(`POST /api/applications: ${response.status} ${await response.text()}`);
    const application = (await response.json()) as { id: string; processInstanceKey: string };
    const found: Case = { applicationId: application.id, processInstanceId: application.processInstanceKey, requestedAt };
    cases.set(found.processInstanceId, found);
    level.push(found);
    const form = new FormData();
    form.set('applicationId', application.id);
    form.set('kind', 'financial-statements');
    form.set('file', new Blob([new Uint8Array(customer.statements)], { type: 'application/pdf' }), customer.fileName);
    const upload = await cluster.api.request('POST', '/api/documents', { form });
    if (upload.status !== 201) throw new Error(`POST /api/documents: ${upload.status} ${await upload.text()}`);
  }));
  const offeredSeconds = (Date.now() - levelStart) / 1000;
  const deadline = Date.now() + drainSeconds * 1000;
  while (Date.now() < deadline && level.some((found) => found.decidedAt === undefined)) await pause(500);
  const decided = level.filter((found) => found.decidedAt !== undefined);
  const lastDecision = Math.max(...decided.map((found) => found.decidedAt as number));
  const throughput = decided.length / ((lastDecision - levelStart) / 1000);
  const { tieredReview, incidents } = desk.stats();
  console.log(`${String(share * 100).padStart(3)} % of the ceiling: ${level.length} applications offered at ${rate.toFixed(1)} per s (over ${offeredSeconds.toFixed(1)} s); ${decided.length} decided automatically`);
  console.log(`      request → automated decision recorded: ${latencySummary(decided.map((found) => (found.decidedAt as number) - found.requestedAt))}`);
  console.log(`      throughput ${throughput.toFixed(2)} decisions per s = ${((throughput / ceiling.perSecond) * 100).toFixed(1)} % of the ceiling (${ceiling.perSecond.toFixed(1)} per s); POST /api/applications ${latencySummary(requestMs)}`);
  console.log(`      so far: ${tieredReview} case(s) routed to tiered review instead, ${incidents} open incident(s)`);
  return { share, rate, decided: decided.length, offered: level.length, throughput };
}

runBench(`green-channel --nodes ${nodeCount}`, async () => {
  let ceiling!: Ceiling;
  const cluster = await startBenchCluster(nodeCount, {
    beforeSystems: async (nodes) => {
      ceiling = await measureEngineCeiling(nodes.clients(), { seconds: ceilingSeconds, starters: 4, backlog: 64 });
      printCeiling(ceiling);
      if (!(ceiling.perSecond > 0)) throw new Error('the ceiling measured no completed instance: the machine is too busy for this window; rerun with a longer --ceiling-seconds');
    },
  });
  try {
    console.log(`setting up ${levels.length * casesPerLevel} customers (history, records, statements) …`);
    const customers = await prepareCustomers(cluster, levels.length * casesPerLevel);
    const cases = new Map<string, Case>();
    const desk = salesDesk(cluster, cases);
    try {
      console.log(`green channel end to end on ${nodeCount} engine node(s) with ${cluster.systems.length} service replica(s):`);
      for (const [index, share] of levels.entries()) await runLevel(cluster, ceiling, share, customers.slice(index * casesPerLevel, (index + 1) * casesPerLevel), cases, desk);
      console.log(`locked jobs seen per job executor (lock owner, samples every quarter second): ${desk.lockOwners()}`);
    } finally {
      await desk.stop();
    }
    const [sample] = [...cases.values()].filter((found) => found.decidedAt !== undefined);
    if (sample) {
      const variables = await (cluster.systems[0] as BenchCluster['systems'][number]).history.variables(sample.processInstanceId);
      console.log(`a decided case: route ${String(variables.route)}, creditDecision ${String(variables.creditDecision)}, decidedBy ${String(variables.decidedBy)}, approvedLimit ${String(variables.approvedLimit)}`);
    }
    const engines = await cluster.nodes.residentMemoryMb();
    console.log(`memory: engine node(s) ${engines.map((mb) => `${mb ?? '?'} MB`).join(', ')}; service replicas and bench (one Node process) ${megabytes(process.memoryUsage().rss)}`);
  } finally {
    await cluster.close();
  }
});
