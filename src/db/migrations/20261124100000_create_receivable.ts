import type { Knex } from 'knex';

/**
 * Receivables (one per invoice) for the dashboard: aging, DSO, overdue ratio, provisions, concentration.
 * The covering indexes let the dashboard's period-filtered aggregates run as index-only scans.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('receivable', (table) => {
    table.text('receivable_id').primary();
    table.text('customer_key').notNullable();
    table.text('customer_name').notNullable();
    table.uuid('application_id');
    table.text('tier').notNullable();
    table.text('colour').notNullable();
    table.smallint('score').notNullable();
    table.string('currency', 3).notNullable();
    table.decimal('amount', 18, 2).notNullable();
    table.decimal('open_amount', 18, 2).notNullable();
    table.date('issued_at').notNullable();
    table.date('due_at').notNullable();
    table.date('paid_at');
    table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.check("tier in ('core', 'priority', 'basic')", [], 'receivable_tier');
    table.check("colour in ('green', 'yellow', 'red')", [], 'receivable_colour');
    table.check('score between 0 and 100', [], 'receivable_score');
    table.check('open_amount >= 0 and open_amount <= amount', [], 'receivable_open_amount');
  });
  await db.raw('CREATE INDEX receivable_issued_covering ON receivable (issued_at) INCLUDE (tier, colour, due_at, amount, open_amount)');
  await db.raw('CREATE INDEX receivable_open_covering ON receivable (issued_at) INCLUDE (tier, colour, score, customer_key, open_amount) WHERE open_amount > 0');
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('receivable');
}
