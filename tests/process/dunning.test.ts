import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { disputeRaisedMessageSchema, dunningProcess as contract, recordDunningCallFormOutputSchema } from '../../src/contracts/dunning.contract';
import { startCollectionSystem, runTag, type CollectionSystem } from '../support/collection-harness';
import { engineNow } from '../support/engine-clock';
import { startDunningTestWorkers } from '../support/test-workers/dunning.test-workers';
import { waitForCompletedElement, waitForUserTask } from '../support/test-system';
import { waitFor } from '../support/wait-for';

jest.setTimeout(180_000);

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const e = contract.elements;
const openAmount = 100_000;
const dailyLateFeeRate = 0.0005;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

describe('dunning on the real engine', () => {
  let system: CollectionSystem;
  let workers: ReturnType<typeof startDunningTestWorkers>;
  let callerVersion: number;
  const started: string[] = [];
  let sequence = 0;

  beforeAll(async () => {
    system = await startCollectionSystem();
    workers = startDunningTestWorkers(system.zeebe, system.logger);
    const caller = await system.zeebe.deployResource({ processFilename: path.join(__dirname, '..', 'fixtures', 'processes', 'dunning-test-caller.bpmn') });
    callerVersion = caller.deployments[0] && 'process' in caller.deployments[0] ? caller.deployments[0].process.version : -1;
  });
  afterAll(async () => {
    for (const key of started) await system.zeebe.cancelProcessInstance(key).catch(() => undefined);
    await workers.close();
    await system.close();
  });

  /** A receivable that fell due `daysAgo` days (and an hour) before the engine's current clock. */
  const receivable = async (daysAgo: number) => {
    const now = await engineNow();
    sequence += 1;
    return {
      receivableId: `INV-COLL-${runTag}-${String(sequence).padStart(3, '0')}`,
      customerId: `CUST-COLL-${runTag}`,
      openAmount,
      currency: 'CNY',
      dueDate: new Date(now.getTime() - daysAgo * DAY - HOUR).toISOString(),
      dailyLateFeeRate,
    };
  };
  const startDunning = async (daysAgo: number) => {
    const variables = await receivable(daysAgo);
    const key = await system.startInstance(contract.processId, variables);
    started.push(key);
    return { key, variables };
  };
  /** Drives the engine clock to dueDate + days (+ 1 h) until the element has completed `times` times. */
  /** (The real dunning-stage table may check at another cadence than the test copy: follow the pending check timer too.) */
  const clockToDayUntil = async (key: string, dueDate: string, days: number, elementId: string, times = 1) => {
    const pending = (await system.details.pendingTimerDueDates(key)).map((date) => date.getTime() + 60_000);
    const target = Math.max(new Date(dueDate).getTime() + days * DAY + HOUR, Math.min(...pending, Number.MAX_SAFE_INTEGER) === Number.MAX_SAFE_INTEGER ? 0 : Math.min(...pending));
    return system.driveClockUntil(`${elementId} at day ${days}`, new Date(target), async () => (await system.completionCount(key, elementId)) >= times);
  };
  const completed = (key: string) => system.history.completedElementIds(key);

  it('when 30, 60 and 90 days pass unpaid, then reminder, formal warning with a call and legal notice follow with their late fees, and COLLECTION_FAILED reaches the caller', async () => {
    // given a receivable one day overdue, dunned through a caller like the lifecycle's call activity
    const variables = await receivable(1);
    const callerKey = (await system.zeebe.createProcessInstance({ bpmnProcessId: 'dunning-test-caller', version: callerVersion, variables })).processInstanceKey;
    started.push(callerKey);
    const child = await waitFor('the dunning instance', async () => (await system.details.childInstances(callerKey))[0]);
    const key = child.processInstanceKey;
    await system.waitForActive(key, e.awaitNextStage);
    expect(await completed(key)).not.toContain(e.sendReminder);
    expect((await system.details.variables(key)).dunningStage).toBe('NONE');

    // when the clock passes 30 days after the due date
    await clockToDayUntil(key, variables.dueDate, 30, e.sendReminder);
    // then the reminder stage accrues its fee and sends letter and e-mail
    const reminderFee = workers.fees.get(`${variables.receivableId}:REMINDER`);
    expect(reminderFee?.feeAccruedThroughDay).toBeGreaterThanOrEqual(30);
    expect(reminderFee?.lateFee).toBe(Math.round(openAmount * dailyLateFeeRate * (reminderFee?.feeAccruedThroughDay ?? 0) * 100) / 100);
    expect(workers.noticesOf(variables.receivableId).filter((notice) => notice.stage === 'REMINDER').map((notice) => notice.channel)).toEqual(['email', 'letter']);

    // when 60 days have passed
    await system.waitForActive(key, e.awaitNextStage);
    await clockToDayUntil(key, variables.dueDate, 60, e.sendFormalWarning);
    // then the formal warning is sent and finance gets the phone-call task with its form
    const call = await waitForUserTask(system.history, key, e.callCustomer);
    const form = system.deployed.find((resource) => resource.id === contract.forms.callCustomer);
    expect(call).toMatchObject({ candidateGroups: ['finance'], formKey: form?.key });
    const warningFee = workers.fees.get(`${variables.receivableId}:FORMAL_WARNING`);
    expect(warningFee?.feeAccruedThroughDay).toBeGreaterThanOrEqual(60);
    expect(warningFee?.lateFee).toBe(Math.round(openAmount * dailyLateFeeRate * ((warningFee?.feeAccruedThroughDay ?? 0) - (reminderFee?.feeAccruedThroughDay ?? 0)) * 100) / 100);
    expect(workers.noticesOf(variables.receivableId).filter((notice) => notice.stage === 'FORMAL_WARNING').map((notice) => notice.channel)).toEqual(['letter', 'phone']);

    // when nobody answers the call
    await system.camunda.getCamundaRestClient().completeUserTask({ userTaskKey: call.userTaskKey, variables: { callOutcome: 'NO_ANSWER', callNotes: 'Rang twice, no answer.' } });
    await system.waitForCompletions(key, e.awaitNextStageJoin, 3);
    await system.waitForActive(key, e.awaitNextStage);
    // and 90 days have passed
    await clockToDayUntil(key, variables.dueDate, 90, e.sendLegalNotice);

    // then the legal stage accrues its fee, sends the notice of legal action and throws COLLECTION_FAILED to the caller
    await waitForCompletedElement(system.history, callerKey, 'EndEvent_EscalatedToLegal');
    const legalFee = workers.fees.get(`${variables.receivableId}:LEGAL`);
    expect(legalFee?.feeAccruedThroughDay).toBeGreaterThanOrEqual(90);
    expect(legalFee?.lateFeesTotal).toBe(Math.round(openAmount * dailyLateFeeRate * (legalFee?.feeAccruedThroughDay ?? 0) * 100) / 100);
    const childPath = await completed(key);
    expect(childPath).toEqual(expect.arrayContaining([e.accrueReminderFee, e.sendReminder, e.accrueFormalWarningFee, e.sendFormalWarning, e.callCustomer, e.accrueLegalFee, e.sendLegalNotice]));
    expect(childPath).not.toContain(e.paid);
    expect(childPath).not.toContain(e.applyPayment);
    const callerPath = await completed(callerKey);
    expect(callerPath).toContain('BoundaryEvent_CollectionFailed');
    expect(callerPath).not.toContain('EndEvent_DunningEnded');
    expect((await system.details.variables(callerKey)).dunningOutcome).toBe('COLLECTION_FAILED');
    // the 8.6 engine carries no variables with an error across a call activity (checked on the engine):
    // the legal stage's figures stay in the dunning instance, and the ledger is the caller's source
    expect(await system.details.variables(key)).toMatchObject({ openAmount, lateFeesTotal: legalFee?.lateFeesTotal });
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
    expect(await system.details.variables(key)).toMatchObject({ dunningStage: 'PAUSED', promiseActive: true, promisedDate });

    // when the full amount arrives
    await system.publish(contract.messages.paymentReceived, variables.receivableId, { paymentAmount: openAmount, paymentReference: `${variables.receivableId}-PAY-1` });

    // then the payment is applied and dunning ends at PAID
    await waitForCompletedElement(system.history, key, contract.processId);
    const path = await completed(key);
    expect(path).toEqual(expect.arrayContaining([e.promiseToPay, e.paymentReceivedDuringPromise, e.applyPayment, e.paid]));
    expect(path).not.toContain(e.promiseBroken);
    expect(path).not.toContain(e.sendFormalWarning);
    expect(await system.details.variables(key)).toMatchObject({ dunningOutcome: 'PAID', openAmount: 0 });
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
    const call = await waitForUserTask(system.history, key, e.callCustomer);
    expect(await system.details.variables(key)).toMatchObject({ promiseActive: false, dunningStage: 'FORMAL_WARNING' });

    // when the customer promises on the phone to pay in 5 days, then pays part, then the rest
    const secondPromise = isoDate(new Date((await engineNow()).getTime() + 5 * DAY));
    await system.camunda.getCamundaRestClient().completeUserTask({
      userTaskKey: call.userTaskKey,
      variables: { callOutcome: 'PROMISE_TO_PAY', promisedDate: secondPromise, callNotes: 'Finance director promised payment.' },
    });
    await system.waitForCompletions(key, e.awaitPromisedPayment, 1);
    await system.waitForActive(key, e.awaitPromisedPayment);
    await system.publish(contract.messages.paymentReceived, variables.receivableId, { paymentAmount: 30_000, paymentReference: `${variables.receivableId}-PAY-1` });
    await system.waitForCompletions(key, e.applyPayment, 1);
    await system.waitForActive(key, e.awaitPromisedPayment);
    expect(await system.details.variables(key)).toMatchObject({ openAmount: 70_000, promiseActive: true, promisedDate: secondPromise });
    await system.publish(contract.messages.paymentReceived, variables.receivableId, { paymentAmount: 70_000, paymentReference: `${variables.receivableId}-PAY-2` });

    // then dunning ends PAID, the broken promise was not re-sent as a reminder, and no legal step happened
    await waitForCompletedElement(system.history, key, contract.processId);
    const path = await completed(key);
    expect(path.filter((id) => id === e.sendReminder)).toHaveLength(1);
    expect(path.filter((id) => id === e.paymentReceivedDuringPromise)).toHaveLength(2);
    expect(path).toContain(e.paid);
    expect(path).not.toContain(e.sendLegalNotice);
    expect(await system.details.variables(key)).toMatchObject({ dunningOutcome: 'PAID', openAmount: 0, callOutcome: 'PROMISE_TO_PAY' });
  });

  it('when a partial payment and then the rest arrive on the ladder, then the open amount goes down and dunning ends PAID without a second reminder', async () => {
    // given a receivable in the reminder stage
    const { key, variables } = await startDunning(35);
    await system.waitForCompletions(key, e.sendReminder);
    await system.waitForActive(key, e.awaitNextStage);

    // when 40 000 of 100 000 are paid
    await system.publish(contract.messages.paymentReceived, variables.receivableId, { paymentAmount: 40_000, paymentReference: `${variables.receivableId}-PAY-1` });
    // then the open amount is 60 000 and the ladder waits again, without a new notice
    await system.waitForCompletions(key, e.applyPayment, 1);
    await system.waitForCompletions(key, e.awaitNextStageJoin, 2);
    expect((await system.details.variables(key)).openAmount).toBe(60_000);
    expect(await system.history.completedElementIds(key)).not.toContain(e.paid);

    // when the remaining 60 000 arrive
    await system.waitForActive(key, e.awaitNextStage);
    await system.publish(contract.messages.paymentReceived, variables.receivableId, { paymentAmount: 60_000, paymentReference: `${variables.receivableId}-PAY-2` });

    // then dunning ends PAID
    await waitForCompletedElement(system.history, key, contract.processId);
    const path = await completed(key);
    expect(path.filter((id) => id === e.applyPayment)).toHaveLength(2);
    expect(path.filter((id) => id === e.sendReminder)).toHaveLength(1);
    expect(path).toContain(e.paid);
    expect(await system.details.variables(key)).toMatchObject({ dunningOutcome: 'PAID', openAmount: 0 });
    expect(await system.details.variableHistory(key, 'openAmount')).toEqual([openAmount, 60_000, 0]);
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
    expect(await system.details.variables(key)).toMatchObject({ dunningStage: 'PAUSED', disputeOpen: true, disputedAmount: openAmount, disputeCategory: 'QUALITY', disputeReason: 'Two pallets arrived damaged.' });

    // and 30 days pass (60+ days after the due date) and a part is paid while the dispute is open
    const disputeRaisedAt = new Date(String((await system.details.variables(key)).disputeRaisedAt).replace(/@.*$/, 'Z'));
    await system.driveClockUntil('30 days in dispute', new Date(disputeRaisedAt.getTime() + 30 * DAY + HOUR), async () => true);
    await system.publish(contract.messages.paymentReceived, variables.receivableId, { paymentAmount: 10_000, paymentReference: `${variables.receivableId}-PAY-1` });
    await system.waitForCompletions(key, e.paymentReceivedDuringDispute);
    await system.waitForCompletions(key, e.awaitDisputeResolution, 1);
    await system.waitForActive(key, e.awaitDisputeResolution);

    // then no formal warning was sent: the dispute stopped the clock
    expect(await completed(key)).not.toContain(e.sendFormalWarning);
    expect((await system.details.variables(key)).openAmount).toBe(90_000);

    // when the dispute is resolved (30 days later)
    await system.driveClockUntil('30 days in dispute', new Date(disputeRaisedAt.getTime() + 30 * DAY + HOUR), async () => true);
    await system.publish(contract.messages.disputeResolved, variables.receivableId, { disputeResolution: 'Goods inspected: conform.' });
    await system.waitForCompletions(key, e.disputeResolved);
    await system.waitForActive(key, e.awaitNextStage);

    // then the disputed days are not counted: still the reminder stage, no formal warning
    const resumed = await system.details.variables(key);
    expect(resumed).toMatchObject({ disputeOpen: false, dunningStage: 'REMINDER', disputeResolution: 'Goods inspected: conform.' });
    expect(resumed.pausedDays).toBeGreaterThanOrEqual(30);
    expect(resumed.daysOverdue).toBeLessThan(60);
    expect(await completed(key)).not.toContain(e.sendFormalWarning);

    // when the clock reaches 60 counted days (the paused days added)
    await clockToDayUntil(key, variables.dueDate, 60 + Number(resumed.pausedDays), e.sendFormalWarning);
    // then the ladder resumes with the formal warning, and a dispute recorded on the call pauses it again
    const call = await waitForUserTask(system.history, key, e.callCustomer);
    await system.camunda.getCamundaRestClient().completeUserTask({
      userTaskKey: call.userTaskKey,
      variables: recordDunningCallFormOutputSchema.parse({ callOutcome: 'DISPUTE', disputedAmount: 5_000, disputeCategory: 'DOCUMENTS', callNotes: 'Delivery note missing for one pallet.' }),
    });
    await system.waitForCompletions(key, e.awaitDisputeResolution, 1);
    await system.waitForActive(key, e.awaitDisputeResolution);
    expect(await system.details.variables(key)).toMatchObject({ disputeOpen: true, disputedAmount: 5_000, disputeCategory: 'DOCUMENTS', disputeReason: 'Delivery note missing for one pallet.', dunningStage: 'PAUSED' });
    expect(await completed(key)).not.toContain(e.sendLegalNotice);
  });
});
