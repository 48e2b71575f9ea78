import type { Knex } from 'knex';

/** The preliminary report shown to sales: once per application and collection round (first, or after a mismatch note). */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('preliminary_report', (table) => {
    table.uuid('id').primary();
    table.text('application_id').notNullable();
    /** sha256 of the mismatch note that asked for the round ('' for the first round). */
    table.text('round_key').notNullable();
    table.text('mismatch_note');
    table.text('tax_id').notNullable();
    table.jsonb('report').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.unique(['application_id', 'round_key']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('preliminary_report');
}
