/**
 * The engine's own ceiling on this machine (issue 14, benchmark 1): a process of the green channel's
 * shape (two external tasks, a business rule task, two gateways: bench/fixtures/engine-ceiling.bpmn)
 * with no-op workers on our external-task poller, instances started as fast as the engine finishes
 * them (at most `--backlog` open at once), sustained for `--seconds`. Prints completed instances per
 * second and the external tasks' latency (created → completed) p50/p99, on a scratch engine.
 *   npx tsx bench/engine-ceiling.bench.ts [--seconds 120] [--starters 4] [--backlog 64]
 */
import fs from 'node:fs';
import path from 'node:path';
import { deployResources } from '../src/engine/deployment';
import { EngineClient } from '../src/engine/engine-client';
import { ExternalTaskPoller, type LockedExternalTask } from '../src/engine/external-task-poller';
import { endpoints } from '../src/engine/local/engine-profile';
import { serviceCredentials } from '../src/engine/local/service-credentials';
import { createLogger } from '../src/logger';
import { startScratchEngine, stopScratchEngine } from './scratch-system';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args[args.indexOf(name) + 1] ?? fallback) || fallback;
const seconds = option('--seconds', 120);
const starters = option('--starters', 4);
const backlog = option('--backlog', 64);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function main() {
  const { profile } = await startScratchEngine();
  const engine = new EngineClient({
    restAddress: endpoints(profile).restAddress,
    credentials: () => {
      const found = serviceCredentials(profile);
      if (!found) throw new Error('the scratch engine has no service password yet');
      return found;
    },
  });
  const poller = new ExternalTaskPoller(engine, { logger: createLogger('silent'), maxConcurrentTasks: 32 });
  try {
    const fixtures = path.join(__dirname, 'fixtures');
    await deployResources(engine, ['engine-ceiling.bpmn', 'ceiling-route.dmn'].map((name) => ({ name, content: fs.readFileSync(path.join(fixtures, name)) })), { name: 'engine-ceiling', source: 'bench' });

    const latencies: number[] = [];
    let measuring = false;
    let started = 0;
    let finished = 0;
    const noOp = async (task: LockedExternalTask) => {
      await engine.post(`/external-task/${task.id}/complete`, { workerId: task.workerId });
      if (measuring) latencies.push(Date.now() - new Date(task.createTime).getTime());
      if (task.topicName === 'ceiling-record') finished += 1;
    };
    for (const topicName of ['ceiling-check', 'ceiling-record']) poller.subscribe({ topicName, lockDurationMs: 60_000, handler: noOp });

    const startLoop = async (until: number) => {
      while (Date.now() < until) {
        if (started - finished >= backlog) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          continue;
        }
        started += 1;
        await engine.startProcess({ key: 'engine-ceiling' }, { variables: { score: 80 } });
      }
    };
    // ten seconds to warm up (JIT, connection pools), then the measured window
    await Promise.all(Array.from({ length: starters }, () => startLoop(Date.now() + 10_000)));
    measuring = true;
    const from = new Date();
    const finishedBefore = finished;
    await Promise.all(Array.from({ length: starters }, () => startLoop(Date.now() + seconds * 1000)));
    const to = new Date();
    measuring = false;
    const completed = finished - finishedBefore;
    const window = (to.getTime() - from.getTime()) / 1000;
    const recorded = await engine.get<{ count: number }>('/history/process-instance/count', { processDefinitionKey: 'engine-ceiling', finished: true, finishedAfter: from.toISOString().replace('Z', '+0000'), finishedBefore: to.toISOString().replace('Z', '+0000') });
    const sorted = latencies.sort((a, b) => a - b);
    console.log(`engine ceiling (green channel's shape: 2 external tasks, 1 business rule task, 2 gateways; no-op workers; ${starters} starters, at most ${backlog} open):`);
    console.log(`  ${completed} instances completed in ${window.toFixed(1)} s: ${(completed / window).toFixed(1)} per s (engine history: ${recorded.count} finished in the window)`);
    console.log(`  external task created → completed: p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms over ${sorted.length} tasks`);
  } finally {
    await poller.close();
    await stopScratchEngine(profile);
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
