import { randomUUID } from 'node:crypto';
import { DocumentService } from '../../src/api/document.service';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';
import { CustomerRepository } from '../../src/db/customer.repository';
import { DocumentRepository } from '../../src/db/document.repository';
import { normaliseCompanyName } from '../../src/domain/customers/customer-identity';
import { engineNow } from './engine-clock';
import type { LifecycleCase } from './lifecycle-case';
import { contractPdf, deliveryNotePdf, invoicePdf, ourCompany, type ShippingDocumentFacts } from './shipping-documents.fixture';

const dayMs = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The contact address the case's customer (by tax id: cases may share a sample company) gets reminders at. */
export const customerEmail = (c: LifecycleCase) => `ap-${c.start.taxId.toLowerCase()}@customer.example`;

/** The customer's master data with its contact e-mail (the name carries the tax id: names are unique). */
async function registerCustomer(c: LifecycleCase) {
  const { db } = c.harness;
  const name = `${c.start.customerName} ${c.start.taxId}`;
  await new CustomerRepository(db).insertUnlessDuplicate({
    id: randomUUID(), name, normalisedName: normaliseCompanyName(name), taxId: c.start.taxId, industry: 'bearings', industryRisk: c.start.industryRisk,
    parentCustomerId: null, contactName: 'Wang Wei', contactPhone: null, contactEmail: customerEmail(c), legalRepresentative: null, legalRepresentativeIdNumber: null, postalAddress: null,
  });
}

/** The facts of a sale as the signed contract and today's shipment state them; documents print them. */
export async function saleFacts(c: LifecycleCase, invoiceAmount: number): Promise<ShippingDocumentFacts> {
  const variables = (await c.variables()) as { contractNumber: string; contractSignedOn: string; approvedTermDays: number };
  const today = await engineNow();
  return {
    contractNumber: variables.contractNumber, invoiceNumber: c.receivableId, seller: ourCompany, buyer: { name: c.start.customerName, taxId: c.start.taxId },
    currency: c.start.currency, contractAmount: invoiceAmount, invoiceAmount, paymentTermDays: variables.approvedTermDays,
    signedOn: variables.contractSignedOn, termEndsOn: isoDay(new Date(Date.parse(variables.contractSignedOn) + 365 * dayMs)),
    deliveredOn: isoDay(today), receiptSignedOn: isoDay(today), invoicedOn: isoDay(today), invoiceDueOn: isoDay(new Date(today.getTime() + variables.approvedTermDays * dayMs)),
  };
}

/** Uploads the documents of a sale the way sales do through the API's document service; returns their ids by kind. */
export async function uploadShippingDocuments(c: LifecycleCase, facts: ShippingDocumentFacts, kinds: Array<'contract' | 'delivery-note' | 'invoice'> = ['contract', 'delivery-note', 'invoice']) {
  await registerCustomer(c);
  const service = new DocumentService(new DocumentRepository(c.harness.db), new CreditApplicationRepository(c.harness.db));
  const render = { contract: contractPdf, 'delivery-note': deliveryNotePdf, invoice: invoicePdf } as const;
  const ids: Partial<Record<(typeof kinds)[number], string>> = {};
  for (const kind of kinds) {
    const { document } = await service.upload({ applicationId: c.applicationId, kind, fileName: `${kind}-${c.receivableId}.pdf`, content: await render[kind](facts), uploadedBy: 'sales.li' });
    ids[kind] = document.id;
  }
  return ids;
}
