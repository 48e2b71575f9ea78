import type { Knex } from 'knex';

/** Dunning notices (one per receivable, stage and channel, ever) and the log of every contact. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('customer', (table) => {
    table.text('contact_email').nullable();
  });
  await db.schema.createTable('dunning_notice', (table) => {
    table.uuid('id').primary();
    table.text('receivable_id').notNullable();
    table.text('stage').notNullable();
    table.text('channel').notNullable();
    table.text('customer_id').notNullable();
    table.bigInteger('open_amount_cents').notNullable();
    table.bigInteger('late_fee_cents').notNullable();
    table.text('currency').notNullable();
    table.binary('pdf').notNullable();
    table.text('status').notNullable(); // SENDING, SENT, NO_ADDRESS
    table.text('email_message_id').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.unique(['receivable_id', 'stage', 'channel']);
  });
  await db.schema.createTable('contact_log', (table) => {
    table.bigIncrements('id').primary();
    table.text('receivable_id').notNullable();
    table.text('channel').notNullable();
    table.text('outcome').notNullable();
    table.text('note').nullable();
    table.text('logged_by').notNullable();
    table.text('dedup_key').notNullable().unique();
    table.timestamp('logged_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('contact_log');
  await db.schema.dropTable('dunning_notice');
  await db.schema.alterTable('customer', (table) => table.dropColumn('contact_email'));
}
