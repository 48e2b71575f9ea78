import { passwordOf } from '../support/local-passwords';
import { randomUUID } from 'node:crypto';
import type { UserTaskView } from '../../src/engine/history/engine-history.reader';
import { reviewFormOutputSchema } from '../../src/contracts/credit-decision.contract';
import * as lifecycle from '../../src/contracts/credit-lifecycle.contract';
import { dunningProcess as dunning, dunningStartVariablesSchema } from '../../src/contracts/dunning.contract';
import { portfolioMonitoringProcess as monitoring } from '../../src/contracts/portfolio-monitoring.contract';
import { tieredReviewProcess as tieredReview } from '../../src/contracts/tiered-review.contract';
import { ReceivableLateFeeRepository } from '../../src/db/receivable-late-fee.repository';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { ReceivableService } from '../../src/dunning/receivable.service';
import { engineNow, moveEngineClockTo } from '../support/engine-clock';
import { sampleCleanTradingStatement, statementPdf, type StatementFigures } from '../support/financial-statement.fixture';
import { sampleCompanyFamily, useInvestigationProvider, type InvestigationProvider } from '../support/investigation-provider';
import { pdfText } from '../support/pdf-text';
import { startSmtpListener, type SmtpListener } from '../support/smtp-listener';
import { contractPdf, deliveryNotePdf, invoicePdf, ourCompany, type ShippingDocumentFacts } from '../support/shipping-documents.fixture';
import { startTestSystem } from '../support/test-system';

jest.setTimeout(240_000);

const { elements: el } = lifecycle.creditLifecycleProcess;
const dayMs = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const waitTimeoutMs = 60_000;
const runTag = Date.now().toString(36).toUpperCase();

/**
 * A customer of its own, so other suites' receivables on the shared test database give it no payment
 * history and no other suite's monitoring run or group freeze reaches it: the clean sample company's
 * records (and its related companies) under this run's names and tax ids, and its statements.
 */
const family = sampleCompanyFamily('E2E');
const statement: StatementFigures = { ...sampleCleanTradingStatement, companyName: family.nameOf('clean'), taxId: family.taxIdOf('clean') };
const cleanSample = family.companyOf('clean');

interface CaseStatus {
  id: string;
  status: string;
  processInstanceKey: string;
  state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  currentStep: { number: number; name: string; phase: string } | null;
  sideActivities: string[];
  activeElements: Array<{ processId: string; processInstanceId: string; elementId: string; step: number | null }>;
  openUserTasks: UserTaskView[];
}

/**
 * One credit case from first contact to the re-score, as a credit department runs it: through the
 * HTTP API only, on the real engine with every model of processes/ (the REAL green channel, tiered
 * review and dunning) and every real worker, with a real SMTP listener for the customer's mail.
 */
