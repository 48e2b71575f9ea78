import type { Knex } from 'knex';

/** BPMN drafts awaiting a second process owner's approval (four eyes) before deployment. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('model_draft', (table) => {
    table.uuid('id').primary();
    table.text('bpmn_process_id').notNullable();
    table.text('file_name').notNullable();
    table.text('xml').notNullable();
    table.text('sha256').notNullable();
    table.text('base_process_definition_key');
    table.text('comment').notNullable();
    table.jsonb('lint_findings').notNullable();
    table.text('author').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.text('status').notNullable();
    table.text('approved_by');
    table.timestamp('approved_at', { useTz: true });
    table.text('deployed_process_definition_key');
    table.integer('deployed_version');
    table.check("status in ('PENDING', 'DEPLOYED')", [], 'model_draft_status');
    table.check('approved_by is null or approved_by <> author', [], 'model_draft_four_eyes');
    table.index(['status', 'created_at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('model_draft');
}
