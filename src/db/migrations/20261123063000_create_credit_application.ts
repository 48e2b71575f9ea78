import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('credit_application', (table) => {
    table.uuid('id').primary();
    table.text('company_name').notNullable();
    table.text('tax_id').notNullable();
    table.decimal('requested_limit', 18, 2).notNullable();
    table.string('currency', 3).notNullable();
    table.boolean('urgent').notNullable().defaultTo(false);
    table.text('process_instance_key').notNullable().unique();
    table.text('status').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.schema.createTable('application_assessment', (table) => {
    table.uuid('application_id').primary().references('credit_application.id').onDelete('CASCADE');
    table.text('review_tier').notNullable();
    table.integer('review_sla_working_days').notNullable();
    table.boolean('prepayment_required').notNullable();
    table.jsonb('reasons').notNullable();
    table.text('policy_version').notNullable();
    table.timestamp('review_due_at', { useTz: true }).notNullable();
    table.timestamp('assessed_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.schema.createTable('review_sla_breach', (table) => {
    table.uuid('application_id').primary().references('credit_application.id').onDelete('CASCADE');
    table.timestamp('review_due_at', { useTz: true }).notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('review_sla_breach');
  await db.schema.dropTable('application_assessment');
  await db.schema.dropTable('credit_application');
}
