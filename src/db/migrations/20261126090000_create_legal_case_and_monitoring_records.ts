import type { Knex } from 'knex';

/**
 * Legal cases (one per receivable handed to legal, closed once with its outcome), second due
 * diligences (one open per customer) and the monitoring's credit restrictions (one per customer,
 * kind and business day).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('legal_case', (table) => {
    table.text('receivable_id').primary();
    table.text('customer_id').notNullable();
    table.text('application_id').notNullable();
    table.uuid('evidence_pack_id').notNullable();
    table.text('status').notNullable(); // OPEN, CLOSED
    table.text('outcome').nullable(); // RECOVERED, SETTLED, WRITTEN_OFF
    table.bigInteger('recovered_cents').nullable();
    table.bigInteger('written_off_cents').nullable();
    table.bigInteger('provision_used_cents').nullable();
    table.bigInteger('provision_released_cents').nullable();
    table.timestamp('opened_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.timestamp('closed_at', { useTz: true }).nullable();
    table.check("status in ('OPEN', 'CLOSED')", [], 'legal_case_status');
  });
  await db.schema.createTable('second_due_diligence', (table) => {
    table.uuid('id').primary();
    table.text('customer_id').notNullable();
    table.text('trigger').notNullable();
    table.uuid('investigation_report_id').nullable();
    table.timestamp('opened_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.timestamp('closed_at', { useTz: true }).nullable();
  });
  await db.raw('CREATE UNIQUE INDEX second_due_diligence_one_open ON second_due_diligence (customer_id) WHERE closed_at IS NULL');
  await db.schema.createTable('credit_restriction', (table) => {
    table.uuid('id').primary();
    table.text('customer_id').notNullable();
    table.text('kind').notNullable(); // LIMIT_AND_TERM, TRADING_SUSPENDED, RECEIVABLE_PRESERVATION, NEW_BUSINESS
    table.date('business_day').notNullable();
    table.decimal('limit_factor', 6, 4).nullable();
    table.integer('max_term_days').nullable();
    table.decimal('turnover_drop_ratio', 6, 4).nullable();
    table.bigInteger('open_amount_cents').nullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.unique(['customer_id', 'kind', 'business_day']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('credit_restriction');
  await db.schema.dropTable('second_due_diligence');
  await db.schema.dropTable('legal_case');
}
