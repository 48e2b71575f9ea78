import { login } from '../support/local-passwords';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { disputeRaisedMessageSchema, dunningProcess as contract, recordDunningCallFormOutputSchema } from '../../src/contracts/dunning.contract';
import { DunningNoticeRepository } from '../../src/db/dunning-notice.repository';
import { ReceivableLateFeeRepository } from '../../src/db/receivable-late-fee.repository';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { addWorkingDays } from '../../src/domain/calendar/working-days';
import { ReceivableService } from '../../src/dunning/receivable.service';
import { loadWorkingCalendar } from '../../src/policy/working-calendar.policy';
import { startCollectionSystem, runTag, type CollectionSystem } from '../support/collection-harness';
import { engineNow } from '../support/engine-clock';
import { pdfText } from '../support/pdf-text';
import { startSmtpListener, type SmtpListener } from '../support/smtp-listener';
import { waitForUserTask } from '../support/test-system';
import { waitFor } from '../support/wait-for';

jest.setTimeout(180_000);

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const e = contract.elements;
const openAmount = 100_000;
const dailyLateFeeRate = 0.0005;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/** The contract's rate on the unpaid principal, in cents: what the ledger must have charged for so many days. */
const feeForDays = (days: number) => Math.round(openAmount * 100 * dailyLateFeeRate * days);
const postalAddress = '江苏省苏州市工业园区星湖街 88 号, 215000 Suzhou';

