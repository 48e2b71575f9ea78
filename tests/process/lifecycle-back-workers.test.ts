import { randomUUID } from 'node:crypto';
import { BusinessOutcomeError, IncidentError, type JobContext } from '../../src/engine/zod-external-task-worker';
import { loadConfig } from '../../src/config';
import { applyPaymentInputSchema } from '../../src/contracts/apply-payment.contract';
import * as contract from '../../src/contracts/credit-lifecycle.contract';
import { DocumentService } from '../../src/api/document.service';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';
import { CustomerRepository } from '../../src/db/customer.repository';
import { CustomerBehaviourRepository } from '../../src/db/customer-behaviour.repository';
import { CustomerReminderRepository } from '../../src/db/customer-reminder.repository';
import { DocumentRepository } from '../../src/db/document.repository';
import { createKnex } from '../../src/db/knex';
import { EngineMessageRepository } from '../../src/db/engine-message.repository';
import { createEngineClient } from '../../src/engine/engine-connection';
import { ExternalTaskPoller } from '../../src/engine/external-task-poller';
import { MappedOutputs } from '../../src/engine/mapped-outputs';
import { MessageDeliveryService } from '../../src/engine/messages/message-delivery.service';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { ShipmentHoldRepository } from '../../src/db/shipment-hold.repository';
import { ShippingDocumentCheckRepository } from '../../src/db/shipping-document-check.repository';
import { TransactionArchiveRepository } from '../../src/db/transaction-archive.repository';
import { normaliseCompanyName } from '../../src/domain/customers/customer-identity';
import { createLogger } from '../../src/logger';
import { workerDependencies } from '../../workers';
import { archiveTransactionHandler } from '../../workers/archive/archive-transaction.worker';
import { rescoreCustomerHandler } from '../../workers/archive/rescore-customer.worker';
import { applyPaymentHandler } from '../../workers/receivable/apply-payment.worker';
import { sendPreDueReminderHandler, sendReceiptReminderHandler } from '../../workers/receivable/send-customer-reminders.worker';
import { confirmShippingDocumentsHandler } from '../../workers/shipment/confirm-shipping-documents.worker';
import { holdShipmentsHandler } from '../../workers/shipment/hold-shipments.worker';
import { sampleInvoices } from '../../src/invoice-verification/sample-invoice-verification';
import { contractPdf, deliveryNotePdf, invoicePdf, ourCompany, vatInvoicePdf, withUsccCheckCharacter, type ShippingDocumentFacts } from '../support/shipping-documents.fixture';
import { startSmtpListener } from '../support/smtp-listener';

const digits = (count: number) => Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join('');
const job = (engineNow: string): JobContext => ({ taskId: randomUUID(), processInstanceId: randomUUID(), businessKey: null, retries: 3, engineNow: new Date(engineNow) });

// reading the shipping documents takes a while on a busy machine: generous timeouts, no timing asserted
jest.setTimeout(300_000);

