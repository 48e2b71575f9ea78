import type { DocumentRepository } from '../db/document.repository';
import type { DunningNoticeRepository } from '../db/dunning-notice.repository';
import type { ReceivableLedgerRepository } from '../db/receivable-ledger.repository';
import type { ShippingDocumentCheckRepository } from '../db/shipping-document-check.repository';
import type { TransactionArchive, TransactionArchiveRepository } from '../db/transaction-archive.repository';
import { manifestDigest, type TransactionManifest } from '../domain/archive/transaction-manifest';

export interface TransactionToArchive {
  receivableId: string;
  applicationId: string;
  customerId: string;
  paymentOutcome: string;
  investigationReportId: string | null;
  creditDecision: Record<string, unknown>;
}

/**
 * Step 11: archives what the transaction gathered — documents with their checksums, the decisions,
 * the ledger and every contact — as one manifest, once per receivable.
 */
export class TransactionArchiveService {
  constructor(
    private readonly deps: {
      archives: TransactionArchiveRepository;
      documents: Pick<DocumentRepository, 'forApplication'>;
      checks: Pick<ShippingDocumentCheckRepository, 'find'>;
      ledger: Pick<ReceivableLedgerRepository, 'find' | 'events'>;
      contacts: Pick<DunningNoticeRepository, 'contactsFor'>;
    },
  ) {}

  async archive(transaction: TransactionToArchive, now: Date): Promise<TransactionArchive> {
    const archived = await this.deps.archives.find(transaction.receivableId);
    if (archived) return archived;
    const manifest = await this.manifestOf(transaction);
    return this.deps.archives.archiveOnce({
      receivableId: transaction.receivableId, applicationId: transaction.applicationId, customerId: transaction.customerId,
      paymentOutcome: transaction.paymentOutcome, manifest, manifestSha256: manifestDigest(manifest), archivedAt: now.toISOString(),
    });
  }

  private async manifestOf(transaction: TransactionToArchive): Promise<TransactionManifest> {
    const [documents, check, receivable, contacts] = await Promise.all([
      this.deps.documents.forApplication(transaction.applicationId),
      this.deps.checks.find(transaction.receivableId),
      this.deps.ledger.find(transaction.receivableId),
      this.deps.contacts.contactsFor(transaction.receivableId),
    ]);
    return {
      receivableId: transaction.receivableId,
      applicationId: transaction.applicationId,
      customerId: transaction.customerId,
      paymentOutcome: transaction.paymentOutcome,
      documents: documents.map(({ id, kind, fileName, sha256, uploadedAt }) => ({ id, kind, fileName, sha256, uploadedAt })),
      decisions: {
        shippingDocuments: check
          ? { matchedAt: check.matchedAt, acceptedMismatches: check.acceptedMismatches, mismatchResolution: check.mismatchResolution, documentIds: [check.contractDocumentId, check.deliveryNoteDocumentId, check.invoiceDocumentId] }
          : null,
        credit: transaction.creditDecision,
        investigationReportId: transaction.investigationReportId,
      },
      ledger: receivable
        ? {
            principalCents: receivable.principalCents, currency: receivable.currency, issuedOn: receivable.issuedOn, dueDate: receivable.dueDate, status: receivable.status,
            events: await this.deps.ledger.events(receivable.id),
          }
        : null,
      contacts: contacts.map(({ channel, outcome, note }) => ({ channel, outcome, note })),
    };
  }
}
