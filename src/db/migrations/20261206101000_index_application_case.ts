import type { Knex } from 'knex';

/** The status reconciler finds unended applications by status and settles them by their case's instance id. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('credit_application', (table) => {
    table.index(['status'], 'credit_application_status_index');
    table.index(['process_instance_key'], 'credit_application_process_instance_index');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('credit_application', (table) => {
    table.dropIndex(['status'], 'credit_application_status_index');
    table.dropIndex(['process_instance_key'], 'credit_application_process_instance_index');
  });
}
