import { loadConfig } from '../config';
import { AuditEventRepository } from '../db/audit-event.repository';
import { createKnex } from '../db/knex';
import { firstBreak } from './audit-chain';

/** `npm run audit:verify`: recomputes the hash chain and names the first broken row. */
async function main(): Promise<number> {
  const db = createKnex(loadConfig().databaseUrl);
  try {
    const rows = await new AuditEventRepository(db).allInOrder();
    const broken = firstBreak(rows);
    if (broken) {
      console.log(`BROKEN at audit_event id ${broken.id}: ${broken.reason} (${rows.length} rows checked)`);
      return 1;
    }
    console.log(`OK: ${rows.length} audit events, chain intact`);
    return 0;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Audit verification failed to run: ${error.message}`);
    process.exit(2);
  },
);
