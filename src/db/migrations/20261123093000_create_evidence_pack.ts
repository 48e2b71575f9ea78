import type { Knex } from 'knex';

/** The case file for legal action: one per receivable (PDF index and a zip of the originals). */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('evidence_pack', (table) => {
    table.uuid('id').primary();
    table.text('receivable_id').notNullable().unique();
    table.text('application_id').notNullable();
    table.binary('index_pdf').notNullable();
    table.binary('originals_zip').notNullable();
    table.jsonb('contents').notNullable();
    table.timestamp('built_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('evidence_pack');
}
