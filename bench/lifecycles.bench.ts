/**
 * Lifecycles at scale (issue 14, benchmark 3): N credit lifecycles from the application through
 * tiered review, contract, prepayment, shipment, receipt and term to their end — most paid in term,
 * some paid after the dunning reminder, some through legal (recovered or written off) — every step
 * on the real workers, the people's tasks and the customers' events answered by the fault suite's
 * driver (tests/faults/support/lifecycle-driver.ts, run here without a fault), the engine clock moved
 * through due date, reminder, formal warning and legal once every case rests (timers fire through the
 * engine's job executor; nothing sleeps for a timer). Prints wall time in total and per phase, cases
 * per second, the engine's JVM heap (used/committed, sampled with jstat) and resident memory, the
 * workers + API process's memory (at the end and peak), the two databases' sizes before and after,
 * and whether every case reached its expected end — exits non-zero when one did not.
 *   npx tsx bench/lifecycles.bench.ts [--cases 1000]
 */
// the fault suite's environment (test profile, the local users' known passwords), which the driver's processes run in
import '../tests/support/test-environment';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { runningPid } from '../src/engine/local/engine-process';
import type { CaseEnding } from '../tests/faults/support/fault-case';
import { runScenario, type FaultWorld } from '../tests/faults/support/fault-run';
import { databaseBytes, megabytes, option, runBench } from './bench-common';

const cases = option('--cases', 1000);

/** Of every 20 cases: 14 paid in term, 4 paid after the dunning reminder, 1 recovered and 1 written off through legal. */
function realisticEnding(index: number): CaseEnding {
  const slot = index % 20;
  if (slot < 14) return 'PAID_IN_TERM';
  if (slot < 18) return 'PAID_AFTER_REMINDER';
  return slot === 18 ? 'LEGAL_RECOVERED' : 'LEGAL_WRITTEN_OFF';
}

