import { BusinessOutcomeError, createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import {
  creditLifecycleProcess,
  extractDocumentsInputSchema,
  extractDocumentsOutputSchema,
  lowConfidenceExtractionVariablesSchema,
} from '../../src/contracts/credit-lifecycle.contract';
import type { DocumentRepository } from '../../src/db/document.repository';
import type { StatementExtractionRepository } from '../../src/db/statement-extraction.repository';
import { ChildProcessDocumentReader } from '../../src/documents/document-extraction.child-process';
import { StatementExtractionService } from '../../src/documents/statement-extraction.service';
import type { Logger } from '../../src/logger';

/** Reads the application's financial statements; anything uncertain goes to an analyst's pre-filled form. */
export function startExtractDocumentsWorker(deps: {
  runtime: WorkerRuntime;
  documents: DocumentRepository;
  statementExtractions: StatementExtractionRepository;
  logger: Logger;
  audit?: WorkerAudit;
}) {
  const statements = new StatementExtractionService(deps.documents, deps.statementExtractions, new ChildProcessDocumentReader());
  return createZodJobWorker(deps.runtime, {
    taskType: creditLifecycleProcess.jobTypes.extractDocuments,
    inputSchema: extractDocumentsInputSchema,
    outputSchema: extractDocumentsOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    // OCR is CPU-bound: one statement at a time
    maxConcurrent: 1,
    handler: async (input) => {
      const extraction = await statements.extractFor(input.applicationId, { taxId: input.taxId, companyName: input.customerName });
      if (!extraction.documentData) {
        const variables = lowConfidenceExtractionVariablesSchema.parse({ extractedDocumentData: extraction.extractedDocumentData, lowConfidenceFields: extraction.lowConfidenceFields });
        const why = extraction.documentIds.length === 0 ? 'no financial statements were uploaded' : `${variables.lowConfidenceFields.join(', ')} need checking`;
        throw new BusinessOutcomeError(creditLifecycleProcess.errors.lowConfidenceExtraction, `manual entry: ${why}`, variables);
      }
      return { documentData: extraction.documentData, documentDataSource: 'OCR' as const, extractionConfidence: extraction.confidence };
    },
  });
}
