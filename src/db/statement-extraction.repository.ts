import type { Knex } from 'knex';
import type { StatementReading } from '../domain/documents/statement-document-data';
import type { FinancialStatementFields } from '../domain/documents/financial-statement-text.extractor';

export const statementExtractionTable = 'statement_extraction';

export interface StoredStatementExtraction extends StatementReading {
  id: string;
  applicationId: string;
  documentIds: string[];
  fields: FinancialStatementFields | null;
}

interface Row {
  id: string;
  application_id: string;
  document_ids: string[];
  fields: FinancialStatementFields | null;
  document_data: StatementReading['documentData'];
  extracted_document_data: StatementReading['extractedDocumentData'];
  confidence: string;
  low_confidence_fields: StatementReading['lowConfidenceFields'];
}

const mapRow = (row: Row): StoredStatementExtraction => ({
  id: row.id,
  applicationId: row.application_id,
  documentIds: row.document_ids,
  fields: row.fields,
  documentData: row.document_data,
  confidence: Number(row.confidence),
  lowConfidenceFields: row.low_confidence_fields,
  extractedDocumentData: row.extracted_document_data,
});

/** One extraction per application: a redelivered job reads the first one back instead of reading the documents again. */
export class StatementExtractionRepository {
  constructor(private readonly db: Knex) {}

  async find(applicationId: string): Promise<StoredStatementExtraction | undefined> {
    const row = await this.db(statementExtractionTable).where({ application_id: applicationId }).first();
    return row ? mapRow(row as Row) : undefined;
  }

  async storeOnce(extraction: StoredStatementExtraction): Promise<StoredStatementExtraction> {
    await this.db(statementExtractionTable)
      .insert({
        id: extraction.id,
        application_id: extraction.applicationId,
        document_ids: extraction.documentIds,
        fields: JSON.stringify(extraction.fields),
        document_data: extraction.documentData === null ? null : JSON.stringify(extraction.documentData),
        confidence: extraction.confidence,
        extracted_document_data: JSON.stringify(extraction.extractedDocumentData),
        low_confidence_fields: JSON.stringify(extraction.lowConfidenceFields),
      })
      .onConflict('application_id')
      .ignore();
    return (await this.find(extraction.applicationId)) as StoredStatementExtraction;
  }

  async countFor(applicationId: string): Promise<number> {
    const [row] = await this.db(statementExtractionTable).where({ application_id: applicationId }).count<{ count: string }[]>('* as count');
    return Number(row?.count ?? 0);
  }
}
