import type { Knex } from 'knex';

/** Credit freezes (one per enterprise while frozen) and the provision ledger (one row per business key). */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('credit_freeze', (table) => {
    table.text('tax_id').primary();
    table.text('reason').notNullable();
    table.text('triggered_by_receivable').notNullable();
    table.text('relation').notNullable(); // subject, parent, subsidiary, …
    table.timestamp('frozen_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.schema.createTable('provision_entry', (table) => {
    table.bigIncrements('id').primary();
    table.text('receivable_id').notNullable();
    table.text('business_key').notNullable().unique();
    table.text('kind').notNullable(); // TOP_UP, RELEASE, WRITE_OFF, RECOVERY
    table.bigInteger('amount_cents').notNullable();
    table.decimal('rate', 6, 4).nullable();
    table.text('reason').notNullable();
    table.timestamp('booked_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('provision_entry');
  await db.schema.dropTable('credit_freeze');
}
