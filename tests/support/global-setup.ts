import fs from 'node:fs';
import path from 'node:path';
import { engineProfile } from '../../src/engine/local/engine-profile';
import { isReady, runningPid, startEngine } from '../../src/engine/local/engine-process';
import { dropDatabase, parsePostgresUrl } from '../../src/engine/local/postgres-database';
import { migrateToLatest } from '../../src/db/migrate';

export const startedMarker = (runDir: string) => path.join(runDir, 'started-by-jest');

/**
 * A fresh credit_test database and a test engine for the whole run. An engine this run starts gets a
 * fresh database too (nothing an earlier run left); a running one (KEEP_TEST_ENGINE) is reused.
 */
export default async function globalSetup(): Promise<void> {
  require('./test-environment');
  const databaseUrl = process.env.DATABASE_URL as string;
  const { server, database } = parsePostgresUrl(databaseUrl);
  await dropDatabase(server, database);
  await migrateToLatest(databaseUrl);
  const profile = engineProfile('test');
  const running = (await isReady(profile)) || runningPid(profile) !== undefined;
  if (!running) await dropDatabase(server, profile.database);
  const result = await startEngine(profile, { postgres: server, log: (line) => console.log(`\n[test engine] ${line}`) });
  if (!result.reused) {
    console.log(`\n[test engine] ready in ${(result.startMs / 1000).toFixed(1)} s${result.buildMs ? ` (built in ${(result.buildMs / 1000).toFixed(1)} s first)` : ''}; data in ${result.database}`);
    fs.writeFileSync(startedMarker(profile.runDir), new Date().toISOString());
  }
}
