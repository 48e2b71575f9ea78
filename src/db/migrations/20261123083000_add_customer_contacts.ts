import type { Knex } from 'knex';

/** Personal data of a customer's contact and legal representative (masked for roles that don't need it). */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('customer', (table) => {
    table.text('contact_name').nullable();
    table.text('contact_phone').nullable();
    table.text('legal_representative').nullable();
    table.text('legal_representative_id_number').nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('customer', (table) => {
    table.dropColumns('contact_name', 'contact_phone', 'legal_representative', 'legal_representative_id_number');
  });
}
