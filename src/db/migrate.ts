import { ensureDatabase, parsePostgresUrl } from '../engine/local/postgres-database';
import { createKnex, migrationConfig } from './knex';

/** Creates the credit database if absent and brings its schema up to date. */
export async function migrateToLatest(databaseUrl: string): Promise<string[]> {
  const { server, database } = parsePostgresUrl(databaseUrl);
  await ensureDatabase(server, database);
  const db = createKnex(databaseUrl);
  try {
    const [, applied] = (await db.migrate.latest(migrationConfig)) as [number, string[]];
    return applied;
  } finally {
    await db.destroy();
  }
}
