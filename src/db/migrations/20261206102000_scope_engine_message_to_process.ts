import type { Knex } from 'knex';

/**
 * A message may be meant for the instances of one process only: Operaton correlates by a process
 * variable, and a dispute sent to an invoice's dunning must not reach the case that holds the same
 * invoice number (the case gets its own copy by application).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('engine_message', (table) => {
    table.text('correlation_process_id').nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('engine_message', (table) => {
    table.dropColumn('correlation_process_id');
  });
}
