import fs from 'node:fs';
import path from 'node:path';
import { deployResources } from '../src/engine/deployment';
import type { EngineClient } from '../src/engine/engine-client';
import { ExternalTaskPoller, type LockedExternalTask } from '../src/engine/external-task-poller';
import { createLogger } from '../src/logger';
import { percentile } from './bench-common';

export interface CeilingOptions {
  seconds: number;
  /** Loops starting instances, spread over the engines. */
  starters: number;
  /** At most this many instances open at once. */
  backlog: number;
  warmUpSeconds?: number;
}

export interface Ceiling {
  /** Completed instances per second in the measured window. */
  perSecond: number;
  completed: number;
  windowSeconds: number;
  /** Finished instances the engine's history counts in the window (a cross-check). */
  historyCount: number;
  taskLatencyP50: number;
  taskLatencyP99: number;
  tasks: number;
  describe: string;
}

/**
 * The engine's own ceiling (issue 14, benchmark 1): a process of the green channel's shape (two
 * external tasks, a business rule task, two gateways: fixtures/engine-ceiling.bpmn) with no-op workers
 * on our external-task poller, instances started as fast as the engine finishes them (at most
 * `backlog` open), sustained for `seconds` after a warm-up. With several engine nodes (one database)
 * the starts go round the nodes and each node has its own poller, as workers per node would.
 */
export async function measureEngineCeiling(engines: EngineClient[], options: CeilingOptions): Promise<Ceiling> {
  const [first] = engines;
  if (!first) throw new Error('measureEngineCeiling: no engine');
  const fixtures = path.join(__dirname, 'fixtures');
  await deployResources(first, ['engine-ceiling.bpmn', 'ceiling-route.dmn'].map((name) => ({ name, content: fs.readFileSync(path.join(fixtures, name)) })), { name: 'engine-ceiling', source: 'bench' });

  const latencies: number[] = [];
  let measuring = false;
  let started = 0;
  let finished = 0;
  const pollers = engines.map((engine) => {
    const poller = new ExternalTaskPoller(engine, { logger: createLogger('silent'), maxConcurrentTasks: 32 });
    const noOp = async (task: LockedExternalTask) => {
      await engine.post(`/external-task/${task.id}/complete`, { workerId: task.workerId });
      if (measuring) latencies.push(Date.now() - new Date(task.createTime).getTime());
      if (task.topicName === 'ceiling-record') finished += 1;
    };
    for (const topicName of ['ceiling-check', 'ceiling-record']) poller.subscribe({ topicName, lockDurationMs: 60_000, handler: noOp });
    return poller;
  });
  try {
    const startLoop = async (engine: EngineClient, until: number) => {
      while (Date.now() < until) {
        if (started - finished >= options.backlog) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          continue;
        }
        started += 1;
        await engine.startProcess({ key: 'engine-ceiling' }, { variables: { score: 80 } });
      }
    };
    const run = (seconds: number) => {
      const until = Date.now() + seconds * 1000;
      return Promise.all(Array.from({ length: options.starters }, (_, i) => startLoop(engines[i % engines.length] as EngineClient, until)));
    };
    // a warm-up (JIT, connection pools), then the measured window
    await run(options.warmUpSeconds ?? 10);
    measuring = true;
    const from = new Date();
    const finishedBefore = finished;
    await run(options.seconds);
    const to = new Date();
    measuring = false;
    const completed = finished - finishedBefore;
    const windowSeconds = (to.getTime() - from.getTime()) / 1000;
    const engineTime = (date: Date) => date.toISOString().replace('Z', '+0000');
    const recorded = await first.get<{ count: number }>('/history/process-instance/count', { processDefinitionKey: 'engine-ceiling', finished: true, finishedAfter: engineTime(from), finishedBefore: engineTime(to) });
    const sorted = latencies.sort((a, b) => a - b);
    return {
      perSecond: completed / windowSeconds,
      completed,
      windowSeconds,
      historyCount: recorded.count,
      taskLatencyP50: percentile(sorted, 50),
      taskLatencyP99: percentile(sorted, 99),
      tasks: sorted.length,
      describe: `green channel's shape: 2 external tasks, 1 business rule task, 2 gateways; no-op workers; ${engines.length} engine node(s), ${options.starters} starters, at most ${options.backlog} open`,
    };
  } finally {
    await Promise.all(pollers.map((poller) => poller.close()));
  }
}

export function printCeiling(ceiling: Ceiling): void {
  console.log(`engine ceiling (${ceiling.describe}):`);
  console.log(`  ${ceiling.completed} instances completed in ${ceiling.windowSeconds.toFixed(1)} s: ${ceiling.perSecond.toFixed(1)} per s (engine history: ${ceiling.historyCount} finished in the window)`);
  console.log(`  external task created → completed: p50 ${ceiling.taskLatencyP50.toFixed(0)} ms, p99 ${ceiling.taskLatencyP99.toFixed(0)} ms over ${ceiling.tasks} tasks`);
}
