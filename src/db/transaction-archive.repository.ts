import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { TransactionManifest } from '../domain/archive/transaction-manifest';

export const transactionArchiveTable = 'transaction_archive';

export interface TransactionArchive {
  id: string;
  receivableId: string;
  applicationId: string;
  customerId: string;
  paymentOutcome: string;
  manifest: TransactionManifest;
  manifestSha256: string;
  archivedAt: string;
}

interface ArchiveRow {
  id: string;
  receivable_id: string;
  application_id: string;
  customer_id: string;
  payment_outcome: string;
  manifest: TransactionManifest;
  manifest_sha256: string;
  archived_at: Date;
}

const mapRow = (row: ArchiveRow): TransactionArchive => ({
  id: row.id,
  receivableId: row.receivable_id,
  applicationId: row.application_id,
  customerId: row.customer_id,
  paymentOutcome: row.payment_outcome,
  manifest: row.manifest,
  manifestSha256: row.manifest_sha256,
  archivedAt: row.archived_at.toISOString(),
});

/** One archive per receivable, ever: the first manifest stays as it was written. */
export class TransactionArchiveRepository {
  constructor(private readonly db: Knex) {}

  async archiveOnce(archive: Omit<TransactionArchive, 'id'>): Promise<TransactionArchive> {
    await this.db(transactionArchiveTable)
      .insert({
        id: randomUUID(), receivable_id: archive.receivableId, application_id: archive.applicationId, customer_id: archive.customerId,
        payment_outcome: archive.paymentOutcome, manifest: JSON.stringify(archive.manifest), manifest_sha256: archive.manifestSha256, archived_at: archive.archivedAt,
      })
      .onConflict('receivable_id')
      .ignore();
    return (await this.find(archive.receivableId)) as TransactionArchive;
  }

  async find(receivableId: string): Promise<TransactionArchive | undefined> {
    const row = await this.db<ArchiveRow>(transactionArchiveTable).where({ receivable_id: receivableId }).first();
    return row ? mapRow(row) : undefined;
  }

  async count(receivableId: string): Promise<number> {
    const [result] = await this.db(transactionArchiveTable).where({ receivable_id: receivableId }).count<{ count: string }[]>('* as count');
    return Number(result?.count ?? 0);
  }
}
