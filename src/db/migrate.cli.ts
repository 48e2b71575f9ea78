import { loadConfig } from '../config';
import { createKnex, migrationConfig } from './knex';
import { migrateToLatest } from './migrate';

async function main(direction: string | undefined): Promise<number> {
  const { databaseUrl } = loadConfig();
  if (direction === 'down') {
    const db = createKnex(databaseUrl);
    try {
      const [, undone] = (await db.migrate.rollback(migrationConfig)) as [number, string[]];
      console.log(undone.length ? `rolled back: ${undone.join(', ')}` : 'nothing to roll back');
    } finally {
      await db.destroy();
    }
    return 0;
  }
  const applied = await migrateToLatest(databaseUrl);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
  return 0;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Migration failed: ${error.message}`);
    process.exit(1);
  },
);
