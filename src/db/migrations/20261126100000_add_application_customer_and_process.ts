import type { Knex } from 'knex';

/**
 * An application names the registered customer it is for and the process its case runs in:
 * the API starts `credit-lifecycle`; rows from before stay the walking skeleton's.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('credit_application', (table) => {
    table.uuid('customer_id').nullable().references('customer.id');
    table.text('process_id').notNullable().defaultTo('credit-application');
    table.index(['customer_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('credit_application', (table) => {
    table.dropIndex(['customer_id']);
    table.dropColumn('process_id');
    table.dropColumn('customer_id');
  });
}
