import { IncidentError } from '../engine/zod-external-task-worker';
import type { StoredDocument } from '../db/document.repository';
import type { ReceivableLedgerRepository } from '../db/receivable-ledger.repository';
import type { ShippingDocumentCheck, ShippingDocumentCheckRepository } from '../db/shipping-document-check.repository';
import type { StoredDocumentExtractor } from '../documents/stored-document.extractor';
import { checkShippingDocuments, type ShipmentFacts } from '../domain/documents/shipping-documents.rules';
import { balanceOf } from '../domain/dunning/receivable-ledger';
import type { InvoiceVerificationService } from '../invoice-verification/invoice-verification.service';

export interface ShipmentToConfirm extends ShipmentFacts {
  applicationId: string;
  shippedAt: string;
  dailyLateFeeRate: number;
  deliveryNoteDocumentId?: string | null;
  invoiceDocumentId?: string | null;
  /** The analyst's resolution of an earlier mismatch: what still differs is accepted on it. */
  mismatchResolution?: string | null;
  prepayment?: { amount: number; paidAt: string } | null;
}

export type ConfirmationResult = { confirmed: true; check: ShippingDocumentCheck; openCents: number } | { confirmed: false; mismatches: string[] };

/**
 * Step 7: reads the application's contract, delivery note and invoice, matches them with each
 * other and with the case, and when they agree (or an analyst resolved what did not) opens the
 * invoice's receivable in the ledger. Both records are written once per receivable. A Chinese VAT
 * invoice is also verified with the tax authority (发票核验): a void, red-letter or unknown invoice
 * is refused even with a resolution (only a new invoice helps); a difference from the authority's
 * record is a mismatch like the others.
 */
export class ShippingDocumentsService {
  constructor(
    private readonly deps: {
      documents: { forApplication(applicationId: string): Promise<StoredDocument[]> };
      extractor: Pick<StoredDocumentExtractor, 'extract'>;
      checks: ShippingDocumentCheckRepository;
      ledger: ReceivableLedgerRepository;
      invoiceVerification: Pick<InvoiceVerificationService, 'verify'>;
    },
  ) {}

  async confirm(shipment: ShipmentToConfirm, now: Date): Promise<ConfirmationResult> {
    const confirmed = await this.deps.checks.find(shipment.receivableId);
    if (confirmed) return { confirmed: true, check: confirmed, openCents: await this.openCents(shipment.receivableId, now) };
    const uploaded = await this.deps.documents.forApplication(shipment.applicationId);
    const contract = this.pick(uploaded, 'contract', null);
    const deliveryNote = this.pick(uploaded, 'delivery-note', shipment.deliveryNoteDocumentId);
    const invoice = this.pick(uploaded, 'invoice', shipment.invoiceDocumentId);
    const read = (document: StoredDocument | undefined, type: 'contract' | 'delivery-note' | 'invoice') => (document ? this.deps.extractor.extract(document.id, type) : Promise.resolve(null));
    const [contractRead, deliveryNoteRead, invoiceRead] = await Promise.all([read(contract, 'contract'), read(deliveryNote, 'delivery-note'), read(invoice, 'invoice')]);
    const matched = checkShippingDocuments({ contract: contractRead, deliveryNote: deliveryNoteRead, invoice: invoiceRead }, shipment);
    const verified = await this.deps.invoiceVerification.verify(invoiceRead);
    const result = { ...matched, mismatches: [...verified.blocking, ...matched.mismatches, ...verified.mismatches] };
    if (verified.blocking.length > 0 || (result.mismatches.length > 0 && !shipment.mismatchResolution)) return { confirmed: false, mismatches: result.mismatches };
    // the ledger first: a confirmation on record always has its receivable
    await this.openReceivable(shipment, result.invoiceIssueDate);
    const received = [deliveryNote, invoice].flatMap((document) => (document ? [document.uploadedAt] : [])).sort();
    const check = await this.deps.checks.recordOnce({
      receivableId: shipment.receivableId,
      applicationId: shipment.applicationId,
      contractDocumentId: contract?.id ?? null,
      deliveryNoteDocumentId: deliveryNote?.id ?? null,
      invoiceDocumentId: invoice?.id ?? null,
      acceptedMismatches: shipment.mismatchResolution ? result.mismatches : [],
      unverified: result.unverified,
      mismatchResolution: shipment.mismatchResolution ?? null,
      documentsReceivedAt: received.at(-1) ?? null,
      matchedAt: now.toISOString(),
    });
    return { confirmed: true, check, openCents: await this.openCents(shipment.receivableId, now) };
  }

  /** The receivable of the invoice, opened once; its due date follows when receipt is confirmed. */
  private async openReceivable(shipment: ShipmentToConfirm, invoiceIssueDate: string | null): Promise<void> {
    await this.deps.ledger.openOnce({
      id: shipment.receivableId,
      applicationId: shipment.applicationId,
      customerTaxId: shipment.customerTaxId,
      currency: shipment.invoiceCurrency,
      principalCents: Math.round(shipment.invoiceAmount * 100),
      issuedOn: invoiceIssueDate ?? shipment.shippedAt.slice(0, 10),
      dueDate: null,
      dailyLateFeeRate: shipment.dailyLateFeeRate,
    });
    if (shipment.prepayment) {
      await this.deps.ledger.bookOnce(shipment.receivableId, {
        kind: 'payment', date: shipment.prepayment.paidAt.slice(0, 10), amountCents: Math.round(shipment.prepayment.amount * 100), reference: `PREPAYMENT-${shipment.applicationId}`,
      });
    }
  }

  private async openCents(receivableId: string, now: Date): Promise<number> {
    const receivable = await this.deps.ledger.find(receivableId);
    if (!receivable) throw new Error(`receivable ${receivableId} vanished from the ledger`);
    const today = now.toISOString().slice(0, 10);
    // nothing is late before receipt sets the due date
    const terms = { ...this.deps.ledger.termsOf(receivable), dueDate: receivable.dueDate ?? today };
    return balanceOf(terms, await this.deps.ledger.events(receivableId), today).totalCents;
  }

  /**
   * The latest upload of the kind: a document the shipment named, or a later one that replaced it
   * (e.g. a corrected invoice while a mismatch was resolved). A named document must be the application's, of that kind.
   */
  private pick(uploaded: StoredDocument[], kind: string, named: string | null | undefined): StoredDocument | undefined {
    const document = uploaded.find((candidate) => candidate.id === named);
    if (named && (!document || document.kind !== kind)) throw new IncidentError(`Document ${named} named by the shipment is not a ${kind} of this application.`);
    return uploaded.filter((candidate) => candidate.kind === kind).at(-1);
  }
}
