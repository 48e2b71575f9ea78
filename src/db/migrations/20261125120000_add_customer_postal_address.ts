import type { Knex } from 'knex';

/** Where dunning letters are posted: the customer's postal address (a company address, not personal data). */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('customer', (table) => {
    table.text('postal_address').nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('customer', (table) => table.dropColumn('postal_address'));
}
