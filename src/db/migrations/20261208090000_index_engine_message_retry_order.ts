import type { Knex } from 'knex';

/** Pending messages are retried least-tried first, then oldest (EngineMessageRepository.pendingIds). */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('engine_message', (table) => {
    table.index(['status', 'attempts', 'published_at'], 'engine_message_retry_order_index');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('engine_message', (table) => {
    table.dropIndex(['status', 'attempts', 'published_at'], 'engine_message_retry_order_index');
  });
}