describe('the credit lifecycle end to end, through the API, on the real called processes and workers', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let smtp: SmtpListener;
  let provider: InvestigationProvider;
  let caseInstanceId: string | undefined;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    // the real workers read the outside systems' addresses from the environment when the system starts
    provider = await useInvestigationProvider(family.companies);
    process.env.SMTP_URL = smtp.url;
    system = await startTestSystem(); // cancels what earlier suites left running, e.g. a daily monitoring run
  });
  afterAll(async () => {
    // a case left half-way (a failed run) would otherwise dun on with every later clock move
    if (caseInstanceId) await system.engine.deleteProcessInstance(caseInstanceId, 'end-to-end test done').catch(() => undefined);
    await system?.close();
    await Promise.all([smtp?.close(), provider?.close()]);
    delete process.env.SMTP_URL;
  });

  const as = (username: string) => {
    const api = system.api();
    const password = passwordOf(username);
    return {
      get: (url: string) => api.get(url).auth(username, password),
      post: (url: string) => api.post(url).auth(username, password),
    };
  };

  it('when a new customer applies, is approved in tiered review, ships, falls 30 days overdue and then pays everything, then dunning ends PAID and the case is archived and re-scored', async () => {
    let application!: { id: string; processInstanceKey: string };
    const status = async (): Promise<CaseStatus> => (await as('manager.zhang').get(`/api/applications/${application.id}`).expect(200)).body;

    /** Every instance of the case: the lifecycle and what it called, at any depth. */
    const caseInstances = async (): Promise<string[]> => {
      const found = [application.processInstanceKey];
      for (let index = 0; index < found.length; index += 1) {
        found.push(...(await system.history.calledInstances(found[index] as string)).map((called) => called.processInstanceId));
      }
      return found;
    };
    /** Polls until the probe answers; fails at once with the incident's message when any instance of the case has one. */
    const until = async <T>(what: string, probe: () => Promise<T | undefined | false>): Promise<T> => {
      const deadline = Date.now() + waitTimeoutMs;
      for (;;) {
        const value = await probe();
        if (value !== undefined && value !== false) return value;
        for (const id of await caseInstances()) {
          const [incident] = await system.history.incidents(id);
          if (incident) throw new Error(`incident at ${incident.elementId} while waiting for ${what}: ${incident.incidentType} ${incident.message}`);
        }
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the case stands at ${JSON.stringify(await status())}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    const statusWhen = (what: string, probe: (found: CaseStatus) => boolean) =>
      until(what, async () => {
        const found = await status();
        return probe(found) ? found : undefined;
      });
    const active = (found: CaseStatus, elementId: string) => found.activeElements.some((element) => element.elementId === elementId);
    // the status reads elements and user tasks one after the other: wait until both show the task
    const waitsOnTask = (found: CaseStatus, elementId: string) => active(found, elementId) && found.openUserTasks.some((task) => task.elementId === elementId);
    /**
     * Moves the engine clock forward. Every move here passes 02:00, so the daily portfolio monitoring runs:
     * it runs to its end before the case goes on, so what it did belongs to the day the clock stood at.
     */
    const monitoringRuns = async () => (await system.history.searchInstances({ processId: monitoring.processId, rootOnly: true })).map((run) => run.processInstanceId);
    const moveClock = async (target: Date) => {
      const before = new Set(await monitoringRuns());
      await moveEngineClockTo(target);
      await until('the daily monitoring run to finish', async () => {
        const started = (await monitoringRuns()).filter((id) => !before.has(id));
        for (const id of started) {
          const [incident] = await system.history.incidents(id);
          if (incident) throw new Error(`incident in the daily monitoring run at ${incident.elementId}: ${incident.message}`);
        }
        const unfinished = await system.history.unfinishedRootInstances(monitoring.processId);
        return started.length > 0 && started.every((id) => !unfinished.includes(id));
      });
    };
    const completedInCase = async (elementId: string) => (await system.history.completedElementIds(application.processInstanceKey)).includes(elementId);

    /** The open user task as the case status shows it, completed through the engine's REST API with what its form submits (as Tasklist does). */
    const completeTask = async (elementId: string, submitted: Record<string, unknown>) => {
      const found = await statusWhen(`user task ${elementId}`, (candidate) => waitsOnTask(candidate, elementId));
      const task = found.openUserTasks.find((candidate) => candidate.elementId === elementId) as UserTaskView;
      await system.engine.completeTask(task.taskId, submitted);
      await until(`${elementId} to complete`, async () => (await system.history.completedElementIds(task.processInstanceId)).includes(elementId));
      return task;
    };
    /** Publishes a business event through the API, as the other systems report them. */
    const publish = async (event: string, payload: Record<string, unknown>, user = 'sales.li') =>
      (await as(user).post(`/api/events/${event}`).set('Idempotency-Key', randomUUID()).send(payload).expect(202)).body;
    const documentIds: string[] = [];
    const upload = async (kind: string, fileName: string, content: Buffer, user = 'sales.li') => {
      const uploaded = (await as(user).post('/api/documents').field('applicationId', application.id).field('kind', kind).attach('file', content, fileName).expect(201)).body as { id: string };
      documentIds.push(uploaded.id);
      return uploaded;
    };

    const ledger = new ReceivableLedgerRepository(system.db);
    const receivables = new ReceivableService(ledger);
    const lateFees = new ReceivableLateFeeRepository(system.db);

    // ---- before the sale -------------------------------------------------------------------------
    // given sales register the customer (a sound trading company the registry and bureau know) with its contacts
    const { companyName, taxId } = statement;
    const customerEmail = `ap-${runTag.toLowerCase()}@customer.example`;
    const postalAddress = '江苏省苏州市工业园区星湖街 88 号, 215000 Suzhou';
    const customer = (await as('sales.li').post('/api/customers')
      .send({ name: companyName, taxId, industry: 'bearings trading', industryRisk: 'medium', contactName: 'Wang Wei', contactEmail: customerEmail, postalAddress })
      .expect(201)).body as { id: string };

    // when they apply for a limit of 500,000 and upload the customer's statements
    application = (await as('sales.li').post('/api/applications').send({ customerId: customer.id, requestedLimit: 500_000, currency: 'CNY' }).expect(201)).body;
    caseInstanceId = application.processInstanceKey;
    // the case runs under the application's id as its business key (Cockpit and Tasklist find it by it)
    expect(await system.history.instance(application.processInstanceKey)).toMatchObject({ processId: lifecycle.creditLifecycleProcess.processId, businessKey: application.id });
    await upload('financial-statements', 'statements-2025.pdf', await statementPdf(statement));

    // then the case runs the preliminary investigation and asks sales to confirm what it collected (step 2)
    const collected = await statusWhen('the collected information to confirm', (found) => waitsOnTask(found, el.confirmCollectedInformation));
    expect(collected).toMatchObject({ state: 'ACTIVE', currentStep: { number: 2 } });
    expect((await system.history.variables(application.processInstanceKey)).preliminaryReport).toMatchObject({
      registeredName: companyName, registryStatus: 'ACTIVE', registeredCapital: cleanSample.registry.registeredCapital,
    });
    await completeTask(el.confirmCollectedInformation, lifecycle.confirmCollectedInformationFormSchema.parse({ informationCheck: 'CONFIRMED' }));

    // when sales report the intent to sell (step 3)
    expect((await statusWhen('the case to wait for sales intent', (found) => active(found, el.awaitSalesIntent))).currentStep).toMatchObject({ number: 3 });
    await publish('sales-intent-reached', { applicationId: application.id, note: 'Agreed in principle at the trade fair.' });

    // then the investigation reads the statements and the case is decided in the REAL tiered review
    const review = await statusWhen('the analyst review', (found) => waitsOnTask(found, tieredReview.elements.analystReview));
    expect(review.currentStep).toMatchObject({ number: 5 });
    expect(await system.history.variables(application.processInstanceKey)).toMatchObject({
      hasPaymentHistory: false, documentDataSource: 'OCR', documentData: statement, route: 'TIERED_REVIEW', proposedLimit: 350_000, proposedTermDays: 30, prepaymentRequired: true,
    });
    const reviewTerms = { decision: 'APPROVE', limit: 350_000, termDays: 30 } as const;
    await completeTask(tieredReview.elements.analystReview, reviewFormOutputSchema.parse({ ...reviewTerms, comment: 'Sound statements, clean registry record.' }));
    await completeTask(tieredReview.elements.managerReview, reviewFormOutputSchema.parse({ ...reviewTerms, comment: 'Agree with the analyst: within the yellow band cut.' }));

    // ---- during the sale -------------------------------------------------------------------------
    // then the review approved the cut limit and term, and sales sign the contract under them (step 6)
    const signing = await statusWhen('the contract to sign', (found) => waitsOnTask(found, el.signContract));
    expect(signing.currentStep).toMatchObject({ number: 6 });
    expect(await system.history.variables(application.processInstanceKey)).toMatchObject({
      creditDecision: 'APPROVED', approvedLimit: 350_000, approvedTermDays: 30, decidedBy: 'MANAGER', prepaymentRequired: true,
    });
    const signedOn = isoDay(await engineNow());
    const contractNumber = `CS-${signedOn.slice(0, 4)}-${String(Date.now()).slice(-6)}`;
    await completeTask(el.signContract, lifecycle.signCreditContractFormSchema.parse({ contractNumber, contractSignedOn: signedOn, dailyLateFeeRate: 0.0005, signedUnderApprovedConditions: true }));

    // when the new customer's prepayment arrives (finance reports it)
    expect((await statusWhen('the case to wait for the prepayment', (found) => active(found, el.prepaymentReceived))).currentStep).toMatchObject({ number: 6 });
    await publish('prepayment-received', { applicationId: application.id, prepaymentAmount: 50_000, paidAt: (await engineNow()).toISOString() }, 'finance.chen');

    // and the goods of 300,000 ship with contract, delivery note and invoice uploaded (step 7)
    expect((await statusWhen('the case to wait for the shipment', (found) => active(found, el.goodsShipped))).currentStep).toMatchObject({ number: 7 });
    // an invoice number has digits (the extractor reads a token without two digits as no number)
    const receivableId = `INV-E2E-${Date.now()}`;
    const today = await engineNow();
    const sale: ShippingDocumentFacts = {
      contractNumber, invoiceNumber: receivableId, seller: ourCompany, buyer: { name: companyName, taxId }, currency: 'CNY', contractAmount: 300_000, invoiceAmount: 300_000,
      paymentTermDays: 30, signedOn, termEndsOn: isoDay(new Date(Date.parse(signedOn) + 365 * dayMs)),
      deliveredOn: isoDay(today), receiptSignedOn: isoDay(today), invoicedOn: isoDay(today), invoiceDueOn: isoDay(new Date(today.getTime() + 30 * dayMs)),
    };
    await upload('contract', `contract-${contractNumber}.pdf`, await contractPdf(sale));
    const deliveryNote = await upload('delivery-note', `delivery-note-${receivableId}.pdf`, await deliveryNotePdf(sale));
    const invoice = await upload('invoice', `invoice-${receivableId}.pdf`, await invoicePdf(sale));
    await publish('goods-shipped', {
      applicationId: application.id, shippedAt: today.toISOString(), receivableId, invoiceAmount: 300_000, currency: 'CNY', deliveryNoteDocumentId: deliveryNote.id, invoiceDocumentId: invoice.id,
    });

    // then the documents match, the receivable opens at 300,000 with the prepayment posted against it, and the case waits for the receipt
    const awaitingReceipt = await statusWhen('the receipt confirmation', (found) => active(found, el.awaitReceiptConfirmation));
    expect(awaitingReceipt.currentStep).toMatchObject({ number: 7 });
    expect(await ledger.find(receivableId)).toMatchObject({ applicationId: application.id, customerTaxId: taxId, currency: 'CNY', principalCents: 30_000_000, status: 'OPEN' });
    expect((await ledger.events(receivableId)).map((event) => [event.kind, event.amountCents])).toEqual([['payment', 5_000_000]]);
    expect(await system.history.variables(application.processInstanceKey)).toMatchObject({ invoiceAmount: 300_000, openAmount: 250_000 });

    // when the customer confirms the receipt
    await publish('receipt-confirmed', { applicationId: application.id, deliveredAt: (await engineNow()).toISOString(), goodsConform: true });

    // then the 30-day term runs (step 8) with its due date in the ledger
    const inTerm = await statusWhen('the term', (found) => active(found, el.paymentReceived));
    expect(inTerm.currentStep).toMatchObject({ number: 8 });
    const term = (await system.history.variables(application.processInstanceKey)) as { dueDate: string; dueAt: string; halfTermAt: string; preDueReminderAt: string };
    expect((await ledger.find(receivableId))?.dueDate).toBe(term.dueDate);

    // ---- after the sale: nothing is paid -----------------------------------------------------------
    // when half of the term passes and the pre-due reminder date comes, nothing paid
    await moveClock(new Date(Date.parse(term.preDueReminderAt) + 60_000));

    // then the customer got the pre-due reminder by e-mail, and at half term only a sixth was collected:
    // the early warning asks sales and finance to follow up, and finance records the customer's promise
    await until('the pre-due reminder', async () => completedInCase(el.preDueReminderSent));
    expect(smtp.mailsAbout(receivableId).map((mail) => [mail.to, mail.raw.includes(`Subject: Invoice ${receivableId}: CNY 250,000.00 due on ${term.dueDate}`)])).toEqual([[[customerEmail], true]]);
    const followUp = await completeTask(el.followUpCollection, lifecycle.followUpCollectionFormSchema.parse({
      collectionContactOutcome: 'PROMISE_TO_PAY', promisedPaymentDate: term.dueDate, businessSituationNote: 'The buyer waits for its own customer to pay; promises to pay on the due date.',
    }));
    // candidate groups come in no set order
    expect([...followUp.candidateGroups].sort()).toEqual(['finance', 'sales']);
    expect((await status()).currentStep).toMatchObject({ number: 8 });

    // when the due date passes unpaid
    await moveClock(new Date(Date.parse(term.dueAt) + 60_000));

    // then the case is past due (step 9) and the REAL dunning runs with the receivable's terms, not yet reminding
    const pastDue = await statusWhen('the dunning', (found) => found.activeElements.some((element) => element.processId === dunning.processId && element.elementId === dunning.elements.awaitNextStage));
    expect(pastDue).toMatchObject({ state: 'ACTIVE', currentStep: { number: 9, name: 'past due' } });
    const dunningKey = pastDue.activeElements.find((element) => element.processId === dunning.processId)?.processInstanceId as string;
    const dunningDefinition = system.deployed.find((resource) => resource.kind === 'process' && resource.id === dunning.processId);
    expect((await system.history.calledInstances(application.processInstanceKey)).find((called) => called.processInstanceId === dunningKey)).toMatchObject({ processDefinitionId: dunningDefinition?.definitionId, businessKey: application.id });
    expect(dunningStartVariablesSchema.parse(await system.history.variables(dunningKey))).toMatchObject({
      receivableId, customerId: customer.id, openAmount: 250_000, currency: 'CNY', dueDate: `${term.dueDate}T00:00:00Z`, dailyLateFeeRate: 0.0005,
    });
    expect(await system.history.variables(dunningKey)).toMatchObject({ dunningStage: 'NONE', daysOverdue: 1 });
    expect(await system.db('dunning_notice').where({ receivable_id: receivableId })).toEqual([]);

    // when 30 days pass after the due date
    const thirtyDaysOverdue = new Date(Date.parse(`${term.dueDate}T00:00:00Z`) + 30 * dayMs + 60 * 60_000);
    await moveClock(thirtyDaysOverdue);

    // then dunning posts the reminder's late fee in the ledger and sends the reminder by e-mail (to the SMTP server) and by letter
    await until('the reminder', async () => (await system.history.completedElementIds(dunningKey)).includes(dunning.elements.sendReminder));
    const reminderFee = await lateFees.find(receivableId, 'REMINDER');
    expect(reminderFee?.feeAccruedThroughDay).toBe(30);
    expect(reminderFee?.lateFeeCents).toBe(Math.round(250_000 * 100 * 0.0005 * 30));
    const dunningMails = smtp.mailsAbout(receivableId).slice(1);
    expect(dunningMails.map((mail) => mail.to)).toEqual([[customerEmail]]);
    // finance sees the notices and the contacts in the receivable's dunning history; the letter goes to the postal address
    const dunningHistory = (await as('finance.chen').get(`/api/receivables/${receivableId}/dunning-history`).expect(200)).body as {
      notices: Array<{ id: string; stage: string; channel: string; status: string }>; contacts: Array<{ channel: string; outcome: string }>;
    };
    expect(dunningHistory.notices.map((notice) => [notice.stage, notice.channel, notice.status])).toEqual([['REMINDER', 'email', 'SENT'], ['REMINDER', 'letter', 'SENT']]);
    expect(dunningHistory.contacts.map((contact) => [contact.channel, contact.outcome])).toEqual([['email', 'SENT'], ['email', 'SENT'], ['letter', 'SENT']]);
    const letter = await system.db('dunning_notice').where({ id: dunningHistory.notices[1]?.id }).first('pdf');
    expect(pdfText(letter.pdf as Buffer)).toContain('星湖街 88 号');
    expect(await system.history.variables(dunningKey)).toMatchObject({ dunningStage: 'REMINDER', daysOverdue: 30, lateFeesTotal: 3_750 });
    expect((await status()).currentStep).toMatchObject({ number: 9 });

    // and the daily portfolio monitoring, which ran on each move of the clock, re-scored the customer and acted on its band:
    // provisions topped up to the band's rate of what the ledger says is open that day, any limit cut the yellow band's
    // (×0.7, 30 days), and no freeze or shipment hold (never more than 30 days overdue)
    const provisions = await system.db('provision_entry').where({ receivable_id: receivableId }).orderBy('id');
    expect(provisions.length).toBeGreaterThan(0);
    let provisionedCents = 0;
    for (const entry of provisions) {
      provisionedCents += Number(entry.amount_cents);
      const day = String(entry.business_key).split(':').at(-1) as string;
      expect([entry.kind, ['0.0300', '0.0800', '0.1500'].includes(entry.rate)]).toEqual(['TOP_UP', true]);
      expect(provisionedCents).toBe(Math.round(Number(entry.rate) * (await receivables.balance(receivableId, day)).totalCents));
    }
    for (const restriction of await system.db('credit_restriction').where({ customer_id: customer.id })) {
      expect(restriction).toMatchObject({ kind: 'LIMIT_AND_TERM', limit_factor: '0.7000', max_term_days: 30 });
    }
    expect(await system.db('credit_freeze').where({ tax_id: taxId })).toEqual([]);
    expect(await system.db('shipment_hold').where({ application_id: application.id })).toEqual([]);

    // when finance reports the payment of everything the ledger says is owed, late fee included
    const payOn = await engineNow();
    const owedCents = await receivables.amountToSettle(receivableId, isoDay(payOn));
    // the open principal and its late fee: a payment settles the fee accrued up to the day before it (the ledger's rule)
    expect(owedCents).toBe(25_000_000 + Math.round(25_000_000 * 0.0005 * 29));
    await publish('payment-received', { receivableId, paymentAmount: owedCents / 100, paidAt: payOn.toISOString(), paymentReference: `BANK-${runTag}` }, 'finance.chen');

    // then dunning ends PAID, the transaction is archived and the customer re-scored: the case ends at step 11
    const ended = await statusWhen('the case to end', (found) => found.state === 'COMPLETED');
    expect(ended).toMatchObject({ state: 'COMPLETED', currentStep: { number: 11, name: 'paid: archive and re-rate' }, openUserTasks: [] });
    expect(await system.history.completedElementIds(dunningKey)).toEqual(expect.arrayContaining([dunning.elements.applyPayment, dunning.elements.paid]));
    expect(await system.history.variables(application.processInstanceKey)).toMatchObject({ dunningOutcome: 'PAID', paymentOutcome: 'PAID_AFTER_DUNNING' });
    expect(await ledger.find(receivableId)).toMatchObject({ status: 'PAID' });
    expect((await ledger.events(receivableId)).map((event) => [event.kind, event.amountCents, event.reference])).toEqual([
      ['payment', 5_000_000, `PREPAYMENT-${application.id}`], ['payment', owedCents, `BANK-${runTag}`],
    ]);
    expect(await receivables.balance(receivableId, isoDay(payOn))).toMatchObject({ totalCents: 0, overpaidCents: 0 });
    const archived = await system.db('transaction_archive').where({ receivable_id: receivableId });
    expect(archived).toHaveLength(1);
    expect(archived[0]).toMatchObject({ application_id: application.id, customer_id: customer.id, payment_outcome: 'PAID_AFTER_DUNNING' });
    const behaviour = await system.db('customer_behaviour').where({ receivable_id: receivableId });
    expect(behaviour).toHaveLength(1);
    const { score, updatedScore } = (await system.history.variables(application.processInstanceKey)) as { score: number; updatedScore: number };
    expect(behaviour[0]).toMatchObject({ application_id: application.id, customer_id: customer.id, payment_outcome: 'PAID_AFTER_DUNNING', days_overdue: 30, previous_score: score, score: updatedScore });

    // and the audit trail has every request of the people, in order, and the real workers' jobs on the dunning
    const audited = await system.db('audit_event').whereNot({ role: 'worker' }).orderBy('id').select('actor', 'action', 'target', 'result');
    const ours = [`customer/${customer.id}`, `credit_application/${application.id}`, ...documentIds.map((id) => `document/${id}`)];
    expect(audited.filter((row) => ours.includes(row.target) || row.target.endsWith(`/${application.id}`) || row.target.endsWith(`/${receivableId}`)).map((row) => [row.actor, row.action, row.target, row.result])).toEqual([
      ['sales.li', 'POST /api/customers', `customer/${customer.id}`, '201'],
      ['sales.li', 'POST /api/applications', `credit_application/${application.id}`, '201'],
      ['sales.li', 'POST /api/documents', `document/${documentIds[0]}`, '201'],
      ['sales.li', 'POST /api/events/:event', `event/sales-intent-reached/${application.id}`, '202'],
      ['finance.chen', 'POST /api/events/:event', `event/prepayment-received/${application.id}`, '202'],
      ...documentIds.slice(1).map((id) => ['sales.li', 'POST /api/documents', `document/${id}`, '201']),
      ['sales.li', 'POST /api/events/:event', `event/goods-shipped/${application.id}`, '202'],
      ['sales.li', 'POST /api/events/:event', `event/receipt-confirmed/${application.id}`, '202'],
      ['finance.chen', 'POST /api/events/:event', `event/payment-received/${receivableId}`, '202'],
    ]);
    const dunningJobs = await system.db('audit_event').where({ target: `process_instance/${dunningKey}` }).orderBy('id').select('actor', 'result');
    expect(dunningJobs.map((row) => [row.actor, row.result])).toEqual([
      ['worker:accrue-late-fee', 'COMPLETED'], ['worker:send-dunning-notice', 'COMPLETED'], ['worker:apply-payment', 'COMPLETED'],
    ]);
  });
});
