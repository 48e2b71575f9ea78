import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { endpoints, scratchEngineProfile, type EngineProfile } from '../src/engine/local/engine-profile';
import { startEngine, stopEngine, type StartResult } from '../src/engine/local/engine-process';
import { dropDatabase } from '../src/engine/local/postgres-database';
import { serviceCredentials } from '../src/engine/local/service-credentials';
import { ConfigError, loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { composeSystem, type System } from '../src/main';
import { testPasswordEnvironment } from '../tests/support/local-passwords';

// the scratch system's local users get the tests' known passwords (through the environment), which the benchmarks log in with
for (const [variable, password] of Object.entries(testPasswordEnvironment())) process.env[variable] ??= password;

export const benchPostgres = { host: '127.0.0.1', port: 5432, user: 'postgres' };

/** A throw-away engine beside dev and test (own port in the slot's band, folder and database) for benchmarks. */
export function benchProfile(): EngineProfile {
  return scratchEngineProfile('bench', 3, fs.mkdtempSync(path.join(os.tmpdir(), 'engine-bench-')));
}

/** Starts the scratch engine; `fresh` drops its database first, so the start creates the schema. */
export async function startScratchEngine(profile = benchProfile(), options: { fresh?: boolean } = { fresh: true }): Promise<{ profile: EngineProfile; result: StartResult }> {
  if (options.fresh) await dropDatabase(benchPostgres, profile.database);
  const result = await startEngine(profile, { postgres: benchPostgres, log: () => undefined });
  return { profile, result };
}

export async function stopScratchEngine(profile: EngineProfile, options: { keepFolder?: boolean } = {}): Promise<void> {
  await stopEngine(profile);
  if (!options.keepFolder) {
    fs.rmSync(profile.runDir, { recursive: true, force: true });
    await dropDatabase(benchPostgres, profile.database);
  }
}

/** The credit database beside a scratch engine's: credit_bench (credit_bench_5 in slot 5), so parallel slots never share it. */
export const benchCreditDatabase = (profile: EngineProfile) => profile.database.replace(/^operaton_/, 'credit_');

/**
 * The whole service (API, workers, deployment, identity) wired to the scratch engine and the
 * benchCreditDatabase, dropped first unless `fresh` is false (a second replica beside a first one).
 */
export async function startScratchSystem(profile: EngineProfile, options: { fresh?: boolean } = {}): Promise<System> {
  if (options.fresh ?? true) await dropDatabase(benchPostgres, benchCreditDatabase(profile));
  const config = loadConfig({ ...testPasswordEnvironment(), CREDIT_ENGINE_PROFILE: 'test', DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${benchCreditDatabase(profile)}`, LOG_LEVEL: 'silent' });
  config.engine = {
    ...config.engine,
    profile,
    restAddress: endpoints(profile).restAddress,
    credentials: () => {
      const found = serviceCredentials(profile);
      if (!found) throw new ConfigError('the scratch engine has not generated its service password yet');
      return found;
    },
  };
  return composeSystem(config, createLogger('silent'));
}
