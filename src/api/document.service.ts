import { createHash, randomUUID } from 'node:crypto';
import type { CreditApplicationRepository } from '../db/credit-application.repository';
import type { DocumentRepository, StoredDocument } from '../db/document.repository';
import { detectMediaType, type DocumentKind } from '../domain/documents/document-kind';
import { InputError, NotFoundError } from '../domain/errors';

export class DocumentService {
  constructor(private readonly documents: DocumentRepository, private readonly applications: CreditApplicationRepository) {}

  async upload(input: { applicationId: string; kind: DocumentKind; fileName: string; content: Buffer; uploadedBy: string }): Promise<{ created: boolean; document: StoredDocument }> {
    const mediaType = detectMediaType(input.content);
    if (!mediaType) {
      throw new InputError('The file is not a PDF, PNG, JPEG, XLSX or OFD document.', [{ field: 'file', message: 'unsupported file type (checked by content, not by name)' }]);
    }
    if (!(await this.applications.findById(input.applicationId))) {
      throw new InputError('The application does not exist.', [{ field: 'applicationId', message: 'no such application' }]);
    }
    return this.documents.store(
      {
        id: randomUUID(),
        applicationId: input.applicationId,
        kind: input.kind,
        fileName: input.fileName,
        mediaType,
        sizeBytes: input.content.length,
        sha256: createHash('sha256').update(input.content).digest('hex'),
        uploadedBy: input.uploadedBy,
      },
      input.content,
    );
  }

  async metadata(id: string): Promise<StoredDocument> {
    const document = await this.documents.metadata(id);
    if (!document) throw new NotFoundError(`No document ${id}.`);
    return document;
  }

  /** The stored bytes, checked against the checksum taken at upload. */
  async content(id: string): Promise<{ document: StoredDocument; content: Buffer }> {
    const stored = await this.documents.content(id);
    if (!stored) throw new NotFoundError(`No document ${id}.`);
    const actual = createHash('sha256').update(stored.content).digest('hex');
    if (actual !== stored.document.sha256) throw new Error(`document ${id} does not match its checksum`);
    return stored;
  }
}
