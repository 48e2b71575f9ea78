import type { Knex } from 'knex';

/** What was read from an application's financial statements, once per application. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('statement_extraction', (table) => {
    table.uuid('id').primary();
    table.text('application_id').notNullable().unique();
    table.specificType('document_ids', 'uuid[]').notNullable();
    /** Every field as read (value, confidence, source); null when no statement was uploaded. */
    table.jsonb('fields');
    table.jsonb('extracted_document_data').notNullable();
    /** The document data when every field was read confidently, else null (manual entry). */
    table.jsonb('document_data');
    table.decimal('confidence', 5, 3).notNullable();
    table.jsonb('low_confidence_fields').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('statement_extraction');
}
