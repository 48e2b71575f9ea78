import type { Knex } from 'knex';

/** One row per application and review level whose SLA was breached. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('review_escalation', (table) => {
    table.text('application_id').notNullable();
    table.text('review_level').notNullable();
    table.text('due_at').notNullable();
    table.text('process_instance_key').notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.primary(['application_id', 'review_level']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('review_escalation');
}