/** Resident and peak resident memory (VmRSS, VmHWM) of a process, bytes. */
function processMemory(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** The JVM's heap used and committed (survivor, eden and old spaces), bytes, by the jstat of the JDK the engine runs on. */
async function jvmHeap(pid: number): Promise<{ used: number; committed: number } | undefined> {
  try {
    const jstat = path.join(path.dirname(fs.readlinkSync(`/proc/${pid}/exe`)), 'jstat');
    const { stdout } = await promisify(execFile)(jstat, ['-gc', String(pid)], { encoding: 'utf8', timeout: 30_000 });
    const [header, values] = stdout.trim().split('\n').map((line) => line.trim().split(/\s+/));
    const column = (name: string) => Number(values?.[header?.indexOf(name) ?? -1] ?? NaN) * 1024;
    return { used: column('S0U') + column('S1U') + column('EU') + column('OU'), committed: column('S0C') + column('S1C') + column('EC') + column('OC') };
  } catch {
    return undefined;
  }
}

interface MemorySample { engineHeapUsed?: number; engineHeapCommitted?: number; engineRss?: number; workersRss?: number; workersPeak?: number; engineRssPeak?: number }

async function sampleMemory(world: FaultWorld): Promise<MemorySample> {
  const enginePid = runningPid(world.nodes.profiles[0]!);
  const workersPid = world.systems[0]?.pid;
  const heap = enginePid === undefined ? undefined : await jvmHeap(enginePid);
  const engine = enginePid === undefined ? undefined : processMemory(enginePid);
  const workers = workersPid === undefined ? undefined : processMemory(workersPid);
  return { engineHeapUsed: heap?.used, engineHeapCommitted: heap?.committed, engineRss: engine?.rss, engineRssPeak: engine?.peak, workersRss: workers?.rss, workersPeak: workers?.peak };
}

const mb = (bytes: number | undefined) => (bytes === undefined || Number.isNaN(bytes) ? '?' : megabytes(bytes));
const max = (samples: MemorySample[], key: keyof MemorySample) => Math.max(...samples.map((sample) => sample[key] ?? 0));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

runBench('lifecycles', async () => {
  const started = Date.now();
  const phases: Array<{ name: string; at: number }> = [];
  const samples: MemorySample[] = [];
  let sampler: NodeJS.Timeout | undefined;
  let sizesBefore: number[] = [];
  let sizesAfter: number[] = [];
  let databases: string[] = [];
  let atEnd: MemorySample = {};
  const mix = new Map<CaseEnding, number>();
  for (let i = 0; i < cases; i += 1) mix.set(realisticEnding(i), (mix.get(realisticEnding(i)) ?? 0) + 1);
  console.log(`${cases} lifecycles (of every 20: 14 paid in term, 4 paid after the dunning reminder, 1 recovered and 1 written off through legal): ${[...mix].map(([ending, count]) => `${count} ${ending}`).join(', ')}`);
  const report = await runScenario({
    name: 'bench',
    cases,
    endingOf: realisticEnding,
    // its own engine (offset 7 of the slot's band), databases and API port: it can run beside the fault suite and the other benches
    place: { purpose: 'lifecycles', engineOffset: 7, apiPort: 18_700 },
    onPhase: async (phase, world) => {
      phases.push({ name: phase, at: Date.now() });
      if (phase === 'system up') {
        databases = [world.nodes.database, world.creditDatabase];
        sizesBefore = await databaseBytes(databases);
        samples.push(await sampleMemory(world));
        // every 15 s: jstat starts a small JVM of its own, so not more often on a shared machine
        sampler = setInterval(() => void sampleMemory(world).then((sample) => samples.push(sample)), 15_000);
      }
      if (phase === 'every case ended') {
        clearInterval(sampler);
        atEnd = await sampleMemory(world);
        samples.push(atEnd);
      }
      if (phase === 'checked') sizesAfter = await databaseBytes(databases);
    },
  }).finally(() => clearInterval(sampler));
  const total = Date.now() - started;

  console.log('\n=== lifecycles: figures');
  const marks = [{ name: 'start-up (engine node, workers + API process)', at: started }, ...phases];
  const labels: Record<string, string> = {
    'system up': 'applications posted through the API (customer + application, 6 at a time)',
    'applications started': 'sale and term: investigation, tiered review, contract, prepayment, shipment, receipt, paid in term',
    'every case ended': 'checks: every case at its end, incidents, duplicates, ledgers, audit chain',
  };
  for (let i = 0; i < marks.length - 1; i += 1) {
    const next = marks[i + 1]!;
    const name = i === 0 ? marks[0]!.name : labels[marks[i]!.name] ?? marks[i]!.name;
    console.log(`  phase ${name}: ${seconds(next.at - marks[i]!.at)}`);
  }
  const systemUp = phases.find((phase) => phase.name === 'system up')?.at ?? started;
  const ended = phases.find((phase) => phase.name === 'every case ended')?.at ?? Date.now();
  console.log(`wall time total ${seconds(total)}; ${cases} cases from the first application to the last end ${seconds(ended - systemUp)} = ${(cases / ((ended - systemUp) / 1000)).toFixed(3)} cases/s (${(cases / (total / 1000)).toFixed(3)} cases/s over the whole run)`);
  console.log(`engine JVM at the end: heap used ${mb(atEnd.engineHeapUsed)} of ${mb(atEnd.engineHeapCommitted)} committed, resident ${mb(atEnd.engineRss)}; peak (sampled every 15 s, ${samples.length} samples): heap used ${mb(max(samples, 'engineHeapUsed'))}, committed ${mb(max(samples, 'engineHeapCommitted'))}; resident peak (VmHWM) ${mb(atEnd.engineRssPeak)}`);
  console.log(`workers + API process (Node) at the end: resident ${mb(atEnd.workersRss)}; peak (VmHWM) ${mb(atEnd.workersPeak)}; this bench process (the driver) resident ${mb(process.memoryUsage().rss)}`);
  console.log(`database sizes before → after: ${databases.map((name, i) => `${name} ${mb(sizesBefore[i])} → ${mb(sizesAfter[i])}`).join(', ')}`);
  console.log(`side effects: ${JSON.stringify(report.sideEffects)}; audit rows ${report.audit.rows}; clock nudges ${report.clockNudges}, API retries ${report.apiRetries}`);
  const duplicates = Object.values(report.duplicates).reduce((sum, keys) => sum + keys.length, 0);
  const problems = { lost: report.lost.length, stuck: report.stuckWithoutIncident.length, incidents: report.incidents.length, 'ledger differences': report.ledgerDifferences.length, 'duplicate side effects': duplicates, 'audit chain broken': report.audit.broken ? 1 : 0 };
  console.log(`expected ends: ${report.cases - report.lost.length} of ${report.cases} cases at their end; ${Object.entries(problems).map(([name, count]) => `${count} ${name}`).join(', ')}`);
  const failed = Object.values(problems).some((count) => count > 0);
  if (failed) {
    for (const line of [...report.lost, ...report.stuckWithoutIncident, ...report.incidents, ...report.ledgerDifferences].slice(0, 20)) console.log(`  ${line}`);
    throw new Error('not every case reached its expected end (see above)');
  }
});
