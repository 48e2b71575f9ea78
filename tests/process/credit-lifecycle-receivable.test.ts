import { waitFor } from '../support/wait-for';
import { ReviewEscalationRepository } from '../../src/db/review-escalation.repository';
import * as contract from '../../src/contracts/credit-lifecycle.contract';
import { CustomerBehaviourRepository, type CustomerBehaviour } from '../../src/db/customer-behaviour.repository';
import { CustomerReminderRepository } from '../../src/db/customer-reminder.repository';
import { DocumentRepository } from '../../src/db/document.repository';
import { DunningNoticeRepository } from '../../src/db/dunning-notice.repository';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { TransactionArchiveRepository } from '../../src/db/transaction-archive.repository';
import { manifestDigest } from '../../src/domain/archive/transaction-manifest';
import { assessCustomer } from '../../src/domain/scoring/customer-assessment';
import { loadPdModel, pdModelArtifactFor } from '../../src/domain/scoring/pd-model';
import { statementModelVersion } from '../../src/domain/scoring/pd-model.training';
import { ratiosFromStatements, type StatementFigures } from '../../src/domain/scoring/ratios-from-statements';
import { statementScoringPolicy } from '../../src/domain/scoring/scoring-policy';
import { defaultSchedulePolicy, scheduleReceivable } from '../../src/domain/receivable/receivable-schedule';
import { loadWorkingCalendar } from '../../src/policy/working-calendar.policy';
import { engineNow, moveEngineClockTo } from '../support/engine-clock';
import { LifecycleCase } from '../support/lifecycle-case';
import { startLifecycleHarness, type LifecycleHarness } from '../support/lifecycle-harness';
import { customerEmail } from '../support/lifecycle-shipment';
import { steps } from '../support/lifecycle-steps';
import { startSmtpListener } from '../support/smtp-listener';

const { elements: el, forms } = contract.creditLifecycleProcess;
const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

// the machine's CPU may be shared (OCR of documents takes a while): generous timeouts, no timing asserted
jest.setTimeout(300_000);

