import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DocumentService } from '../api/document.service';
import type { DocumentExtraction, DocumentType } from '../contracts/documents.contract';

const extensionOf: Record<string, string> = { 'application/pdf': '.pdf', 'image/png': '.png', 'image/jpeg': '.jpg', 'application/ofd': '.ofd' };

/** Reads an uploaded document (checked against its upload checksum) into fields: the readers work on files. */
export class StoredDocumentExtractor {
  constructor(private readonly documents: Pick<DocumentService, 'content'>, private readonly extraction: { extract(file: string, options: { documentType: DocumentType }): Promise<DocumentExtraction> }) {}

  async extract(documentId: string, documentType: DocumentType): Promise<DocumentExtraction> {
    const { document, content } = await this.documents.content(documentId);
    const extension = extensionOf[document.mediaType];
    if (!extension) throw new Error(`document ${documentId} has the unreadable media type ${document.mediaType}`);
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'stored-document-'));
    try {
      const file = path.join(folder, `document${extension}`);
      await fs.writeFile(file, content);
      return await this.extraction.extract(file, { documentType });
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  }
}
