import type { Knex } from 'knex';

/**
 * Invoice verification (发票核验): the tax authority's answer about a Chinese VAT invoice, stored
 * once per invoice (code + number; a fully digital invoice has no code, stored as ''), so a repeated
 * shipping-document check asks the service once.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('invoice_verification', (table) => {
    table.text('invoice_code').notNullable();
    table.text('invoice_number').notNullable();
    table.boolean('found').notNullable();
    table.text('status').nullable(); // NORMAL, VOID, RED_LETTER, ABNORMAL; null when not found
    table.jsonb('authority_record').nullable();
    table.text('source').notNullable(); // which service (or the offline sample) answered
    table.timestamp('verified_at', { useTz: true }).notNullable();
    table.primary(['invoice_code', 'invoice_number']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('invoice_verification');
}
