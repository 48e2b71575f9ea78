import type { Knex } from 'knex';

/** The ledger of each invoice's receivable: its terms, and payments and costs, each once by reference. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('receivable_ledger', (table) => {
    table.text('id').primary(); // the invoice number
    table.text('application_id').notNullable();
    table.text('customer_tax_id').notNullable();
    table.text('currency').notNullable();
    table.bigInteger('principal_cents').notNullable();
    table.date('issued_on').notNullable();
    table.date('due_date').nullable(); // known once receipt is confirmed
    table.decimal('daily_late_fee_rate', 8, 6).notNullable();
    table.text('status').notNullable(); // OPEN, PAID, WRITTEN_OFF
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.index(['customer_tax_id']);
    table.index(['status', 'due_date']);
  });
  await db.schema.createTable('receivable_ledger_event', (table) => {
    table.bigIncrements('id').primary();
    table.text('receivable_id').notNullable().references('receivable_ledger.id');
    table.text('kind').notNullable(); // payment, cost
    table.date('booked_on').notNullable();
    table.bigInteger('amount_cents').notNullable();
    table.text('reference').notNullable();
    table.unique(['receivable_id', 'reference']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('receivable_ledger_event');
  await db.schema.dropTable('receivable_ledger');
}
