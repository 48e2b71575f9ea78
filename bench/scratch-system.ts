import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engineProfile, type EngineProfile } from '../src/engine/local/engine-profile';
import { startEngine, stopEngine } from '../src/engine/local/engine-process';
import { dropDatabase } from '../src/engine/local/postgres-database';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { composeSystem, type System } from '../src/main';

export const benchPostgres = { host: '127.0.0.1', port: 5432, user: 'postgres' };

/** A throw-away engine beside dev and test (own ports, folder and databases) for benchmarks. */
export function benchProfile(): EngineProfile {
  return {
    ...engineProfile('test'),
    grpcPort: 27800, restPort: 27880, managementPort: 27900, commandPort: 27801, internalPort: 27802,
    historyDatabase: 'camunda_bench',
    runDir: fs.mkdtempSync(path.join(os.tmpdir(), 'engine-bench-')),
  };
}

export async function startScratchEngine(): Promise<{ profile: EngineProfile; startMs: number }> {
  const profile = benchProfile();
  const result = await startEngine(profile, { postgres: benchPostgres, log: () => undefined });
  return { profile, startMs: result.startMs };
}

export async function stopScratchEngine(profile: EngineProfile): Promise<void> {
  await stopEngine(profile);
  fs.rmSync(profile.runDir, { recursive: true, force: true });
}

/** The whole service wired to the scratch engine and a fresh credit_bench database. */
export async function startScratchSystem(profile: EngineProfile): Promise<System> {
  await dropDatabase(benchPostgres, 'credit_bench');
  const config = loadConfig({
    CREDIT_ENGINE_PROFILE: 'test',
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/credit_bench',
    HISTORY_DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${profile.historyDatabase}`,
    LOG_LEVEL: 'silent',
  });
  config.camunda = { ...config.camunda, grpcAddress: `127.0.0.1:${profile.grpcPort}`, restAddress: `http://127.0.0.1:${profile.restPort}`, profile };
  return composeSystem(config, createLogger('silent'));
}
