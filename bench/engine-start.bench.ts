/**
 * Prints engine start times (warm: distribution cached; cold with --cold: fetched and unpacked
 * again), the engine's resident memory, and this Node process's memory while the workers and
 * the API handle a batch of applications end to end.
 *   npx tsx bench/engine-start.bench.ts [--cold] [--applications 50]
 */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { distributionDir } from '../src/camunda/engine/distribution';
import { engineHome } from '../src/engine/local/engine-profile';
import { engineStatus } from '../src/engine/local/engine-process';
import { creditLifecycleProcess } from '../src/contracts/credit-lifecycle.contract';
import { EngineHistoryRepository } from '../src/camunda/history/engine-history.repository';
import { startScratchEngine, startScratchSystem, stopScratchEngine } from './scratch-system';

const args = process.argv.slice(2);
const cold = args.includes('--cold');
const applications = Number(args[args.indexOf('--applications') + 1] ?? 50) || 50;

async function timedStart(label: string) {
  const { profile, startMs } = await startScratchEngine();
  const status = await engineStatus(profile);
  console.log(`${label} start: ${(startMs / 1000).toFixed(1)} s to ready; engine resident memory ${status.residentMemoryMb} MB`);
  return profile;
}

async function main() {
  if (cold) {
    fs.rmSync(distributionDir, { recursive: true, force: true });
    fs.rmSync(path.join(engineHome, 'download'), { recursive: true, force: true });
    fs.rmSync(path.join(engineHome, 'history-exporter'), { recursive: true, force: true });
    await stopScratchEngine(await timedStart('cold (download + unpack + compile exporter)'));
  }
  const profile = await timedStart('warm');
  try {
    const system = await startScratchSystem(profile);
    const history = new EngineHistoryRepository(system.historyDb);
    const started = Date.now();
    const keys: string[] = [];
    for (let i = 0; i < applications; i += 1) {
      const customer = await request(system.app)
        .post('/api/customers').auth('sales.li', 'sales.li-local')
        .send({ name: `Bench Company ${i}`, taxId: `91310000BENCH${String(i).padStart(5, '0')}`, industry: 'retail', industryRisk: 'low' });
      const response = await request(system.app)
        .post('/api/applications').auth('sales.li', 'sales.li-local')
        .send({ customerId: customer.body.id ?? customer.body.existingId, requestedLimit: 1000 + i });
      keys.push(response.body.processInstanceKey);
    }
    // each credit-lifecycle case has run its first element: the preliminary investigation's job (or further)
    for (const key of keys) {
      while (!(await history.completedElementIds(key)).includes(creditLifecycleProcess.elements.collectInformation)) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const elapsed = (Date.now() - started) / 1000;
    const memory = process.memoryUsage();
    console.log(`${applications} customers registered and applications posted, each credit-lifecycle case past its start: ${elapsed.toFixed(1)} s (${(applications / elapsed).toFixed(1)} per s)`);
    console.log(`workers + API process: resident ${Math.round(memory.rss / 2 ** 20)} MB, heap used ${Math.round(memory.heapUsed / 2 ** 20)} MB`);
    console.log(`engine after the batch: resident ${(await engineStatus(profile)).residentMemoryMb} MB`);
    await system.close();
  } finally {
    await stopScratchEngine(profile);
  }
  process.exit(0);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
