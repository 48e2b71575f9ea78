import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';
import { CustomerRepository, type Customer } from '../../src/db/customer.repository';
import { DocumentRepository } from '../../src/db/document.repository';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { normaliseCompanyName } from '../../src/domain/customers/customer-identity';

const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
/** The date `days` after (negative: before) an ISO date. */
export const shiftDay = (isoDate: string, days: number) => new Date((dayNumber(isoDate) + days) * 86_400_000).toISOString().slice(0, 10);

let sequence = 0;
/** A tax id no other seeded customer of this run has (18 characters, digits and capitals). */
export const uniqueTaxId = (runTag: string) => `91${runTag}${String(++sequence).padStart(4, '0')}`.slice(0, 20);

/** Customers, their cases, documents and receivables, seeded through the product's own repositories. */
export function creditRecords(db: Knex) {
  const customers = new CustomerRepository(db);
  const ledger = new ReceivableLedgerRepository(db);
  return {
    customers,
    ledger,
    async customer(input: { name: string; taxId: string; industryRisk: Customer['industryRisk']; parentCustomerId?: string }): Promise<Customer> {
      const { customer } = await customers.insertUnlessDuplicate({
        id: randomUUID(), name: input.name, normalisedName: normaliseCompanyName(input.name), taxId: input.taxId, industry: 'wholesale', industryRisk: input.industryRisk,
        parentCustomerId: input.parentCustomerId ?? null, contactName: null, contactPhone: null, contactEmail: null, legalRepresentative: null, legalRepresentativeIdNumber: null, postalAddress: null,
      });
      return customer;
    },
    /** A case of the customer (no engine instance behind it; decided unless `status` says it is still open) with the given documents uploaded. */
    async application(customer: Customer, documents: Array<{ kind: string; fileName: string; content: Buffer }> = [], status: 'CLOSED' | 'OPEN' = 'CLOSED'): Promise<string> {
      const id = randomUUID();
      await new CreditApplicationRepository(db).insert({ id, companyName: customer.name, taxId: customer.taxId, requestedLimit: 500_000, currency: 'CNY', urgent: false, processInstanceKey: `seeded-${id}`, status });
      for (const document of documents) {
        await new DocumentRepository(db).store(
          { id: randomUUID(), applicationId: id, kind: document.kind, fileName: document.fileName, mediaType: 'application/pdf', sizeBytes: document.content.length, sha256: createHash('sha256').update(document.content).digest('hex'), uploadedBy: 'sales.li' },
          document.content,
        );
      }
      return id;
    },
    /** An invoice's receivable; `payments` are booked by reference. */
    async receivable(input: { id: string; applicationId: string; customer: Customer; amount: number; issuedOn: string; dueDate: string; dailyLateFeeRate?: number; payments?: Array<{ on: string; amount: number }> }) {
      const receivable = await ledger.openOnce({
        id: input.id, applicationId: input.applicationId, customerTaxId: input.customer.taxId, currency: 'CNY', principalCents: Math.round(input.amount * 100),
        issuedOn: input.issuedOn, dueDate: input.dueDate, dailyLateFeeRate: input.dailyLateFeeRate ?? 0,
      });
      let paidCents = 0;
      for (const [index, payment] of (input.payments ?? []).entries()) {
        await ledger.bookOnce(receivable.id, { kind: 'payment', date: payment.on, amountCents: Math.round(payment.amount * 100), reference: `${receivable.id}-payment-${index + 1}` });
        paidCents += Math.round(payment.amount * 100);
      }
      if (paidCents >= receivable.principalCents) await ledger.setStatus(receivable.id, 'PAID');
      return receivable;
    },
  };
}
