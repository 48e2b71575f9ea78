/**
 * The engine's own ceiling on this machine (issue 14, benchmark 1): see engine-ceiling.ts. Prints
 * completed instances per second and the external tasks' latency (created → completed) p50/p99, on a
 * scratch engine (or, with --nodes 2, on two engine nodes sharing one database).
 *   npx tsx bench/engine-ceiling.bench.ts [--seconds 120] [--starters 4] [--backlog 64] [--nodes 1]
 */
import { option, runBench } from './bench-common';
import { measureEngineCeiling, printCeiling } from './engine-ceiling';
import { startEngineNodes } from './engine-nodes';

runBench('engine-ceiling', async () => {
  const nodes = await startEngineNodes(option('--nodes', 1), 'bench');
  try {
    printCeiling(await measureEngineCeiling(nodes.clients(), { seconds: option('--seconds', 120), starters: option('--starters', 4), backlog: option('--backlog', 64) }));
  } finally {
    await nodes.stop();
  }
});
