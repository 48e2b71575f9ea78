import type { Knex } from 'knex';
import { authorityInvoiceRecordSchema, type InvoiceVerificationAnswer } from '../contracts/invoice-verification.contract';

export const invoiceVerificationTable = 'invoice_verification';

/** The tax authority's answer about one invoice, as first received. */
export interface StoredInvoiceVerification {
  invoiceCode: string | null;
  invoiceNumber: string;
  answer: InvoiceVerificationAnswer;
  source: string;
  verifiedAt: string;
}

interface VerificationRow {
  invoice_code: string;
  invoice_number: string;
  found: boolean;
  status: string | null;
  authority_record: unknown;
  source: string;
  verified_at: Date;
}

const mapRow = (row: VerificationRow): StoredInvoiceVerification => ({
  invoiceCode: row.invoice_code === '' ? null : row.invoice_code,
  invoiceNumber: row.invoice_number,
  answer: row.found ? { found: true, invoice: authorityInvoiceRecordSchema.parse(row.authority_record) } : { found: false },
  source: row.source,
  verifiedAt: row.verified_at.toISOString(),
});

export class InvoiceVerificationRepository {
  constructor(private readonly db: Knex) {}

  /** Stores the answer once per invoice code + number; a repeated check gets the first answer back. */
  async recordOnce(verification: StoredInvoiceVerification): Promise<StoredInvoiceVerification> {
    const { answer } = verification;
    await this.db(invoiceVerificationTable)
      .insert({
        invoice_code: verification.invoiceCode ?? '',
        invoice_number: verification.invoiceNumber,
        found: answer.found,
        status: answer.found ? answer.invoice.status : null,
        authority_record: answer.found ? JSON.stringify(answer.invoice) : null,
        source: verification.source,
        verified_at: verification.verifiedAt,
      })
      .onConflict(['invoice_code', 'invoice_number'])
      .ignore();
    return (await this.find(verification.invoiceCode, verification.invoiceNumber)) as StoredInvoiceVerification;
  }

  async find(invoiceCode: string | null, invoiceNumber: string): Promise<StoredInvoiceVerification | undefined> {
    const row = await this.db<VerificationRow>(invoiceVerificationTable).where({ invoice_code: invoiceCode ?? '', invoice_number: invoiceNumber }).first();
    return row ? mapRow(row) : undefined;
  }
}
