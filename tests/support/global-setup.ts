import fs from 'node:fs';
import path from 'node:path';
import { engineProfile, engineHome } from '../../src/camunda/engine/engine-profile';
import { startEngine } from '../../src/camunda/engine/engine-process';
import { dropDatabase, parsePostgresUrl } from '../../src/camunda/engine/postgres-database';
import { migrateToLatest } from '../../src/db/migrate';

export const startedMarker = path.join(engineHome, 'test', 'started-by-jest');

/** A test engine (started if needed) and a fresh credit_test database for the whole run. */
export default async function globalSetup(): Promise<void> {
  require('./test-environment');
  const databaseUrl = process.env.DATABASE_URL as string;
  const { server, database } = parsePostgresUrl(databaseUrl);
  await dropDatabase(server, database);
  await migrateToLatest(databaseUrl);
  const profile = engineProfile('test');
  const result = await startEngine(profile, { postgres: server, log: (line) => console.log(`\n[test engine] ${line}`) });
  if (!result.reused) {
    console.log(`\n[test engine] ready in ${(result.startMs / 1000).toFixed(1)} s; history in ${result.historyStore}`);
    fs.writeFileSync(startedMarker, new Date().toISOString());
  }
}
