import type { Knex } from 'knex';

/** One risk health-check report per application (JSON and PDF), written once. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('investigation_report', (table) => {
    table.uuid('id').primary();
    table.text('application_id').notNullable().unique();
    table.text('tax_id').notNullable();
    table.jsonb('report').notNullable();
    table.binary('pdf').notNullable();
    table.text('policy_version').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('investigation_report');
}
