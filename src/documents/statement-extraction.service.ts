import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DocumentRepository } from '../db/document.repository';
import type { StatementExtractionRepository, StoredStatementExtraction } from '../db/statement-extraction.repository';
import type { FinancialStatementFields } from '../domain/documents/financial-statement-text.extractor';
import { headlineDocumentFields, mergeStatementFields, readStatementDocumentData } from '../domain/documents/statement-document-data';
import type { DocumentExtraction, DocumentType } from '../contracts/documents.contract';
import { spreadsheetMediaType } from '../domain/documents/document-kind';

/** The document kind the API stores uploaded financial statements under. */
export const financialStatementsKind = 'financial-statements';

/** The extraction reads files by name; the extension tells it how. OFD files are e-invoices, never statements. */
const extensionOf: Record<string, string> = { 'application/pdf': '.pdf', 'image/png': '.png', 'image/jpeg': '.jpg', [spreadsheetMediaType]: '.xlsx' };

/** Reads an application's uploaded financial statements once and keeps what was read. */
export class StatementExtractionService {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly extractions: StatementExtractionRepository,
    private readonly reader: { extract(file: string, options: { documentType: DocumentType }): Promise<DocumentExtraction> },
  ) {}

  async extractFor(applicationId: string, applicant: { taxId: string; companyName?: string }): Promise<StoredStatementExtraction> {
    const stored = await this.extractions.find(applicationId);
    if (stored) return stored;
    const statements = (await this.documents.ofKind(applicationId, financialStatementsKind)).filter(({ document }) => extensionOf[document.mediaType]);
    if (statements.length === 0) {
      // nothing to read: the analyst enters every figure (decided: the same manual-entry path, nothing pre-filled)
      return this.extractions.storeOnce({
        id: randomUUID(), applicationId, documentIds: [], fields: null, extractedDocumentData: {},
        lowConfidenceFields: [...headlineDocumentFields], confidence: 0, documentData: null,
      });
    }
    const readings: FinancialStatementFields[] = [];
    for (const { document, content } of statements) readings.push(await this.read(content, extensionOf[document.mediaType] as string));
    const fields = mergeStatementFields(readings);
    const reading = readStatementDocumentData(fields, applicant);
    return this.extractions.storeOnce({ id: randomUUID(), applicationId, documentIds: statements.map(({ document }) => document.id), fields, ...reading });
  }

  private async read(content: Buffer, extension: string): Promise<FinancialStatementFields> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'statement-'));
    try {
      const file = path.join(dir, `statement${extension}`);
      await writeFile(file, content);
      const extraction = await this.reader.extract(file, { documentType: 'financial-statement' });
      if (extraction.documentType !== 'financial-statement') throw new Error(`expected a financial statement reading, got ${extraction.documentType}`);
      return extraction.fields as FinancialStatementFields;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