/** Steps 7–11 (receipt, the term, past due, collection, archive and re-rating) and a dispute, on the real test engine. */
describe('credit lifecycle: after the sale', () => {
  let harness: LifecycleHarness;
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
  const cases: LifecycleCase[] = [];
  const start = async (...args: Parameters<typeof LifecycleCase.start> extends [unknown, ...infer Rest] ? Rest : never) => {
    const created = await LifecycleCase.start(harness, ...args);
    cases.push(created);
    return created;
  };
  /** The definition of a called process deployed with this lifecycle (a test copy). */
  const deployedDefinition = (processId: string) => harness.deployed.find((resource) => resource.kind === 'process' && resource.id === processId)?.definitionId;

  /** E-mails about the case's invoice that its customer received (by the SMTP listener), oldest first. */
  const mailsTo = (c: LifecycleCase) => smtp.mailsAbout(c.receivableId).filter((mail) => mail.to.includes(customerEmail(c)));
  const ledger = () => new ReceivableLedgerRepository(harness.db);
  const behaviourOf = async (c: LifecycleCase) => (await new CustomerBehaviourRepository(harness.db).forCustomer(c.start.customerId)).filter((row) => row.receivableId === c.receivableId);
  /**
   * A behaviour row is what the case knew: the case's figures and collection rate, the days overdue
   * it records, and a score the statement model and policy give on those recorded inputs.
   */
  const expectRecomputable = async (c: LifecycleCase, row: CustomerBehaviour | undefined) => {
    const { documentData } = (await c.variables()) as { documentData: StatementFigures };
    expect(row?.inputs.financialRatios).toEqual(ratiosFromStatements(documentData));
    expect(row?.inputs.payment).toEqual({ collectionRate: c.start.collectionRate, daysOverdue: row?.daysOverdue, yearsOfCooperation: c.start.yearsOfCooperation });
    expect(row?.score).toBe(assessCustomer(loadPdModel(pdModelArtifactFor(statementModelVersion)), row!.inputs, statementScoringPolicy).score);
  };

  /**
   * Lets the term run out unpaid: first past the pre-due reminder date (half term lies before it), then
   * past the due date. Operaton fires timers that are due together in no set order, so the clock
   * stops at each date as real time would: the interrupting due-date timer must not cancel the
   * term's reminders before they ran.
   */
  const letTermRunOutUnpaid = async (c: LifecycleCase) => {
    const { preDueReminderAt, dueAt } = (await c.variables()) as { preDueReminderAt: string; dueAt: string };
    await moveEngineClockTo(later(new Date(preDueReminderAt), 60_000));
    await c.completedOnce(el.preDueReminderSent);
    await c.userTask(el.followUpCollection);
    return moveEngineClockTo(later(new Date(dueAt), 60_000));
  };

  beforeAll(async () => {
    // the reminder workers send through SMTP_URL: a real SMTP listener stands in for the mail server
    smtp = await startSmtpListener();
    process.env.SMTP_URL = smtp.url;
    harness = await startLifecycleHarness();
  });
  afterEach(async () => {
    await Promise.all(cases.splice(0).map((c) => c.cancel()));
  });
  // The shared clock is never moved back (see tests/support/engine-clock.ts), so no reset here.
  afterAll(async () => {
    await harness?.close();
    await smtp?.close();
    delete process.env.SMTP_URL;
  });

  it('when the customer does not confirm receipt, then reminders go out every 3 days and sales chase after 10 days', async () => {
    // given shipped goods waiting for the customer's confirmation
    const c = await start();
    await steps.reachSalesIntent(c);
    await steps.signContract(c);
    await steps.shipGoods(c);
    await c.reached(el.awaitReceiptConfirmation);
    const waitingSince = await engineNow();

    // when 3 days pass without a confirmation
    await moveEngineClockTo(later(waitingSince, 3 * dayMs + hourMs));

    // then a reminder e-mail goes to the customer's contact, and sales are not chasing yet
    await c.completedOnce(el.receiptReminderSent, 1);
    await waitFor('the reminder e-mail', async () => mailsTo(c).length > 0);
    expect(mailsTo(c)).toHaveLength(1);
    expect(mailsTo(c)[0]?.raw).toContain(`Subject: Please confirm receipt of the goods of invoice ${c.receivableId}`);
    expect((await harness.history.openUserTasks(c.processInstanceId)).map((task) => task.elementId)).toEqual([]);

    // when 10 days have passed
    await moveEngineClockTo(later(waitingSince, 10 * dayMs + hourMs));

    // then sales get the task to chase the customer, more reminders went out, and the confirmation is still awaited
    const chase = await c.userTask(el.chaseReceiptConfirmation);
    expect(chase).toMatchObject({ name: '跟进客户签收确认 Chase receipt confirmation', candidateGroups: ['sales'], formKey: forms.chaseReceiptConfirmation, priority: 60 });
    await c.completedOnce(el.receiptReminderSent, 2);
    await c.reached(el.awaitReceiptConfirmation);
    // one e-mail per 3-day period since shipment: timers that fired together on the late clock sent one
    const reminders = await new CustomerReminderRepository(harness.db).forReceivable(c.receivableId);
    expect(reminders.map((reminder) => [reminder.kind, reminder.period, reminder.status])).toEqual([['RECEIPT', 1, 'SENT'], ['RECEIPT', 3, 'SENT']]);
    expect(mailsTo(c)).toHaveLength(2);
    expect((await new DunningNoticeRepository(harness.db).contactsFor(c.receivableId)).map((contact) => [contact.channel, contact.outcome])).toEqual([['email', 'SENT'], ['email', 'SENT']]);

    // when sales reach the customer and the customer confirms
    await c.completeUserTask(el.chaseReceiptConfirmation, contract.chaseReceiptConfirmationFormSchema, {
      receiptChaseOutcome: 'CUSTOMER_WILL_CONFIRM', receiptChaseNote: 'Warehouse manager confirms the pallets arrived on Monday.',
    });
    const deliveredAt = later(waitingSince, 2 * dayMs);
    await steps.confirmReceipt(c, deliveredAt);

    // then the due date counts from the confirmed delivery date (45-day term of grade A)
    // the worker reads the working calendar policy (weekends and holidays), so the expectation does too
    const expected = scheduleReceivable(deliveredAt, 45, { ...defaultSchedulePolicy, calendar: loadWorkingCalendar() });
    expect(await c.variables()).toMatchObject({
      deliveredAt: deliveredAt.toISOString(), goodsConform: true, dueDate: expected.dueDate, dueAt: expected.dueAt.toISOString(),
      preDueReminderAt: expected.preDueReminderAt.toISOString(), halfTermAt: expected.halfTermAt.toISOString(),
      receiptChaseOutcome: 'CUSTOMER_WILL_CONFIRM',
    });
    await c.reached(el.paymentReceived);
    expect(await c.completedElements()).toEqual(expect.arrayContaining([el.receiptReminderDue, el.receiptEscalationDue, el.receiptChased, el.awaitReceiptConfirmation]));
  });

  it('when the customer pays part and then the rest before the due date, then the receivable closes, the transaction is archived and the customer re-scored', async () => {
    // given a receivable of 300,000 in its term
    const c = await start();
    await steps.reachTerm(c, 300_000);
    const { halfTermAt } = (await c.variables()) as { halfTermAt: string };

    // when 120,000 are paid
    await steps.pay(c, 120_000, 'BANK-REF-0001');

    // then the ledger's balance is 180,000 and the receivable waits for the rest
    expect(await c.variables()).toMatchObject({ openAmount: 180_000, amountApplied: 120_000, paidInFull: false });
    await c.reached(el.paymentReceived);

    // when the remaining 180,000 are paid
    await steps.pay(c, 180_000, 'BANK-REF-0002');

    // then the receivable is paid in full, the transaction archived and the customer re-scored, and the case ends
    await c.ended();
    expect((await ledger().events(c.receivableId)).map((event) => [event.kind, event.amountCents, event.reference])).toEqual([['payment', 12_000_000, 'BANK-REF-0001'], ['payment', 18_000_000, 'BANK-REF-0002']]);
    expect(await ledger().find(c.receivableId)).toMatchObject({ principalCents: 30_000_000, status: 'PAID', dueDate: (await c.variables()).dueDate });
    // the archive holds the three documents with their checksums, the decisions and the ledger
    const archive = await new TransactionArchiveRepository(harness.db).find(c.receivableId);
    const uploaded = await new DocumentRepository(harness.db).forApplication(c.applicationId);
    expect(archive?.manifest.documents.map((document) => [document.kind, document.sha256])).toEqual(uploaded.map((document) => [document.kind, document.sha256]));
    expect(archive?.manifest.documents.map((document) => document.kind).sort()).toEqual(['contract', 'delivery-note', 'financial-statements', 'invoice']);
    const { score, approvedLimit } = (await c.variables()) as { score: number; approvedLimit: number };
    expect(archive?.manifest).toMatchObject({ paymentOutcome: 'PAID_ON_TIME', decisions: { credit: { score, creditDecision: 'APPROVED', approvedLimit }, shippingDocuments: { acceptedMismatches: [] } }, ledger: { status: 'PAID', events: [{ reference: 'BANK-REF-0001' }, { reference: 'BANK-REF-0002' }] } });
    expect(archive?.manifestSha256).toBe(manifestDigest(archive!.manifest));
    // and the behaviour is on the customer's file with the new score
    const behaviour = await behaviourOf(c);
    expect(behaviour.map((row) => [row.paymentOutcome, row.daysOverdue, row.previousScore])).toEqual([['PAID_ON_TIME', 0, score]]);
    await expectRecomputable(c, behaviour[0]);
    expect(await c.variables()).toMatchObject({ openAmount: 0, paidInFull: true, paymentOutcome: 'PAID_ON_TIME', updatedScore: behaviour[0]?.score, updatedModelVersion: behaviour[0]?.modelVersion, archiveId: archive?.id });
    const completed = await c.completedElements();
    expect(completed).toEqual(expect.arrayContaining([el.receivablePaid, el.receivableDuringTerm, el.receivableSettled, el.archiveTransaction, el.rescoreCustomer, el.transactionClosed]));
    expect(completed.filter((id) => id === el.applyPayment)).toHaveLength(2);
    for (const notTaken of [el.dunning, el.legalEscalation]) expect(completed).not.toContain(notTaken);
    // paid before half of the term: no early warning, no pre-due reminder
    expect(new Date(halfTermAt).getTime()).toBeGreaterThan((await engineNow()).getTime());
    for (const notYet of [el.checkEarlyWarning, el.sendPreDueReminder]) expect(completed).not.toContain(notYet);
  });

  it('when half of the term passes with less than 80 % collected, then the early warning is yellow and sales + finance follow up', async () => {
    // given a receivable of 300,000 of which 100,000 are paid
    const c = await start();
    await steps.reachTerm(c, 300_000);
    await steps.pay(c, 100_000, 'BANK-REF-0101');
    const { halfTermAt, preDueReminderAt } = (await c.variables()) as { halfTermAt: string; preDueReminderAt: string };

    // when half of the term has elapsed
    await moveEngineClockTo(later(new Date(halfTermAt), 60_000));

    // then the warning is yellow and the collection team (sales + finance) gets a follow-up task
    const followUp = await c.userTask(el.followUpCollection);
    expect(followUp).toMatchObject({ name: '催收小组跟进（销售+财务） Follow up collection (sales + finance)', formKey: forms.followUpCollection, priority: 60 });
    // candidate groups come in no set order
    expect([...followUp.candidateGroups].sort()).toEqual(['finance', 'sales']);
    expect(await c.variables()).toMatchObject({ warningLevel: 'YELLOW', secondDueDiligence: false, freezeGroupCredit: false, restrictNewBusiness: false });
    // the table saw a third collected at half the term, nothing overdue
    const [warning] = (await harness.history.decisionInstances(c.processInstanceId)).filter((decision) => decision.decisionId === 'early-warning');
    expect(Object.fromEntries(warning?.inputs.map((input) => [input.clauseName, input.value]) ?? [])).toEqual({ daysOverdue: 0, termElapsedRatio: 0.5, collectionRate: 1 / 3, turnoverDropRatio: 0 });
    expect(new Date(preDueReminderAt).getTime()).toBeGreaterThan((await engineNow()).getTime());
    expect(await c.completedElements()).not.toContain(el.sendPreDueReminder);

    // when the team records the contact and the customer pays the rest
    await c.completeUserTask(el.followUpCollection, contract.followUpCollectionFormSchema, {
      collectionContactOutcome: 'PROMISE_TO_PAY', promisedPaymentDate: new Date(halfTermAt).toISOString().slice(0, 10), businessSituationNote: 'Seasonal dip; orders are back since last week.',
    });
    await steps.pay(c, 200_000, 'BANK-REF-0102');

    // then the case ends normally, paid on time
    await c.ended();
    const completed = await c.completedElements();
    expect(completed).toEqual(expect.arrayContaining([el.halfTermReached, el.checkEarlyWarning, el.followUpCollection, el.collectionFollowedUp, el.transactionClosed]));
    expect(completed).not.toContain(el.noWarning);
    expect(completed).not.toContain(el.dunning);
    expect(await c.variables()).toMatchObject({ paymentOutcome: 'PAID_ON_TIME', collectionContactOutcome: 'PROMISE_TO_PAY' });
  });

  it('when the due date passes unpaid and the customer pays during dunning, then dunning ends PAID and the transaction is archived and re-scored', async () => {
    // given a receivable of 300,000 in its term, nothing paid
    const c = await start();
    await steps.reachTerm(c, 300_000);
    const { dueDate } = (await c.variables()) as { dueDate: string };

    // when the due date passes
    await letTermRunOutUnpaid(c);

    // then the term's reminders ran (pre-due reminder, yellow warning) and the dunning deployed with the model got the agreed input under the case's business key
    const dunning = await c.calledInstance('dunning');
    expect(dunning).toMatchObject({ processDefinitionId: deployedDefinition('dunning'), businessKey: c.applicationId });
    expect(contract.dunningInputSchema.strict().parse(await harness.history.variables(dunning.processInstanceId))).toEqual({
      receivableId: c.receivableId, customerId: c.start.customerId, openAmount: 300_000, currency: 'CNY', dueDate: `${dueDate}T00:00:00Z`, dailyLateFeeRate: 0.0005,
    });
    await c.completedOnce(el.preDueReminderSent);
    await waitFor('the pre-due reminder e-mail', async () => mailsTo(c).length > 0);
    const preDue = mailsTo(c).filter((mail) => mail.raw.includes(`Subject: Invoice ${c.receivableId}: CNY 300,000.00 due on ${dueDate}`));
    expect(preDue).toHaveLength(1);
    expect((await new CustomerReminderRepository(harness.db).forReceivable(c.receivableId)).map((reminder) => [reminder.kind, reminder.status])).toEqual([['PRE_DUE', 'SENT']]);
    await c.completeUserTask(el.followUpCollection, contract.followUpCollectionFormSchema, { collectionContactOutcome: 'NO_ANSWER', businessSituationNote: 'Nobody answers at the customer since Monday.' });

    // when the customer pays during dunning
    await c.publish('payment-received', { receivableId: c.receivableId, paymentAmount: 300_000, paidAt: (await engineNow()).toISOString(), paymentReference: 'BANK-REF-0201' });

    // then dunning ends PAID, and the transaction is archived and the customer re-scored as paid late
    await c.ended();
    expect((await new TransactionArchiveRepository(harness.db).find(c.receivableId))?.manifest).toMatchObject({ paymentOutcome: 'PAID_AFTER_DUNNING', decisions: { credit: { dunningOutcome: 'PAID' } } });
    const [behaviour] = await behaviourOf(c);
    expect(behaviour).toMatchObject({ paymentOutcome: 'PAID_AFTER_DUNNING', previousScore: (await c.variables()).score });
    expect(behaviour?.daysOverdue).toBeGreaterThan(0);
    await expectRecomputable(c, behaviour);
    expect(await c.variables()).toMatchObject({ dunningOutcome: 'PAID', paymentOutcome: 'PAID_AFTER_DUNNING', updatedScore: behaviour?.score });
    const completed = await c.completedElements();
    expect(completed).toEqual(expect.arrayContaining([el.dueDatePassed, el.dunning, el.overdueSettled, el.archiveTransaction, el.rescoreCustomer, el.transactionClosed]));
    for (const notTaken of [el.receivablePaid, el.receivableDuringTerm, el.applyPayment, el.legalEscalation]) expect(completed).not.toContain(notTaken);
  });

  it('when dunning fails, then legal escalation takes over with the days overdue, and its outcome is archived and re-scored', async () => {
    // given an overdue receivable in dunning
    const c = await start();
    await steps.reachTerm(c, 300_000);
    const overdue = await letTermRunOutUnpaid(c);
    await c.calledInstance('dunning');
    await c.completeUserTask(el.followUpCollection, contract.followUpCollectionFormSchema, { collectionContactOutcome: 'NO_ANSWER', businessSituationNote: 'Customer does not answer calls or letters.' });

    // when 90 days of dunning pass without payment
    const ninetyDaysLater = await moveEngineClockTo(later(overdue, 90 * dayMs + hourMs));

    // then collection failed, and legal escalation deployed with the model got the case with the days overdue on the day it failed
    const legal = await c.calledInstance('legal-escalation');
    expect(legal).toMatchObject({ processDefinitionId: deployedDefinition('legal-escalation'), businessKey: c.applicationId });
    // the legal case holds what it was handed and the outcome it came to: nothing else
    const { legalOutcome, ...handedOver } = contract.legalEscalationInputSchema.extend(contract.legalEscalationOutputSchema.shape).strict().parse(await harness.history.variables(legal.processInstanceId));
    expect(legalOutcome).toBe('RECOVERED');
    const { dueDate } = (await c.variables()) as { dueDate: string };
    expect(handedOver).toEqual({ receivableId: c.receivableId, customerId: c.start.customerId, openAmount: 300_000, daysOverdue: Math.floor((Date.parse(ninetyDaysLater.toISOString().slice(0, 10)) - Date.parse(dueDate)) / dayMs) });
    expect(handedOver.daysOverdue).toBeGreaterThanOrEqual(90);

    // and the outcome is archived and re-scored, and the case ends
    await c.ended();
    expect(await c.variables()).toMatchObject({ legalOutcome: 'RECOVERED', paymentOutcome: 'LEGAL_RECOVERED' });
    const [behaviour] = await behaviourOf(c);
    expect(behaviour).toMatchObject({ paymentOutcome: 'LEGAL_RECOVERED' });
    expect(behaviour?.daysOverdue).toBeGreaterThanOrEqual(90);
    await expectRecomputable(c, behaviour);
    // the court case is on record as a finding of its own
    expect(behaviour?.inputs.redFlags).toContainEqual({ code: 'LEGAL_RECOVERY', severity: 'low' });
    const completed = await c.completedElements();
    expect(completed).toEqual(expect.arrayContaining([el.collectionFailed, el.legalEscalation, el.archiveTransaction, el.transactionClosed]));
    // dunning was interrupted by its error, never completed
    expect(completed).not.toContain(el.dunning);
  });

  it('when the customer raises a dispute during the term, then the committee chair rules within a working day and is escalated after 24 hours', async () => {
    // given a receivable in its term
    const c = await start();
    await steps.reachTerm(c, 300_000);

    // when the customer disputes part of the delivery
    await c.publish('dispute-raised', {
      applicationId: c.applicationId, receivableId: c.receivableId, disputedAmount: 50_000, disputeCategory: 'QUALITY', disputeReason: 'Two pallets arrived damaged.',
    });

    // then the chair gets the arbitration, due within 1 working day, showing the dispute
    const arbitration = await c.userTask(el.arbitrateDispute);
    const raisedAt = await engineNow();
    const { arbitrationDueAt } = (await c.variables()) as { arbitrationDueAt: string };
    expect(arbitration).toMatchObject({ name: '主任裁决争议 Chair rules on the dispute', assignee: 'general.manager', candidateGroups: ['committee'], formKey: forms.arbitrateDispute, dueDate: expect.any(String), priority: 60 });
    expect(new Date(arbitration.dueDate as string).toISOString()).toBe(arbitrationDueAt);
    expect(new Date(arbitrationDueAt).getTime() - raisedAt.getTime()).toBeGreaterThan(20 * hourMs);
    expect(await c.variables()).toMatchObject({ disputedAmount: 50_000, disputeCategory: 'QUALITY', disputeReason: 'Two pallets arrived damaged.', disputedReceivableId: c.receivableId });

    // when 24 hours pass without a ruling
    await moveEngineClockTo(later(raisedAt, dayMs + 60_000));

    // then the arbitration is escalated, and the chair's task stays open
    await c.completedOnce(el.arbitrationEscalated);
    // the real notify-sla-breach worker records the escalation once
    const escalations = await waitFor('the arbitration escalation row', async () => {
      const rows = await new ReviewEscalationRepository(harness.db).forApplication(c.applicationId);
      return rows.length > 0 ? rows : undefined;
    });
    expect(escalations.map((row) => [row.reviewLevel, row.dueAt])).toEqual([['ARBITRATION', arbitrationDueAt]]);
    const openArbitrations = (await harness.history.openUserTasks(c.processInstanceId)).filter((task) => task.elementId === el.arbitrateDispute);
    expect(openArbitrations.map((task) => task.taskId)).toEqual([arbitration.taskId]);

    // when the chair rules a partial credit note
    await c.completeUserTask(el.arbitrateDispute, contract.arbitrateDisputeFormSchema, {
      disputeRuling: 'PARTIAL_CREDIT_NOTE', creditNoteAmount: 20_000, rulingReason: 'Photos show two damaged pallets of twelve.',
    });

    // then the dispute is ruled and the receivable's term goes on
    await c.completedOnce(el.disputeRuled);
    expect(await c.variables()).toMatchObject({ disputeRuling: 'PARTIAL_CREDIT_NOTE', creditNoteAmount: 20_000 });
    await c.reached(el.paymentReceived);
    expect(await c.completedElements()).not.toContain(el.receivableDuringTerm);
  });
});
