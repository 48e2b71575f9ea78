import type { Knex } from 'knex';

/**
 * Model drafts name the deployed version by Operaton's process definition id (`order-check:2:…`),
 * not by a Zeebe definition key: the columns say so.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('model_draft', (table) => {
    table.renameColumn('base_process_definition_key', 'base_process_definition_id');
    table.renameColumn('deployed_process_definition_key', 'deployed_process_definition_id');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('model_draft', (table) => {
    table.renameColumn('base_process_definition_id', 'base_process_definition_key');
    table.renameColumn('deployed_process_definition_id', 'deployed_process_definition_key');
  });
}
