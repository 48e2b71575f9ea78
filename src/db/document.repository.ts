import type { Knex } from 'knex';

export const documentTable = 'document';

export interface StoredDocument {
  id: string;
  applicationId: string;
  kind: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

interface DocumentRow {
  id: string;
  application_id: string;
  kind: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: Date;
}

const metadataColumns = ['id', 'application_id', 'kind', 'file_name', 'media_type', 'size_bytes', 'sha256', 'uploaded_by', 'uploaded_at'];

const mapRow = (row: DocumentRow): StoredDocument => ({
  id: row.id,
  applicationId: row.application_id,
  kind: row.kind,
  fileName: row.file_name,
  mediaType: row.media_type,
  sizeBytes: row.size_bytes,
  sha256: row.sha256,
  uploadedBy: row.uploaded_by,
  uploadedAt: row.uploaded_at.toISOString(),
});

export class DocumentRepository {
  constructor(private readonly db: Knex) {}

  /** Stores the document once per application and content; an identical re-upload returns the first. */
  async store(document: Omit<StoredDocument, 'uploadedAt'>, content: Buffer): Promise<{ created: boolean; document: StoredDocument }> {
    const inserted = await this.db(documentTable)
      .insert({
        id: document.id,
        application_id: document.applicationId,
        kind: document.kind,
        file_name: document.fileName,
        media_type: document.mediaType,
        size_bytes: document.sizeBytes,
        sha256: document.sha256,
        content,
        uploaded_by: document.uploadedBy,
      })
      .onConflict(['application_id', 'sha256'])
      .ignore()
      .returning(metadataColumns);
    if (inserted[0]) return { created: true, document: mapRow(inserted[0] as DocumentRow) };
    const existing = await this.db(documentTable).select(metadataColumns).where({ application_id: document.applicationId, sha256: document.sha256 }).first();
    return { created: false, document: mapRow(existing as DocumentRow) };
  }

  async metadata(id: string): Promise<StoredDocument | undefined> {
    const row = await this.db(documentTable).select(metadataColumns).where({ id }).first();
    return row ? mapRow(row as DocumentRow) : undefined;
  }

  async content(id: string): Promise<{ document: StoredDocument; content: Buffer } | undefined> {
    const row = await this.db(documentTable).where({ id }).first();
    return row ? { document: mapRow(row as DocumentRow), content: row.content as Buffer } : undefined;
  }

  /** The application's documents, oldest first (metadata only). */
  async forApplication(applicationId: string): Promise<StoredDocument[]> {
    const rows = await this.db(documentTable).select(metadataColumns).where({ application_id: applicationId }).orderBy([{ column: 'uploaded_at' }, { column: 'id' }]);
    return rows.map((row) => mapRow(row as DocumentRow));
  }

  /** The application's documents of one kind with their bytes, oldest upload first. */
  async ofKind(applicationId: string, kind: string): Promise<Array<{ document: StoredDocument; content: Buffer }>> {
    const rows = await this.db(documentTable).where({ application_id: applicationId, kind }).orderBy([{ column: 'uploaded_at' }, { column: 'id' }]);
    return rows.map((row) => ({ document: mapRow(row as DocumentRow), content: row.content as Buffer }));
  }

  async count(): Promise<number> {
    const [result] = await this.db(documentTable).count<{ count: string }[]>('* as count');
    return Number(result?.count ?? 0);
  }
}
