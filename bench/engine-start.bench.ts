/**
 * Prints the Operaton engine's figures on this machine: the Maven build of the engine application,
 * a cold start (an empty database: the engine creates its schema), a warm start (schema in place),
 * the engine's resident memory, and — with --applications N — the API and workers handling N credit
 * applications end to end on that engine, with this Node process's memory.
 *   npx tsx bench/engine-start.bench.ts [--no-build] [--applications 20]
 */
import { passwordOf } from '../tests/support/local-passwords';
import fs from 'node:fs';
import request from 'supertest';
import engineSettings from '../engine/engine.json';
import { creditLifecycleProcess } from '../src/contracts/credit-lifecycle.contract';
import { cachedJarPath, ensureEngineJar } from '../src/engine/local/engine-build';
import { engineStatus } from '../src/engine/local/engine-process';
import { findJavaRuntime } from '../src/engine/local/java-runtime';
import { benchProfile, startScratchEngine, startScratchSystem, stopScratchEngine } from './scratch-system';
import { runBench } from './bench-common';

const args = process.argv.slice(2);
const applications = args.includes('--applications') ? Number(args[args.indexOf('--applications') + 1]) || 20 : 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function timeBuild(): Promise<void> {
  const java = findJavaRuntime(engineSettings.javaVersions);
  if (args.includes('--no-build')) {
    console.log(`build: skipped (--no-build); Java ${java.major} at ${java.home}`);
    return;
  }
  fs.rmSync(cachedJarPath(), { force: true });
  const build = await ensureEngineJar(java, () => undefined);
  console.log(`build: mvn package of the engine application (Operaton ${engineSettings.operatonVersion}, dependencies from the local Maven repository) ${seconds(build.buildMs)} with Java ${java.major}; jar ${Math.round(fs.statSync(build.jar).size / 2 ** 20)} MB`);
}

async function timedStart(label: string, fresh: boolean, profile = benchProfile()) {
  const { result } = await startScratchEngine(profile, { fresh });
  const status = await engineStatus(profile);
  console.log(`${label}: ${seconds(result.startMs)} to ready (${result.database}); engine resident memory ${status.residentMemoryMb} MB`);
  return profile;
}

async function applicationBatch(profile: ReturnType<typeof benchProfile>): Promise<void> {
  const system = await startScratchSystem(profile);
  const auth = ['sales.li', passwordOf('sales.li')] as const;
  const started = Date.now();
  const instances: string[] = [];
  for (let i = 0; i < applications; i += 1) {
    const customer = await request(system.app).post('/api/customers').auth(...auth)
      .send({ name: `Bench Company ${i}`, taxId: `91310000BENCH${String(i).padStart(5, '0')}`, industry: 'retail', industryRisk: 'low' });
    const response = await request(system.app).post('/api/applications').auth(...auth).send({ customerId: customer.body.id ?? customer.body.existingId, requestedLimit: 1000 + i });
    instances.push(response.body.processInstanceKey);
  }
  const posted = Date.now() - started;
  // each case has had its first worker step (the preliminary investigation) done
  const step = creditLifecycleProcess.elements.runPreliminaryInvestigation;
  const deadline = Date.now() + 120_000 + applications * 2_000;
  const notThere: string[] = [];
  for (const id of instances) {
    while (Date.now() < deadline && !(await system.history.completedElementIds(id)).includes(step)) await new Promise((resolve) => setTimeout(resolve, 100));
    if (!(await system.history.completedElementIds(id)).includes(step)) notThere.push(id);
  }
  const done = instances.length - notThere.length;
  const elapsed = Date.now() - started;
  const [waiting] = notThere;
  if (waiting) {
    // where a case that did not get there waits, so the figure is not mistaken for a slow engine
    const active = (await system.history.activeElements(waiting)).map((activity) => activity.elementId);
    const incidents = (await system.history.incidents(waiting)).map((incident) => `${incident.elementId}: ${incident.message}`);
    console.log(`a case not past ${step} waits at ${active.join(', ') || '(nothing active)'}${incidents.length ? `; incidents: ${incidents.join('; ')}` : ''}`);
  }
  const memory = process.memoryUsage();
  console.log(`${applications} customers registered and applications posted in ${seconds(posted)}; ${done} of them past ${step} after ${seconds(elapsed)} (${(done / (elapsed / 1000)).toFixed(1)} per s)`);
  console.log(`workers + API process: resident ${Math.round(memory.rss / 2 ** 20)} MB, heap used ${Math.round(memory.heapUsed / 2 ** 20)} MB`);
  console.log(`engine after the batch: resident ${(await engineStatus(profile)).residentMemoryMb} MB`);
  await system.close();
}

async function main() {
  await timeBuild();
  const profile = await timedStart('cold start (empty database, the engine creates its schema)', true);
  await stopScratchEngine(profile, { keepFolder: true });
  await timedStart('warm start (schema in place)', false, profile);
  try {
    if (applications > 0) await applicationBatch(profile);
  } finally {
    await stopScratchEngine(profile);
  }
}

runBench('engine-start', main);
