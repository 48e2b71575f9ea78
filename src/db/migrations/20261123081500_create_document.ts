import type { Knex } from 'knex';

/** Uploaded documents, stored in the database so they are as durable and backed up as the rest. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('document', (table) => {
    table.uuid('id').primary();
    table.uuid('application_id').notNullable().references('credit_application.id');
    table.text('kind').notNullable();
    table.text('file_name').notNullable();
    table.text('media_type').notNullable();
    table.integer('size_bytes').notNullable();
    table.text('sha256').notNullable();
    table.binary('content').notNullable();
    table.text('uploaded_by').notNullable();
    table.timestamp('uploaded_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.unique(['application_id', 'sha256']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('document');
}
