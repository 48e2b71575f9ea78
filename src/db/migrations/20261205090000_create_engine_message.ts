import type { Knex } from 'knex';

/**
 * Business messages on their way to the engine. Operaton correlates a message only to an instance
 * already waiting for it; an event that arrives before its case reaches the step (a payment before
 * the due date reminder, say) waits here until it can be delivered or its time to live runs out.
 * The message id (from the caller's Idempotency-Key) makes publishing it twice harmless.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('engine_message', (table) => {
    table.text('message_id').primary();
    table.text('message_name').notNullable();
    table.text('correlation_variable').notNullable();
    table.text('correlation_value').notNullable();
    table.jsonb('variables').notNullable();
    table.text('status').notNullable(); // PENDING, DELIVERED, EXPIRED
    table.integer('attempts').notNullable().defaultTo(0);
    table.text('last_error').nullable();
    table.jsonb('delivered_to').nullable(); // the process instance ids that received it
    table.timestamp('published_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.timestamp('expires_at', { useTz: true }).notNullable();
    table.timestamp('delivered_at', { useTz: true }).nullable();
    table.index(['status', 'published_at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('engine_message');
}
