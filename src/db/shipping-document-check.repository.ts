import type { Knex } from 'knex';

export const shippingDocumentCheckTable = 'shipping_document_check';

/** The confirmed shipping documents of one receivable: which documents, what was accepted, when. */
export interface ShippingDocumentCheck {
  receivableId: string;
  applicationId: string;
  contractDocumentId: string | null;
  deliveryNoteDocumentId: string | null;
  invoiceDocumentId: string | null;
  acceptedMismatches: string[];
  unverified: string[];
  mismatchResolution: string | null;
  documentsReceivedAt: string | null;
  matchedAt: string;
}

interface CheckRow {
  receivable_id: string;
  application_id: string;
  contract_document_id: string | null;
  delivery_note_document_id: string | null;
  invoice_document_id: string | null;
  accepted_mismatches: string[];
  unverified: string[];
  mismatch_resolution: string | null;
  documents_received_at: Date | null;
  matched_at: Date;
}

const mapRow = (row: CheckRow): ShippingDocumentCheck => ({
  receivableId: row.receivable_id,
  applicationId: row.application_id,
  contractDocumentId: row.contract_document_id,
  deliveryNoteDocumentId: row.delivery_note_document_id,
  invoiceDocumentId: row.invoice_document_id,
  acceptedMismatches: row.accepted_mismatches,
  unverified: row.unverified,
  mismatchResolution: row.mismatch_resolution,
  documentsReceivedAt: row.documents_received_at?.toISOString() ?? null,
  matchedAt: row.matched_at.toISOString(),
});

export class ShippingDocumentCheckRepository {
  constructor(private readonly db: Knex) {}

  /** Records the check once per receivable; a repeated job gets the first record back. */
  async recordOnce(check: ShippingDocumentCheck, trx: Knex = this.db): Promise<ShippingDocumentCheck> {
    await trx(shippingDocumentCheckTable)
      .insert({
        receivable_id: check.receivableId,
        application_id: check.applicationId,
        contract_document_id: check.contractDocumentId,
        delivery_note_document_id: check.deliveryNoteDocumentId,
        invoice_document_id: check.invoiceDocumentId,
        accepted_mismatches: JSON.stringify(check.acceptedMismatches),
        unverified: JSON.stringify(check.unverified),
        mismatch_resolution: check.mismatchResolution,
        documents_received_at: check.documentsReceivedAt,
        matched_at: check.matchedAt,
      })
      .onConflict('receivable_id')
      .ignore();
    return (await this.find(check.receivableId, trx)) as ShippingDocumentCheck;
  }

  async find(receivableId: string, trx: Knex = this.db): Promise<ShippingDocumentCheck | undefined> {
    const row = await trx<CheckRow>(shippingDocumentCheckTable).where({ receivable_id: receivableId }).first();
    return row ? mapRow(row) : undefined;
  }
}
