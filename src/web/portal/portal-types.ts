/** A stored document as `POST /api/documents` answers it. */
export interface StoredDocument {
  id: string;
  applicationId: string;
  kind: string;
  fileName: string;
  sha256: string;
}
