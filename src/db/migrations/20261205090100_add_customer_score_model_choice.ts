import type { Knex } from 'knex';

/** Which statements a case's PD model was chosen for and which ratios it read (null on scores from before the choice). */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('customer_score', (table) => {
    table.text('figure_set').nullable();
    table.jsonb('ratios_read').nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('customer_score', (table) => {
    table.dropColumn('figure_set');
    table.dropColumn('ratios_read');
  });
}
