import { DocumentService } from '../../src/api/document.service';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';
import { DocumentRepository } from '../../src/db/document.repository';
import { engineNow } from './engine-clock';
import { customerEmailOf, type LifecycleCase } from './lifecycle-case';
import { contractPdf, deliveryNotePdf, invoicePdf, ourCompany, type ShippingDocumentFacts } from './shipping-documents.fixture';

const dayMs = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The contact address the case's customer (registered with the case) gets reminders at. */
export const customerEmail = (c: LifecycleCase) => customerEmailOf(c.start.taxId);

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
  const service = new DocumentService(new DocumentRepository(c.harness.db), new CreditApplicationRepository(c.harness.db));
  const render = { contract: contractPdf, 'delivery-note': deliveryNotePdf, invoice: invoicePdf } as const;
  const ids: Partial<Record<(typeof kinds)[number], string>> = {};
  for (const kind of kinds) {
    const { document } = await service.upload({ applicationId: c.applicationId, kind, fileName: `${kind}-${c.receivableId}.pdf`, content: await render[kind](facts), uploadedBy: 'sales.li' });
    ids[kind] = document.id;
  }
  return ids;
}
