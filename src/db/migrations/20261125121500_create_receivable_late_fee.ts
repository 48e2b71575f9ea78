import type { Knex } from 'knex';

/**
 * The late fee posted at each dunning stage of a receivable, once per receivable and stage: what the
 * ledger had charged by that day. The running balance itself stays computed from receivable_ledger.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('receivable_late_fee', (table) => {
    table.bigIncrements('id').primary();
    table.text('receivable_id').notNullable().references('receivable_ledger.id');
    table.text('stage').notNullable(); // REMINDER, FORMAL_WARNING, LEGAL
    table.date('posted_on').notNullable();
    table.integer('fee_accrued_through_day').notNullable();
    table.bigInteger('late_fee_cents').notNullable();
    table.bigInteger('late_fees_total_cents').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.unique(['receivable_id', 'stage']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('receivable_late_fee');
}
