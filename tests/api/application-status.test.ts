import { login } from '../support/local-passwords';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import * as contract from '../../src/contracts/credit-lifecycle.contract';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';
import { moveEngineClock } from '../support/engine-clock';
import { deployFixtures } from '../support/fixture-deployment';
import { startTestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

const { elements: el, processId } = contract.creditLifecycleProcess;
const fixtures = path.join(__dirname, '..', 'fixtures', 'application-status');
const manager = login('manager.zhang');

jest.setTimeout(120_000);

interface Status {
  state: string;
  status: string;
  currentStep: { number: number; name: string; phase: string } | null;
  sideActivities: string[];
  activeElements: Array<{ processId: string; processInstanceId: string; elementId: string; step: number | null }>;
  openUserTasks: Array<{ elementId: string; assignee: string | null; candidateGroups: string[] }>;
}

/**
 * GET /api/applications/:id reads the case from the engine: the activity-instance tree of the case and
 * of the processes it called, and the history once it ended; the row's status follows the case to its end.
 * The cases are test fixtures shaped like the lifecycle (same element ids): the application row says
 * it runs credit-lifecycle, so its elements map to the lifecycle's steps.
 */
describe('GET /api/applications/:id: the case\'s current step, called processes included, and the status to its end', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let applications: CreditApplicationRepository;
  beforeAll(async () => {
    system = await startTestSystem();
    applications = new CreditApplicationRepository(system.db);
    await deployFixtures(system.engine, [path.join(fixtures, 'status-case.bpmn'), path.join(fixtures, 'outcome-case.bpmn')], 'test-fixtures-application-status');
  });
  afterAll(async () => {
    await system?.close();
  });

  /** A case of the fixture `fixtureProcessId` and the application row that records it, as the API would write it. */
  async function applicationWithCase(fixtureProcessId: string, variables: Record<string, unknown> = {}) {
    const applicationId = randomUUID();
    const instance = await system.engine.startProcess({ key: fixtureProcessId }, { businessKey: applicationId, variables: { applicationId, ...variables } });
    await applications.insert({
      id: applicationId, companyName: `Status Case ${applicationId.slice(0, 8)} Co., Ltd.`, taxId: `9131STAT${applicationId.slice(0, 8).toUpperCase()}`, requestedLimit: 100_000,
      currency: 'CNY', urgent: false, processId, processInstanceKey: instance.id, status: 'OPEN',
    });
    return { applicationId, processInstanceId: instance.id };
  }
  const status = async (id: string): Promise<Status> => (await system.api().get(`/api/applications/${id}`).auth(...manager).expect(200)).body;
  const statusWhen = (id: string, what: string, probe: (found: Status) => boolean) =>
    waitFor(what, async () => {
      const found = await status(id);
      return probe(found) ? found : undefined;
    });
  const active = (found: Status) => found.activeElements.map((element) => [element.processId, element.elementId, element.step]);
  const rowStatus = async (id: string) => (await applications.findById(id))?.status;

  it('when the case goes from its term into dunning and a dispute, then the status follows the steps, the called dunning and the arbitration beside it; withdrawn, it stops there', async () => {
    // given an application whose case stands in the receivable's term
    const { applicationId, processInstanceId } = await applicationWithCase('application-status-case', { receivableId: `INV-${applicationId8()}`, committeeChair: 'general.manager', termDuration: 'PT1H' });

    // then it stands in step 8, waiting for the payment inside the term's sub-process, with the collection follow-up beside it
    const inTerm = await statusWhen(applicationId, 'the term', (found) => found.activeElements.some((element) => element.elementId === el.paymentReceived));
    expect(inTerm).toMatchObject({ state: 'ACTIVE', status: 'OPEN', currentStep: { number: 8, name: 'during the credit term', phase: 'after the sale' }, sideActivities: [] });
    expect(active(inTerm)).toEqual(expect.arrayContaining([[processId, el.receivableDuringTerm, 8], [processId, el.paymentReceived, 8], [processId, el.followUpCollection, 8]]));
    expect(inTerm.openUserTasks.map((task) => [task.elementId, [...task.candidateGroups].sort()])).toEqual([[el.followUpCollection, ['finance', 'sales']]]);

    // when the due date passes unpaid (the engine's clock) and the customer disputes the delivery through the API
    await moveEngineClock(2 * 3_600_000);
    const dunning = await waitFor('the called dunning', async () => (await system.history.calledInstances(processInstanceId)).find((instance) => instance.processId === 'application-status-dunning' && instance.endedAt === null));
    await system.api().post('/api/events/dispute-raised').auth(...login('sales.li')).set('Idempotency-Key', `dispute-${applicationId}`)
      .send({ applicationId, receivableId: 'INV-STATUS-1', disputedAmount: 20_000, disputeCategory: 'QUANTITY', disputeReason: 'Two pallets short on delivery.' }).expect(202);

    // then the case is past due (step 9): the dunning it called waits for a payment or 90 days, the follow-up (step 8) is still open,
    // and the chair's arbitration runs beside the steps
    const inDunning = await statusWhen(applicationId, 'the dunning and the arbitration', (found) =>
      found.activeElements.some((element) => element.processId === 'application-status-dunning') && found.openUserTasks.some((task) => task.elementId === el.arbitrateDispute));
    expect(inDunning).toMatchObject({ state: 'ACTIVE', status: 'OPEN', currentStep: { number: 9, name: 'past due' }, sideActivities: ['dispute arbitration'] });
    expect(active(inDunning)).toEqual(expect.arrayContaining([
      [processId, el.dunning, 9],
      ['application-status-dunning', 'Gateway_AwaitDunningOutcome', 9],
      [processId, el.followUpCollection, 8],
      [processId, el.arbitrateDispute, null],
    ]));
    expect(active(inDunning).map(([, elementId]) => elementId)).not.toContain(el.receivableDuringTerm);
    expect(inDunning.activeElements.find((element) => element.processId === 'application-status-dunning')?.processInstanceId).toBe(dunning.processInstanceId);
    expect(inDunning.openUserTasks.map((task) => task.elementId).sort()).toEqual([el.arbitrateDispute, el.followUpCollection].sort());
    expect(inDunning.openUserTasks.find((task) => task.elementId === el.arbitrateDispute)?.assignee).toBe('general.manager');

    // when the application is withdrawn
    await system.api().post(`/api/applications/${applicationId}/withdrawal`).auth(...login('sales.li')).expect(200);

    // then the case and the dunning it called are deleted, and the status keeps the step it stopped at
    const withdrawn = await statusWhen(applicationId, 'the case terminated', (found) => found.state === 'TERMINATED');
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', currentStep: { number: 9 }, activeElements: [], openUserTasks: [], sideActivities: [] });
    expect(await system.history.instance(dunning.processInstanceId)).toMatchObject({ state: 'EXTERNALLY_TERMINATED' });
    expect(await rowStatus(applicationId)).toBe('WITHDRAWN');
  });

  it('when cases end at the credit rejection, the transaction\'s close, with no deal or are cancelled in the engine, then each application\'s status follows on its own', async () => {
    // given four open applications whose cases wait for their decision
    const rejected = await applicationWithCase('application-outcome-case', { outcome: 'REJECTED' });
    const closed = await applicationWithCase('application-outcome-case', { outcome: 'CLOSED' });
    const noDeal = await applicationWithCase('application-outcome-case', { outcome: 'NO_DEAL' });
    const cancelled = await applicationWithCase('application-outcome-case', { outcome: 'CLOSED' });
    const stillOpen = await applicationWithCase('application-outcome-case', { outcome: 'CLOSED' });
    for (const { applicationId } of [rejected, closed, noDeal, cancelled, stillOpen]) expect(await rowStatus(applicationId)).toBe('OPEN');

    // when three cases end at their end events and an operator deletes the fourth (as in Cockpit)
    for (const { processInstanceId } of [rejected, closed, noDeal]) {
      const [task] = await system.engine.tasks({ processInstanceId });
      await system.engine.completeTask(task!.id, {});
    }
    await system.engine.deleteProcessInstance(cancelled.processInstanceId);

    // then, without anyone reading them, the rows take the end of their case
    await waitFor('the statuses to follow the cases', async () => {
      const statuses = await Promise.all([rejected, closed, noDeal, cancelled].map(({ applicationId }) => rowStatus(applicationId)));
      return statuses.every((found) => found !== 'OPEN') ? statuses : undefined;
    }, 15_000).then((statuses) => expect(statuses).toEqual(['REJECTED', 'CLOSED', 'CLOSED', 'TERMINATED']));
    expect(await rowStatus(stillOpen.applicationId)).toBe('OPEN');
    // and the API says the same, with the step the case ended at
    expect(await status(rejected.applicationId)).toMatchObject({ state: 'COMPLETED', status: 'REJECTED' });
    expect(await status(cancelled.applicationId)).toMatchObject({ state: 'TERMINATED', status: 'TERMINATED' });
    // a case that completed cannot be withdrawn any more; one an operator cancelled can still be marked withdrawn
    const refused = await system.api().post(`/api/applications/${closed.applicationId}/withdrawal`).auth(...login('sales.li')).expect(409);
    expect(refused.body.detail).toMatch(/has ended \(CLOSED\)/);
    expect((await system.api().post(`/api/applications/${cancelled.applicationId}/withdrawal`).auth(...login('sales.li')).expect(200)).body.status).toBe('WITHDRAWN');
    await system.engine.deleteProcessInstance(stillOpen.processInstanceId);
  });

  it('when the case ended before the reconciler came by, then reading the application settles its status at once', async () => {
    // given a case that ends while the periodic reconciliation is stopped
    await system.close();
    system = await startTestSystem({ applicationStatusSyncMs: 3_600_000 });
    applications = new CreditApplicationRepository(system.db);
    const { applicationId, processInstanceId } = await applicationWithCase('application-outcome-case', { outcome: 'REJECTED' });
    const [task] = await system.engine.tasks({ processInstanceId });
    await system.engine.completeTask(task!.id, {});
    expect(await rowStatus(applicationId)).toBe('OPEN');
    // when someone reads it, then the answer and the row carry the case's end
    expect(await status(applicationId)).toMatchObject({ state: 'COMPLETED', status: 'REJECTED' });
    expect(await rowStatus(applicationId)).toBe('REJECTED');
  });
});

function applicationId8() {
  return randomUUID().slice(0, 8).toUpperCase();
}
