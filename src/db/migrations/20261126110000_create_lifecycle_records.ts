import type { Knex } from 'knex';

/**
 * What the lifecycle's later steps record, each once per business key: the confirmed shipping
 * documents of a receivable, the customer reminders (per receivable, kind and period), the
 * transaction archive and the behaviour/re-score per receivable, and shipment holds.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('shipping_document_check', (table) => {
    table.text('receivable_id').primary(); // the invoice number
    table.text('application_id').notNullable();
    table.uuid('contract_document_id').nullable();
    table.uuid('delivery_note_document_id').nullable();
    table.uuid('invoice_document_id').nullable();
    table.jsonb('accepted_mismatches').notNullable(); // what an analyst's resolution accepted
    table.jsonb('unverified').notNullable();
    table.text('mismatch_resolution').nullable();
    table.timestamp('documents_received_at', { useTz: true }).nullable();
    table.timestamp('matched_at', { useTz: true }).notNullable();
  });
  await db.schema.createTable('customer_reminder', (table) => {
    table.uuid('id').primary();
    table.text('receivable_id').notNullable();
    table.text('kind').notNullable(); // RECEIPT, PRE_DUE
    table.integer('period').notNullable(); // which reminder of a repeating kind (0 for one-off kinds)
    table.text('customer_id').notNullable();
    table.text('email').nullable();
    table.text('status').notNullable(); // SENDING, SENT, NO_ADDRESS
    table.text('email_message_id').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.unique(['receivable_id', 'kind', 'period']);
  });
  await db.schema.createTable('transaction_archive', (table) => {
    table.uuid('id').primary();
    table.text('receivable_id').notNullable().unique();
    table.text('application_id').notNullable();
    table.text('customer_id').notNullable();
    table.text('payment_outcome').notNullable();
    table.jsonb('manifest').notNullable();
    table.text('manifest_sha256').notNullable();
    table.timestamp('archived_at', { useTz: true }).notNullable();
  });
  await db.schema.createTable('customer_behaviour', (table) => {
    table.bigIncrements('id').primary();
    table.text('receivable_id').notNullable().unique();
    table.text('application_id').notNullable();
    table.text('customer_id').notNullable();
    table.text('payment_outcome').notNullable();
    table.integer('days_overdue').notNullable();
    table.decimal('collection_rate', 6, 4).nullable();
    table.smallint('previous_score').nullable();
    table.smallint('score').notNullable();
    table.jsonb('reason_codes').notNullable();
    table.text('model_version').notNullable();
    table.text('scoring_policy_version').notNullable();
    table.jsonb('inputs').notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.index(['customer_id']);
  });
  await db.schema.createTable('shipment_hold', (table) => {
    table.uuid('id').primary();
    table.text('application_id').notNullable();
    table.text('customer_id').notNullable();
    table.text('reason').notNullable();
    table.timestamp('held_at', { useTz: true }).notNullable();
    table.unique(['application_id', 'reason']);
    table.index(['customer_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  for (const table of ['shipment_hold', 'customer_behaviour', 'transaction_archive', 'customer_reminder', 'shipping_document_check']) await db.schema.dropTable(table);
}
