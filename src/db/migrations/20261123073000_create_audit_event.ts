import type { Knex } from 'knex';

/** Append-only, hash-chained record of every mutating API call and automated decision. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('audit_event', (table) => {
    table.bigIncrements('id').primary();
    table.timestamp('occurred_at', { useTz: true, precision: 3 }).notNullable();
    table.text('actor').notNullable();
    table.text('role').notNullable();
    table.text('action').notNullable();
    table.text('target').notNullable();
    table.text('request_id').notNullable();
    table.text('payload_digest').notNullable();
    table.text('result').notNullable();
    table.text('prev_hash').notNullable();
    table.text('hash').notNullable().unique();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('audit_event');
}