/** Each worker of the lifecycle's later steps, given the same job twice: one side effect. */
describe('lifecycle workers after the sale: one side effect per business key', () => {
  const config = loadConfig();
  const db = createKnex(config.databaseUrl);
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
  let deps: ReturnType<typeof workerDependencies>;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    // the handlers are called directly: the runtime's poller is never started
    const logger = createLogger('silent');
    const engine = createEngineClient(config.engine);
    const messages = new MessageDeliveryService({ engine, messages: new EngineMessageRepository(db), logger });
    deps = workerDependencies(
      { engine, db, messages, logger, mail: { smtpUrl: smtp.url, from: 'Credit department <credit@localhost>' } },
      { engine, poller: new ExternalTaskPoller(engine, { logger }), outputs: new MappedOutputs(engine) },
    );
  });
  afterAll(async () => {
    await smtp.close();
    await db.destroy();
  });

  /** An application with its customer (contact e-mail on file) and the sale's three documents uploaded. */
  async function sale(overrides: Partial<ShippingDocumentFacts> = {}, chosen: { taxId?: string; receivableId?: string; invoice?: (facts: ShippingDocumentFacts) => Promise<Buffer> } = {}) {
    const applicationId = randomUUID();
    const taxId = chosen.taxId ?? withUsccCheckCharacter(`9133021${digits(10)}`);
    const receivableId = chosen.receivableId ?? `INV-${digits(10)}`;
    const customerName = 'Ningbo Test Bearings Co., Ltd.';
    await new CreditApplicationRepository(db).insert({ id: applicationId, companyName: customerName, taxId, requestedLimit: 500_000, currency: 'CNY', urgent: false, processInstanceKey: digits(16), status: 'IN_REVIEW' });
    const name = `${customerName} ${taxId}`;
    await new CustomerRepository(db).insertUnlessDuplicate({
      id: randomUUID(), name, normalisedName: normaliseCompanyName(name), taxId, industry: 'bearings', industryRisk: 'medium', parentCustomerId: null,
      contactName: null, contactPhone: null, contactEmail: `ap-${receivableId.toLowerCase()}@customer.example`, legalRepresentative: null, legalRepresentativeIdNumber: null, postalAddress: null,
    });
    const facts: ShippingDocumentFacts = {
      contractNumber: `CS-2026-${digits(5)}`, invoiceNumber: receivableId, seller: ourCompany, buyer: { name: customerName, taxId }, currency: 'CNY',
      contractAmount: 300_000, invoiceAmount: 300_000, paymentTermDays: 45, signedOn: '2027-03-01', termEndsOn: '2028-02-29',
      deliveredOn: '2027-03-02', receiptSignedOn: '2027-03-03', invoicedOn: '2027-03-02', invoiceDueOn: '2027-04-16', ...overrides,
    };
    const documents = new DocumentService(new DocumentRepository(db), new CreditApplicationRepository(db));
    for (const [kind, render] of [['contract', contractPdf], ['delivery-note', deliveryNotePdf], ['invoice', chosen.invoice ?? invoicePdf]] as const) {
      await documents.upload({ applicationId, kind, fileName: `${kind}.pdf`, content: await render(facts), uploadedBy: 'sales.li' });
    }
    const confirmInput = contract.confirmShippingDocumentsInputSchema.parse({
      applicationId, receivableId, taxId, contractNumber: facts.contractNumber, dailyLateFeeRate: 0.0005, approvedLimit: 500_000,
      invoiceAmount: 300_000, invoiceCurrency: 'CNY', shippedAt: '2027-03-02T08:00:00.000Z',
    });
    return { applicationId, receivableId, taxId, customerName, customerId: `CUST-${digits(8)}`, email: `ap-${receivableId.toLowerCase()}@customer.example`, confirmInput };
  }

  it('when the same shipping documents are confirmed twice, then one receivable is opened and both answers are the same', async () => {
    // given a sale whose contract, delivery note and invoice agree
    const { receivableId, confirmInput } = await sale();
    const confirm = confirmShippingDocumentsHandler(deps);

    // when the job is delivered twice, the second time a day later
    const first = await confirm(confirmInput, job('2027-03-02T09:00:00.000Z'));
    const second = await confirm(confirmInput, job('2027-03-03T09:00:00.000Z'));

    // then one receivable of 300,000 is open and the documents were matched once
    expect(second).toEqual(first);
    expect(first).toMatchObject({ openAmount: 300_000, shippingDocuments: { documentsSentAt: '2027-03-02T08:00:00.000Z', matchedAt: '2027-03-02T09:00:00.000Z' } });
    expect(await db('receivable_ledger').where({ id: receivableId }).count<{ count: string }[]>('* as count')).toEqual([{ count: '1' }]);
    expect(await new ReceivableLedgerRepository(db).find(receivableId)).toMatchObject({ principalCents: 30_000_000, issuedOn: '2027-03-02', dueDate: null, status: 'OPEN' });
    expect(await new ShippingDocumentCheckRepository(db).find(receivableId)).toMatchObject({ acceptedMismatches: [], mismatchResolution: null });
  });

  it('when the delivery note and invoice disagree with the contract, then a THREE_WAY_MISMATCH names them; an analyst resolution accepts them on record', async () => {
    // given an invoice dated before the delivery and for another amount than the contract
    const { receivableId, confirmInput } = await sale({ contractAmount: 250_000, invoicedOn: '2027-03-01', invoiceDueOn: '2027-04-15' });
    const confirm = confirmShippingDocumentsHandler(deps);

    // when the documents are checked
    const mismatch = await confirm(confirmInput, job('2027-03-02T09:00:00.000Z')).catch((error: unknown) => error);

    // then the BPMN error lists what differs, and no receivable is opened
    expect(mismatch).toBeInstanceOf(BusinessOutcomeError);
    expect(contract.threeWayMismatchVariablesSchema.parse((mismatch as BusinessOutcomeError).variables).threeWayMismatches).toEqual([
      'AMOUNT_OUT_OF_TOLERANCE: amount differs (contract 250000, invoice 300000)',
      'INVOICED_BEFORE_DELIVERY: issueDate differs (deliveryDate 2027-03-02, issueDate 2027-03-01)',
    ]);
    expect(await new ReceivableLedgerRepository(db).find(receivableId)).toBeUndefined();

    // when credit resolves it without new documents
    const resolved = await confirm({ ...confirmInput, mismatchResolution: 'Contract amendment of 2027-03-01 raises the volume; invoice date accepted.' }, job('2027-03-02T10:00:00.000Z'));

    // then the receivable opens, and the accepted differences stay on record with the resolution
    expect(resolved.openAmount).toBe(300_000);
    expect(await new ShippingDocumentCheckRepository(db).find(receivableId)).toMatchObject({
      acceptedMismatches: [expect.stringMatching(/^AMOUNT_OUT_OF_TOLERANCE/), expect.stringMatching(/^INVOICED_BEFORE_DELIVERY/)],
      mismatchResolution: 'Contract amendment of 2027-03-01 raises the volume; invoice date accepted.',
    });
  });

  /** A sale invoiced with a Chinese VAT invoice of the offline sample (示例数据), the default verification service in tests. */
  const sampleVatSale = (invoiceNumber: string) => {
    const known = sampleInvoices.find((invoice) => invoice.invoiceNumber === invoiceNumber);
    if (!known?.invoiceCode || !known.checkCode || !known.buyerTaxId) throw new Error(`no ordinary invoice ${invoiceNumber} in the offline sample`);
    const ids = { invoiceCode: known.invoiceCode, checkCode: known.checkCode };
    return sale({ invoicedOn: known.issueDate, invoiceAmount: known.totalAmount, contractAmount: known.totalAmount }, { taxId: known.buyerTaxId, receivableId: invoiceNumber, invoice: (facts) => vatInvoicePdf(facts, ids) });
  };
  const verificationsOf = (invoiceNumber: string) => db('invoice_verification').where({ invoice_number: invoiceNumber }).select('invoice_code', 'found', 'status', 'source');

  it('when the Chinese VAT invoice is genuine at the tax authority, then the documents match and the verification is stored once', async () => {
    // given a sale invoiced with the sample's genuine ordinary invoice 033001900211 / 10000001
    const { receivableId, confirmInput } = await sampleVatSale('10000001');
    const confirm = confirmShippingDocumentsHandler(deps);

    // when the check runs, and runs again
    const first = await confirm(confirmInput, job('2027-03-02T09:00:00.000Z'));
    const second = await confirm(confirmInput, job('2027-03-02T09:05:00.000Z'));

    // then the receivable opens, once, and the authority's answer is on record once per invoice
    expect(first.openAmount).toBe(300_000);
    expect(second).toEqual(first);
    expect(await new ReceivableLedgerRepository(db).find(receivableId)).toMatchObject({ principalCents: 30_000_000, status: 'OPEN' });
    expect(await verificationsOf(receivableId)).toEqual([{ invoice_code: '033001900211', found: true, status: 'NORMAL', source: expect.stringContaining('示例数据') }]);
  });

  it('when the Chinese VAT invoice is void at the tax authority, then the three-way match stops with the reason, and a resolution does not open the receivable', async () => {
    // given a sale invoiced with the sample's void invoice 033001900211 / 10000004, which otherwise agrees with contract and delivery note
    const { receivableId, confirmInput } = await sampleVatSale('10000004');
    const confirm = confirmShippingDocumentsHandler(deps);

    // when the documents are checked
    const mismatch = await confirm(confirmInput, job('2027-03-02T09:00:00.000Z')).catch((error: unknown) => error);

    // then THREE_WAY_MISMATCH names the void invoice (in Chinese and English) and nothing else
    expect(mismatch).toBeInstanceOf(BusinessOutcomeError);
    expect((mismatch as BusinessOutcomeError).errorCode).toBe(contract.creditLifecycleProcess.errors.threeWayMismatch);
    expect(contract.threeWayMismatchVariablesSchema.parse((mismatch as BusinessOutcomeError).variables).threeWayMismatches).toEqual([
      'INVOICE_VOID: 发票已作废 — the tax authority records the invoice as void (作废): invoice 033001900211 10000004',
    ]);

    // when credit tries to resolve it without a new invoice
    const resolved = await confirm({ ...confirmInput, mismatchResolution: 'Customer says the invoice is fine.' }, job('2027-03-02T10:00:00.000Z')).catch((error: unknown) => error);

    // then it is refused again, no receivable opens, and the service was asked once
    expect(resolved).toBeInstanceOf(BusinessOutcomeError);
    expect(await new ReceivableLedgerRepository(db).find(receivableId)).toBeUndefined();
    expect(await new ShippingDocumentCheckRepository(db).find(receivableId)).toBeUndefined();
    expect(await verificationsOf(receivableId)).toEqual([{ invoice_code: '033001900211', found: true, status: 'VOID', source: expect.stringContaining('示例数据') }]);
  });

  it('when the same payment is applied twice, then it is posted once and both answers give the ledger balance; dunning payments without a date count on the engine day', async () => {
    // given an open receivable of 300,000 due on 2027-04-16
    const { receivableId, confirmInput } = await sale();
    await confirmShippingDocumentsHandler(deps)(confirmInput, job('2027-03-02T09:00:00.000Z'));
    await new ReceivableLedgerRepository(db).setDueDate(receivableId, '2027-04-16');
    const apply = applyPaymentHandler(deps);
    const payment = applyPaymentInputSchema.parse({ receivableId, openAmount: 300_000, paymentAmount: 100_000, paymentReference: 'BANK-REF-A1', paidAt: '2027-04-01T10:00:00.000Z' });

    // when the payment job is delivered twice
    const first = await apply(payment, job('2027-04-01T10:00:00.000Z'));
    const second = await apply(payment, job('2027-04-02T10:00:00.000Z'));

    // then one posting, and both answers say 200,000 open
    expect(first).toEqual({ openAmount: 200_000, amountApplied: 100_000, paidInFull: false });
    expect(second).toEqual(first);
    expect((await new ReceivableLedgerRepository(db).events(receivableId)).map((event) => [event.amountCents, event.reference, event.date])).toEqual([[10_000_000, 'BANK-REF-A1', '2027-04-01']]);

    // when dunning applies the rest 10 days after the due date (its input has no paidAt): late fee first
    const late = await apply(applyPaymentInputSchema.parse({ receivableId, openAmount: 200_000, paymentAmount: 200_000, paymentReference: 'BANK-REF-A2' }), job('2027-04-26T10:00:00.000Z'));

    // then 9 days of fee at 0.05 % on 200,000 (900) are settled first; 900 of principal stay open, plus that day's fee on them (0.45)
    expect(late).toEqual({ openAmount: 900.45, amountApplied: 200_000, paidInFull: false });
  });

  it('when a payment names a receivable the ledger does not know, then the job raises an incident saying so', async () => {
    const apply = applyPaymentHandler(deps);
    const error = await apply(applyPaymentInputSchema.parse({ receivableId: 'INV-UNKNOWN-1', openAmount: 10, paymentAmount: 10, paymentReference: 'BANK-REF-X' }), job('2027-04-01T10:00:00.000Z')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IncidentError);
    expect((error as Error).message).toMatch(/receivable INV-UNKNOWN-1, which the receivable ledger does not know/);
  });

  it('when a reminder job is delivered twice, then the customer gets one e-mail; the next receipt cycle sends the next one', async () => {
    // given a shipped sale whose customer has a contact address
    const { applicationId, receivableId, taxId, customerName, customerId, email } = await sale();
    const receipt = contract.sendReceiptReminderInputSchema.parse({ applicationId, customerId, taxId, customerName, receivableId, shippedAt: '2027-03-02T08:00:00.000Z' });
    const preDue = contract.sendPreDueReminderInputSchema.parse({ applicationId, customerId, taxId, customerName, receivableId, openAmount: 300_000, invoiceCurrency: 'CNY', dueDate: '2027-04-16' });
    const mails = () => smtp.received.filter((mail) => mail.to.includes(email));

    // when the receipt reminder of day 3 and the pre-due reminder are each delivered twice, and day 6's once
    await sendReceiptReminderHandler(deps)(receipt, job('2027-03-05T09:00:00.000Z'));
    await sendReceiptReminderHandler(deps)(receipt, job('2027-03-05T09:00:00.000Z'));
    await sendPreDueReminderHandler(deps)(preDue);
    await sendPreDueReminderHandler(deps)(preDue);
    await sendReceiptReminderHandler(deps)(receipt, job('2027-03-08T09:00:00.000Z'));

    // then three e-mails went out: two receipt reminders (periods 1 and 2) and one pre-due reminder, each logged once
    expect(mails().map((mail) => /^Subject: (.*)$/m.exec(mail.raw)?.[1])).toEqual([
      `Please confirm receipt of the goods of invoice ${receivableId}`,
      `Invoice ${receivableId}: CNY 300,000.00 due on 2027-04-16`,
      `Please confirm receipt of the goods of invoice ${receivableId}`,
    ]);
    expect((await new CustomerReminderRepository(db).forReceivable(receivableId)).map((reminder) => [reminder.kind, reminder.period, reminder.status])).toEqual([['RECEIPT', 1, 'SENT'], ['PRE_DUE', 0, 'SENT'], ['RECEIPT', 2, 'SENT']]);
    expect(await db('contact_log').where({ receivable_id: receivableId }).count<{ count: string }[]>('* as count')).toEqual([{ count: '3' }]);
  });

  it('when the customer has no e-mail address on file, then no mail leaves and the reminder is logged as NO_ADDRESS, once', async () => {
    // given a customer the master data knows without a contact address
    const { applicationId, receivableId, customerId, customerName } = await sale();
    const taxId = withUsccCheckCharacter(`9133021${digits(10)}`);
    const receipt = contract.sendReceiptReminderInputSchema.parse({ applicationId, customerId, taxId, customerName, receivableId, shippedAt: '2027-03-02T08:00:00.000Z' });

    // when the reminder job is delivered twice
    const before = smtp.received.length;
    await sendReceiptReminderHandler(deps)(receipt, job('2027-03-05T09:00:00.000Z'));
    await sendReceiptReminderHandler(deps)(receipt, job('2027-03-05T09:00:00.000Z'));

    // then nothing was sent, and the contact log says why, once
    expect(smtp.received.length).toBe(before);
    expect((await new CustomerReminderRepository(db).forReceivable(receivableId)).map((reminder) => [reminder.kind, reminder.status])).toEqual([['RECEIPT', 'NO_ADDRESS']]);
    expect((await db('contact_log').where({ receivable_id: receivableId }).select('outcome')).map((row: { outcome: string }) => row.outcome)).toEqual(['NO_ADDRESS']);
  });

  it('when archive, re-score and shipment hold are delivered twice, then one archive, one behaviour record and one hold exist', async () => {
    // given a sale whose receivable was opened and paid
    const { applicationId, receivableId, confirmInput, customerId } = await sale();
    await confirmShippingDocumentsHandler(deps)(confirmInput, job('2027-03-02T09:00:00.000Z'));
    await new ReceivableLedgerRepository(db).setDueDate(receivableId, '2027-04-16');
    await applyPaymentHandler(deps)(applyPaymentInputSchema.parse({ receivableId, openAmount: 300_000, paymentAmount: 300_000, paymentReference: 'BANK-REF-Z1', paidAt: '2027-04-01T10:00:00.000Z' }), job('2027-04-01T10:00:00.000Z'));
    const archiveInput = contract.archiveTransactionInputSchema.parse({ applicationId, customerId, receivableId, paymentOutcome: 'PAID_ON_TIME', score: 85, creditDecision: 'APPROVED' });
    const rescoreInput = contract.rescoreCustomerInputSchema.parse({
      applicationId, customerId, receivableId, paymentOutcome: 'PAID_ON_TIME', daysOverdueAtSettlement: 0, score: 85, hasPaymentHistory: false, yearsOfCooperation: 0,
      collectionRate: 0.9, industryRisk: 'medium', checklistPassed: true, redFlagCount: 0,
      documentData: { companyName: 'Ningbo Test Bearings Co., Ltd.', taxId: confirmInput.taxId, fiscalYear: 2025, revenue: 48_000_000, netProfit: 3_100_000, totalAssets: 52_000_000, totalLiabilities: 21_000_000 },
    });
    const holdInput = contract.holdShipmentsInputSchema.parse({ applicationId, customerId, freezeReason: 'Parent company 45 days overdue.' });

    // when each job is delivered twice
    const archives = [await archiveTransactionHandler(deps)(archiveInput, job('2027-04-01T11:00:00.000Z')), await archiveTransactionHandler(deps)(archiveInput, job('2027-04-02T11:00:00.000Z'))];
    const scores = [await rescoreCustomerHandler(deps)(rescoreInput, job('2027-04-01T11:00:00.000Z')), await rescoreCustomerHandler(deps)(rescoreInput, job('2027-04-02T11:00:00.000Z'))];
    await holdShipmentsHandler(deps)(holdInput, job('2027-04-01T11:00:00.000Z'));
    await holdShipmentsHandler(deps)(holdInput, job('2027-04-02T11:00:00.000Z'));

    // then one of each, and the repeated jobs answer with the first
    expect(archives[1]).toEqual(archives[0]);
    expect(await new TransactionArchiveRepository(db).count(receivableId)).toBe(1);
    expect((await new TransactionArchiveRepository(db).find(receivableId))?.manifest).toMatchObject({ decisions: { credit: { score: 85, creditDecision: 'APPROVED' } }, ledger: { status: 'PAID' } });
    expect(scores[1]).toEqual(scores[0]);
    const behaviour = await new CustomerBehaviourRepository(db).forCustomer(customerId);
    // a customer without history gets this receivable's collection as its first rate
    expect(behaviour.map((row) => [row.receivableId, row.collectionRate, row.score])).toEqual([[receivableId, 1, scores[0]?.updatedScore]]);
    expect((await new ShipmentHoldRepository(db).forApplication(applicationId)).map((hold) => [hold.reason, hold.heldAt])).toEqual([['Parent company 45 days overdue.', '2027-04-01T11:00:00.000Z']]);
  });
});
