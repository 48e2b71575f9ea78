import type { Knex } from 'knex';

/** The lifecycle's scoring of an application's customer, with its inputs and versions, once per application. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('customer_score', (table) => {
    table.uuid('id').primary();
    table.text('application_id').notNullable().unique();
    table.text('customer_id').notNullable();
    table.smallint('score').notNullable();
    table.double('pd').notNullable();
    table.jsonb('inputs').notNullable();
    table.jsonb('components').notNullable();
    table.jsonb('reason_codes').notNullable();
    table.text('model_version').notNullable();
    table.text('scoring_policy_version').notNullable();
    table.timestamp('scored_at', { useTz: true }).notNullable();
    table.check('score between 0 and 100', [], 'customer_score_range');
    table.index(['customer_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('customer_score');
}