describe('dunning on the real engine, with the real dunning workers, ledger and SMTP', () => {
  let system: CollectionSystem;
  let smtp: SmtpListener;
  let receivables: ReceivableService;
  let ledger: ReceivableLedgerRepository;
  let lateFees: ReceivableLateFeeRepository;
  let notices: DunningNoticeRepository;
  let callerDefinitionId: string;
  const started: string[] = [];
  let sequence = 0;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    process.env.SMTP_URL = smtp.url; // the real send-dunning-notice worker reads it through the config
    system = await startCollectionSystem();
    ledger = new ReceivableLedgerRepository(system.db);
    receivables = new ReceivableService(ledger);
    lateFees = new ReceivableLateFeeRepository(system.db);
    notices = new DunningNoticeRepository(system.db);
    // the caller binds dunning by deployment: it is deployed with the real model, its decision and form
    const deployed = await system.deployFixture(path.join(__dirname, '..', 'fixtures', 'processes', 'dunning-test-caller.bpmn'), [
      'processes/dunning.bpmn', 'processes/decisions/dunning-stage.dmn', `forms/${contract.forms.callCustomer}.form`,
    ]);
    callerDefinitionId = deployed.find((resource) => resource.kind === 'process' && resource.id === 'dunning-test-caller')?.definitionId as string;
  });
  afterAll(async () => {
    for (const key of started) await system.engine.deleteProcessInstance(key).catch(() => undefined);
    await system.close();
    await smtp.close();
  });

  /** Each test case's own customer (tax id, e-mail address, postal address on file). */
  const newCustomer = async () => {
    const suffix = `${runTag}${String(sequence).padStart(3, '0')}`;
    const contactEmail = `ar-${suffix.toLowerCase()}@customer.example`;
    const created = await system.api().post('/api/customers').auth(...login('sales.li'))
      .send({ name: `苏州示例精密 ${suffix} 有限公司`, taxId: `91320500D${suffix}`, industry: 'machinery', industryRisk: 'medium', contactEmail, postalAddress })
      .expect(201);
    return { id: created.body.id as string, taxId: created.body.taxId as string, contactEmail };
  };

  /** A receivable of a new customer that fell due `daysAgo` days (and an hour) before the engine's clock, opened in the ledger first. */
  const receivable = async (daysAgo: number) => {
    sequence += 1;
    const customer = await newCustomer();
    const now = await engineNow();
    const dueDate = new Date(now.getTime() - daysAgo * DAY - HOUR);
    const receivableId = `INV-COLL-${runTag}-${String(sequence).padStart(3, '0')}`;
    await receivables.open({
      id: receivableId, applicationId: `dunning-test-${runTag}`, customerTaxId: customer.taxId, currency: 'CNY', principalCents: openAmount * 100,
      issuedOn: isoDate(new Date(dueDate.getTime() - 30 * DAY)), dueDate: isoDate(dueDate), dailyLateFeeRate,
    });
    return { variables: { receivableId, customerId: customer.id, openAmount, currency: 'CNY', dueDate: dueDate.toISOString(), dailyLateFeeRate }, customer };
  };
  const startDunning = async (daysAgo: number) => {
    const { variables, customer } = await receivable(daysAgo);
    const key = await system.startInstance(contract.processId, variables);
    started.push(key);
    return { key, variables, customer };
  };
  /** Drives the engine clock to dueDate + days (+ 1 h) until the element has completed `times` times. */
  /** (The real dunning-stage table may check at another cadence than the test copy: follow the pending check timer too.) */
  const clockToDayUntil = async (key: string, dueDate: string, days: number, elementId: string, times = 1) => {
    const pending = (await system.pendingTimerDueDates(key)).map((date) => date.getTime() + 60_000);
    const target = Math.max(new Date(dueDate).getTime() + days * DAY + HOUR, Math.min(...pending, Number.MAX_SAFE_INTEGER) === Number.MAX_SAFE_INTEGER ? 0 : Math.min(...pending));
    return system.driveClockUntil(`${elementId} at day ${days}`, new Date(target), async () => (await system.completionCount(key, elementId)) >= times);
  };
  const completed = (key: string) => system.history.completedElementIds(key);
  /** Finance's call task: candidate group, linked form, and due 1 working day after it was created (the engine's clock). */
  const callTask = async (key: string) => {
    const call = await waitForUserTask(system.history, key, e.callCustomer);
    expect(call).toMatchObject({ candidateGroups: ['finance'], formKey: contract.forms.callCustomer, name: '电话催收 Call customer about the overdue payment' });
    const expectedDue = addWorkingDays(new Date(call.createdAt), 1, loadWorkingCalendar()).getTime();
    expect(Math.abs(new Date(call.dueDate as string).getTime() - expectedDue)).toBeLessThan(60_000);
    expect((await system.variables(key)).callDueAt).toBe(call.dueDate);
    return call;
  };
  const stageFee = async (receivableId: string, stage: string) => {
    const fee = await lateFees.find(receivableId, stage);
    if (!fee) throw new Error(`no ${stage} fee posted for ${receivableId}`);
    return fee;
  };
  const stageNotices = async (receivableId: string, stage: string) => (await notices.forReceivable(receivableId)).filter((notice) => notice.stage === stage);
  const contactLog = async (receivableId: string) => (await notices.contactsFor(receivableId)).map((contact) => [contact.channel, contact.outcome]);
  /** What settles the receivable today, from the ledger (fee first, then principal). */
  const settlement = async (receivableId: string) => (await receivables.amountToSettle(receivableId, isoDate(await engineNow()))) / 100;
  const ledgerOpenAmount = async (receivableId: string) => (await receivables.balance(receivableId, isoDate(await engineNow()))).totalCents / 100;

  it('when 30, 60 and 90 days pass unpaid, then reminder, formal warning with a call and legal notice follow with their late fees, and COLLECTION_FAILED reaches the caller', async () => {
    // given a receivable one day overdue, dunned through a caller like the lifecycle's call activity
    const { variables, customer } = await receivable(1);
    const callerKey = (await system.engine.startProcess({ id: callerDefinitionId }, { businessKey: variables.receivableId, variables })).id;
    started.push(callerKey);
    const child = await waitFor('the dunning instance', async () => (await system.history.calledInstances(callerKey))[0]);
    const key = child.processInstanceId;
    expect(child).toMatchObject({ processId: contract.processId, businessKey: variables.receivableId });
    await system.waitForActive(key, e.awaitNextStage);
    expect(await completed(key)).not.toContain(e.sendReminder);
    // the start initialised the ladder; the stage was evaluated on the engine's clock: 1 day overdue, next check when 30 are
    expect(await system.variables(key)).toMatchObject({ dunningStage: 'NONE', daysOverdue: 1, noticedStage: 'NONE', pausedDays: 0, disputeOpen: false, promiseActive: false, feeAccruedThroughDay: 0, lateFeesTotal: 0 });
    const day30 = new Date(variables.dueDate).getTime() + 30 * DAY;
    expect(Date.parse(String((await system.variables(key)).nextCheckAt))).toBe(day30);
    expect((await system.pendingTimerDueDates(key)).map((date) => date.getTime())).toEqual([day30]);

    // when the clock passes 30 days after the due date
    await clockToDayUntil(key, variables.dueDate, 30, e.sendReminder);
    // then the reminder stage posts its fee in the ledger and the process carries the ledger's figures
    const reminderFee = await stageFee(variables.receivableId, 'REMINDER');
    expect(reminderFee.feeAccruedThroughDay).toBeGreaterThanOrEqual(30);
    expect(reminderFee.lateFeeCents).toBe(feeForDays(reminderFee.feeAccruedThroughDay));
    expect(await system.variables(key)).toMatchObject({ dunningStage: 'REMINDER', daysOverdue: 30, lateFeesTotal: reminderFee.lateFeesTotalCents / 100, feeAccruedThroughDay: reminderFee.feeAccruedThroughDay });
    // and sends the letter (PDF to the postal address) and the e-mail (received by the SMTP server), each logged
    const reminders = await stageNotices(variables.receivableId, 'REMINDER');
    expect(reminders.map((notice) => [notice.channel, notice.status])).toEqual([['email', 'SENT'], ['letter', 'SENT']]);
    expect((await system.variables(key)).noticeIds).toEqual(reminders.map((notice) => notice.id));
    expect(smtp.mailsAbout(variables.receivableId).map((mail) => mail.to)).toEqual([[customer.contactEmail]]);
    const letter = await system.db('dunning_notice').where({ id: reminders[1]?.id }).first('pdf');
    expect(pdfText(letter.pdf as Buffer)).toContain('星湖街 88 号');
    expect(await contactLog(variables.receivableId)).toEqual([['email', 'SENT'], ['letter', 'SENT']]);

    // when 60 days have passed
    await system.waitForActive(key, e.awaitNextStage);
    await clockToDayUntil(key, variables.dueDate, 60, e.sendFormalWarning);
    // then the formal warning is sent and finance gets the phone-call task with its form
    const call = await callTask(key);
    expect(await system.variables(key)).toMatchObject({ dunningStage: 'FORMAL_WARNING', daysOverdue: 60 });
    const warningFee = await stageFee(variables.receivableId, 'FORMAL_WARNING');
    expect(warningFee.feeAccruedThroughDay).toBeGreaterThanOrEqual(60);
    expect(warningFee.lateFeeCents).toBe(feeForDays(warningFee.feeAccruedThroughDay) - feeForDays(reminderFee.feeAccruedThroughDay));
    // the letter goes out; the phone channel is the call task, logged as scheduled
    expect((await stageNotices(variables.receivableId, 'FORMAL_WARNING')).map((notice) => [notice.channel, notice.status])).toEqual([['letter', 'SENT']]);
    expect(await contactLog(variables.receivableId)).toEqual([['email', 'SENT'], ['letter', 'SENT'], ['letter', 'SENT'], ['phone', 'CALL_SCHEDULED']]);

    // when nobody answers the call
    await system.engine.completeTask(call.taskId, { callOutcome: 'NO_ANSWER', callNotes: 'Rang twice, no answer.' });
    await system.waitForCompletions(key, e.awaitNextStageJoin, 3);
    await system.waitForActive(key, e.awaitNextStage);
    // the call's outcome reaches the process; the form's fields stay local to the task
    expect(await system.variables(key)).toMatchObject({
      callOutcome: 'NO_ANSWER', callNotes: 'Rang twice, no answer.', promiseActive: false, disputeOpen: false, promisedDate: null, disputedAmount: null, disputeCategory: null, disputeRaisedAt: null,
    });
    // and 90 days have passed
    await clockToDayUntil(key, variables.dueDate, 90, e.sendLegalNotice);

    // then the legal stage posts its fee, runs the notice step and throws COLLECTION_FAILED to the caller
    await system.waitForCompletions(callerKey, 'EndEvent_EscalatedToLegal');
    const legalFee = await stageFee(variables.receivableId, 'LEGAL');
    expect(legalFee.feeAccruedThroughDay).toBeGreaterThanOrEqual(90);
    expect(legalFee.lateFeesTotalCents).toBe(feeForDays(legalFee.feeAccruedThroughDay));
    expect(legalFee.lateFeesTotalCents).toBe(reminderFee.lateFeeCents + warningFee.lateFeeCents + legalFee.lateFeeCents);
    // the dunning-stage policy sends the notice of legal action by letter only: no further e-mail
    expect((await stageNotices(variables.receivableId, 'LEGAL')).map((notice) => [notice.channel, notice.status])).toEqual([['letter', 'SENT']]);
    expect(smtp.mailsAbout(variables.receivableId)).toHaveLength(1);
    expect(await contactLog(variables.receivableId)).toEqual([['email', 'SENT'], ['letter', 'SENT'], ['letter', 'SENT'], ['phone', 'CALL_SCHEDULED'], ['letter', 'SENT']]);
    const childPath = await completed(key);
    expect(childPath).toEqual(expect.arrayContaining([e.accrueReminderFee, e.sendReminder, e.accrueFormalWarningFee, e.sendFormalWarning, e.callCustomer, e.accrueLegalFee, e.sendLegalNotice]));
    expect(childPath).not.toContain(e.paid);
    expect(childPath).not.toContain(e.applyPayment);
    const callerPath = await completed(callerKey);
    expect(callerPath).toContain('BoundaryEvent_CollectionFailed');
    expect(callerPath).not.toContain('EndEvent_DunningEnded');
    expect((await system.variables(callerKey)).dunningOutcome).toBe('COLLECTION_FAILED');
    // the error end event ended the dunning instance: the caller's boundary event took over
    expect(await system.history.instance(key)).toMatchObject({ state: 'INTERNALLY_TERMINATED' });
    expect((await system.history.activities(key)).filter((activity) => activity.elementId === e.collectionFailed && activity.endedAt !== null)).toHaveLength(1);
    // no variables travel with the error across the call activity: the legal stage's figures stay in the
    // dunning instance, and the ledger is the caller's source
    expect(await system.variables(key)).toMatchObject({ openAmount, dunningStage: 'LEGAL', daysOverdue: 90, lateFeesTotal: legalFee.lateFeesTotalCents / 100 });
    expect(await system.variables(callerKey)).not.toHaveProperty('lateFeesTotal', legalFee.lateFeesTotalCents / 100);
  });

  it('when the customer promises to pay and pays in full before the promised date, then the promise is kept and dunning ends PAID', async () => {
    // given a receivable in the reminder stage
    const { key, variables } = await startDunning(35);
    await system.waitForCompletions(key, e.sendReminder);
    await system.waitForActive(key, e.awaitNextStage);

    // when the customer promises to pay in 10 days
    const promisedDate = isoDate(new Date((await engineNow()).getTime() + 10 * DAY));
    await system.publish(contract.messages.promiseToPay, variables.receivableId, { promisedDate });
    // then the ladder pauses on the promise
    await system.waitForActive(key, e.awaitPromisedPayment);
    expect(await system.variables(key)).toMatchObject({ dunningStage: 'PAUSED', promiseActive: true, promisedDate });

    // when the full amount arrives: principal and the late fee the ledger charged
    const paymentAmount = await settlement(variables.receivableId);
    expect(paymentAmount).toBeGreaterThan(openAmount);
    await system.publish(contract.messages.paymentReceived, variables.receivableId, { paymentAmount, paymentReference: `${variables.receivableId}-PAY-1` });

    // then the payment is applied and dunning ends at PAID, in the ledger too
    expect(await system.waitForEnd(key)).toBe('COMPLETED');
    const path = await completed(key);
    expect(path).toEqual(expect.arrayContaining([e.promiseToPay, e.paymentReceivedDuringPromise, e.applyPayment, e.paid]));
    expect(path).not.toContain(e.promiseBroken);
    expect(path).not.toContain(e.sendFormalWarning);
    expect(await system.variables(key)).toMatchObject({ dunningOutcome: 'PAID', openAmount: 0 });
    expect((await ledger.find(variables.receivableId))?.status).toBe('PAID');
    expect(await receivables.balance(variables.receivableId, isoDate(await engineNow()))).toMatchObject({ totalCents: 0, overpaidCents: 0 });
  });

  it('when a promised date passes unpaid, then the ladder resumes at the real days overdue; a promise made on the call pauses it again until the rest is paid', async () => {
    // given a receivable 50 days overdue (reminder sent) with a promise to pay in 15 days
    const { key, variables } = await startDunning(50);
    await system.waitForCompletions(key, e.sendReminder);
    await system.waitForActive(key, e.awaitNextStage);
    const promisedDate = isoDate(new Date((await engineNow()).getTime() + 15 * DAY));
    await system.publish(contract.messages.promiseToPay, variables.receivableId, { promisedDate });
    await system.waitForActive(key, e.awaitPromisedPayment);

    // when the promised date passes without payment
    await system.driveClockUntil('promise broken', new Date(new Date(`${promisedDate}T23:59:59Z`).getTime() + HOUR), async () => (await system.completionCount(key, e.promiseBroken)) >= 1);

    // then the promise is broken and the ladder resumes: more than 60 days overdue → formal warning and the call
    await system.waitForCompletions(key, e.sendFormalWarning);
    const call = await callTask(key);
    expect(await system.variables(key)).toMatchObject({ promiseActive: false, dunningStage: 'FORMAL_WARNING' });
    const warningFee = await stageFee(variables.receivableId, 'FORMAL_WARNING');
    expect(warningFee.lateFeesTotalCents).toBe(feeForDays(warningFee.feeAccruedThroughDay));

    // when the customer promises on the phone to pay in 5 days, then pays part, then the rest
    const secondPromise = isoDate(new Date((await engineNow()).getTime() + 5 * DAY));
    await system.engine.completeTask(call.taskId, { callOutcome: 'PROMISE_TO_PAY', promisedDate: secondPromise, callNotes: 'Finance director promised payment.' });
    await system.waitForCompletions(key, e.awaitPromisedPayment, 1);
    await system.waitForActive(key, e.awaitPromisedPayment);
    await system.publish(contract.messages.paymentReceived, variables.receivableId, { paymentAmount: 30_000, paymentReference: `${variables.receivableId}-PAY-1` });
    await system.waitForCompletions(key, e.applyPayment, 1);
    await system.waitForActive(key, e.awaitPromisedPayment);
    // the payment settled the late fee first, then principal: what is open is the ledger's balance
    const afterPart = await receivables.balance(variables.receivableId, isoDate(await engineNow()));
    expect(afterPart.principalCents).toBeGreaterThan((openAmount - 30_000) * 100);
    expect(await system.variables(key)).toMatchObject({ openAmount: afterPart.totalCents / 100, promiseActive: true, promisedDate: secondPromise });
    await system.publish(contract.messages.paymentReceived, variables.receivableId, { paymentAmount: await settlement(variables.receivableId), paymentReference: `${variables.receivableId}-PAY-2` });

    // then dunning ends PAID, the broken promise was not re-sent as a reminder, and no legal step happened
    expect(await system.waitForEnd(key)).toBe('COMPLETED');
    const path = await completed(key);
    expect(path.filter((id) => id === e.sendReminder)).toHaveLength(1);
    expect(path.filter((id) => id === e.paymentReceivedDuringPromise)).toHaveLength(2);
    expect(path).toContain(e.paid);
    expect(path).not.toContain(e.sendLegalNotice);
    expect(await system.variables(key)).toMatchObject({ dunningOutcome: 'PAID', openAmount: 0, callOutcome: 'PROMISE_TO_PAY' });
    expect((await ledger.find(variables.receivableId))?.status).toBe('PAID');
  });

  it('when a partial payment and then the rest arrive on the ladder, then the open amount goes down and dunning ends PAID without a second reminder', async () => {
    // given a receivable in the reminder stage
    const { key, variables } = await startDunning(35);
    await system.waitForCompletions(key, e.sendReminder);
    await system.waitForActive(key, e.awaitNextStage);

    // when 40 000 of 100 000 are paid
    await system.publish(contract.messages.paymentReceived, variables.receivableId, { paymentAmount: 40_000, paymentReference: `${variables.receivableId}-PAY-1` });
    // then the open amount is the ledger's balance after it and the ladder waits again, without a new notice
    await system.waitForCompletions(key, e.applyPayment, 1);
    await system.waitForCompletions(key, e.awaitNextStageJoin, 2);
    const afterPart = await ledgerOpenAmount(variables.receivableId);
    expect(afterPart).toBeGreaterThan(openAmount - 40_000);
    expect(afterPart).toBeLessThan(openAmount);
    expect((await system.variables(key)).openAmount).toBe(afterPart);
    expect(await system.history.completedElementIds(key)).not.toContain(e.paid);

    // when the rest arrives
    await system.waitForActive(key, e.awaitNextStage);
    await system.publish(contract.messages.paymentReceived, variables.receivableId, { paymentAmount: await settlement(variables.receivableId), paymentReference: `${variables.receivableId}-PAY-2` });

    // then dunning ends PAID
    expect(await system.waitForEnd(key)).toBe('COMPLETED');
    const path = await completed(key);
    expect(path.filter((id) => id === e.applyPayment)).toHaveLength(2);
    expect(path.filter((id) => id === e.sendReminder)).toHaveLength(1);
    expect(path).toContain(e.paid);
    expect(await system.variables(key)).toMatchObject({ dunningOutcome: 'PAID', openAmount: 0 });
    expect(await system.variableHistory(key, 'openAmount')).toEqual([openAmount, afterPart, 0]);
    expect(await stageNotices(variables.receivableId, 'REMINDER')).toHaveLength(2);
    expect(smtp.mailsAbout(variables.receivableId)).toHaveLength(1);
  });

  it('when a dispute is raised, then the dunning clock stops until it is resolved, and the ladder resumes from the same day overdue', async () => {
    // given a receivable 40 days overdue (reminder sent)
    const { key, variables } = await startDunning(40);
    await system.waitForCompletions(key, e.sendReminder);
    await system.waitForActive(key, e.awaitNextStage);

    // when the customer disputes the quality of the goods
    await system.publish(contract.messages.disputeRaised, variables.receivableId, disputeRaisedMessageSchema.parse({
      applicationId: randomUUID(), receivableId: variables.receivableId, disputedAmount: openAmount, disputeCategory: 'QUALITY', disputeReason: 'Two pallets arrived damaged.',
    }));
    await system.waitForActive(key, e.awaitDisputeResolution);
    expect(await system.variables(key)).toMatchObject({ dunningStage: 'PAUSED', disputeOpen: true, disputedAmount: openAmount, disputeCategory: 'QUALITY', disputeReason: 'Two pallets arrived damaged.' });

    // and 30 days pass (60+ days after the due date) and a part is paid while the dispute is open
    // the dunning clock stopped at the engine's time of arrival
    const disputeRaisedAt = new Date(String((await system.variables(key)).disputeRaisedAt));
    expect(Math.abs(disputeRaisedAt.getTime() - (await engineNow()).getTime())).toBeLessThan(5 * 60_000);
    await system.driveClockUntil('30 days in dispute', new Date(disputeRaisedAt.getTime() + 30 * DAY + HOUR), async () => true);
    await system.publish(contract.messages.paymentReceived, variables.receivableId, { paymentAmount: 10_000, paymentReference: `${variables.receivableId}-PAY-1` });
    await system.waitForCompletions(key, e.paymentReceivedDuringDispute);
    await system.waitForCompletions(key, e.awaitDisputeResolution, 1);
    await system.waitForActive(key, e.awaitDisputeResolution);

    // then no formal warning was sent: the dispute stopped the clock
    expect(await completed(key)).not.toContain(e.sendFormalWarning);
    expect((await system.variables(key)).openAmount).toBe(await ledgerOpenAmount(variables.receivableId));
    expect(await lateFees.find(variables.receivableId, 'FORMAL_WARNING')).toBeUndefined();

    // when the dispute is resolved (30 days later)
    await system.driveClockUntil('30 days in dispute', new Date(disputeRaisedAt.getTime() + 30 * DAY + HOUR), async () => true);
    await system.publish(contract.messages.disputeResolved, variables.receivableId, { disputeResolution: 'Goods inspected: conform.' });
    await system.waitForCompletions(key, e.disputeResolved);
    await system.waitForActive(key, e.awaitNextStage);

    // then the disputed days are not counted: still the reminder stage, no formal warning
    const resumed = await system.variables(key);
    expect(resumed).toMatchObject({ disputeOpen: false, dunningStage: 'REMINDER', disputeResolution: 'Goods inspected: conform.' });
    expect(resumed.pausedDays).toBeGreaterThanOrEqual(30);
    expect(resumed.daysOverdue).toBeLessThan(60);
    expect(await completed(key)).not.toContain(e.sendFormalWarning);

    // when the clock reaches 60 counted days (the paused days added)
    await clockToDayUntil(key, variables.dueDate, 60 + Number(resumed.pausedDays), e.sendFormalWarning);
    // then the ladder resumes with the formal warning (the contract's fee ran on through the dispute), and a dispute recorded on the call pauses it again
    const warningFee = await stageFee(variables.receivableId, 'FORMAL_WARNING');
    expect(warningFee.feeAccruedThroughDay).toBeGreaterThanOrEqual(60 + Number(resumed.pausedDays));
    expect(await contactLog(variables.receivableId)).toEqual([['email', 'SENT'], ['letter', 'SENT'], ['letter', 'SENT'], ['phone', 'CALL_SCHEDULED']]);
    const call = await callTask(key);
    const callStartedAt = await engineNow();
    await system.engine.completeTask(call.taskId, recordDunningCallFormOutputSchema.parse({ callOutcome: 'DISPUTE', disputedAmount: 5_000, disputeCategory: 'DOCUMENTS', callNotes: 'Delivery note missing for one pallet.' }));
    await system.waitForCompletions(key, e.awaitDisputeResolution, 1);
    await system.waitForActive(key, e.awaitDisputeResolution);
    const disputedOnCall = await system.variables(key);
    expect(disputedOnCall).toMatchObject({ disputeOpen: true, disputedAmount: 5_000, disputeCategory: 'DOCUMENTS', disputeReason: 'Delivery note missing for one pallet.', dunningStage: 'PAUSED' });
    // the call's dispute stops the clock at the engine's time of the call, not the system's
    expect(new Date(String(disputedOnCall.disputeRaisedAt)).getTime()).toBeGreaterThanOrEqual(callStartedAt.getTime());
    expect(new Date(String(disputedOnCall.disputeRaisedAt)).getTime()).toBeLessThan(callStartedAt.getTime() + 5 * 60_000);
    expect(await completed(key)).not.toContain(e.sendLegalNotice);
  });
});
