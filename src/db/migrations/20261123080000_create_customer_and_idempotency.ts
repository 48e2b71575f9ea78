import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('customer', (table) => {
    table.uuid('id').primary();
    table.text('name').notNullable();
    table.text('normalised_name').notNullable().unique();
    table.text('tax_id').notNullable().unique();
    table.text('industry').notNullable();
    table.text('industry_risk').notNullable();
    table.uuid('parent_customer_id').nullable().references('customer.id');
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.schema.createTable('idempotent_request', (table) => {
    table.text('idempotency_key').notNullable();
    table.text('endpoint').notNullable();
    table.text('request_digest').notNullable();
    table.integer('status').nullable();
    table.jsonb('response').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.primary(['idempotency_key', 'endpoint']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('idempotent_request');
  await db.schema.dropTable('customer');
}
