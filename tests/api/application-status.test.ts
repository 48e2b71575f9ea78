import * as contract from '../../src/contracts/credit-lifecycle.contract';
import { LifecycleCase } from '../support/lifecycle-case';
import { moveClockTo, startLifecycleHarness, type LifecycleHarness } from '../support/lifecycle-harness';
import { steps } from '../support/lifecycle-steps';
import { startTestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

const { elements: el, processId } = contract.creditLifecycleProcess;

jest.setTimeout(120_000);

interface Status {
  state: string;
  status: string;
  currentStep: { number: number; name: string; phase: string } | null;
  sideActivities: string[];
  activeElements: Array<{ processId: string; processInstanceKey: string; elementId: string; step: number | null }>;
  openUserTasks: Array<{ elementId: string; assignee: string | null }>;
}

/**
 * The status of an application's case as GET /api/applications/:id reads it from the engine's
 * history, on a lifecycle driven past its decision (test copies of the called processes and test
 * workers stand in for what has no real worker yet).
 */
describe('GET /api/applications/:id: the case\'s current step, called processes included', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let harness: LifecycleHarness;
  let c: LifecycleCase | undefined;
  beforeAll(async () => {
    system = await startTestSystem();
    harness = await startLifecycleHarness();
  });
  afterAll(async () => {
    await c?.cancel();
    await harness?.close();
    await system?.close();
  });

  const status = async (id: string): Promise<Status> => (await system.api().get(`/api/applications/${id}`).auth('manager.zhang', 'manager.zhang-local').expect(200)).body;
  const statusWhen = (id: string, what: string, probe: (found: Status) => boolean) =>
    waitFor(what, async () => {
      const found = await status(id);
      return probe(found) ? found : undefined;
    });
  const active = (found: Status) => found.activeElements.map((element) => [element.processId, element.elementId, element.step]);

  it('when the case goes from its term into dunning and a dispute, then the status follows the steps, the called dunning and the arbitration beside it; withdrawn, it stops there', async () => {
    // given an application (the case records it) whose case has reached the receivable's term
    c = await LifecycleCase.start(harness);
    const { start } = c;
    await steps.reachTerm(c, 300_000);

    // then it stands in step 8, waiting for the payment inside the term's sub-process
    const inTerm = await statusWhen(start.applicationId, 'the term', (found) => found.activeElements.some((element) => element.elementId === el.paymentReceived));
    expect(inTerm).toMatchObject({ state: 'ACTIVE', currentStep: { number: 8, name: 'during the credit term', phase: 'after the sale' }, sideActivities: [] });
    expect(active(inTerm)).toEqual(expect.arrayContaining([[processId, el.receivableDuringTerm, 8], [processId, el.paymentReceived, 8]]));

    // when the due date passes unpaid and the customer disputes the delivery
    const { dueAt } = (await c.variables()) as { dueAt: string };
    const overdue = await moveClockTo(harness, new Date(new Date(dueAt).getTime() + 60_000));
    const dunning = await c.calledInstance('dunning', overdue);
    await c.publish('dispute-raised', { applicationId: start.applicationId, receivableId: c.receivableId, disputedAmount: 20_000, disputeCategory: 'QUANTITY', disputeReason: 'Two pallets short on delivery.' });
    await c.userTask(el.arbitrateDispute);

    // then the case is past due (step 9): the dunning it called waits for a payment or 90 days, the half-term follow-up (step 8) is still open,
    // and the chair's arbitration runs beside the steps
    const inDunning = await statusWhen(start.applicationId, 'the dunning and the arbitration', (found) =>
      found.activeElements.some((element) => element.processId === 'dunning') && found.openUserTasks.some((task) => task.elementId === el.arbitrateDispute));
    expect(inDunning).toMatchObject({ state: 'ACTIVE', currentStep: { number: 9, name: 'past due' } });
    expect(inDunning.sideActivities).toContain('dispute arbitration');
    // the test customer's tax id is shared with other suites' cases: a daily monitoring run the clock move
    // started may have frozen its group for another case's overdue receivable, which every open case is told
    const besides = inDunning.sideActivities.filter((activity) => activity !== 'dispute arbitration');
    if (besides.length > 0) {
      expect(besides).toEqual(['credit frozen']);
      expect(await harness.db('credit_freeze').where({ tax_id: start.taxId }).first()).toBeDefined();
    }
    expect(active(inDunning)).toEqual(expect.arrayContaining([
      [processId, el.dunning, 9],
      ['dunning', 'Gateway_AwaitDunningOutcome', 9],
      [processId, el.followUpCollection, 8],
      [processId, el.arbitrateDispute, null],
    ]));
    expect(inDunning.activeElements.find((element) => element.processId === 'dunning')?.processInstanceKey).toBe(dunning.processInstanceKey);
    expect(inDunning.openUserTasks.map((task) => task.elementId).sort()).toEqual([el.arbitrateDispute, el.followUpCollection].sort());
    expect(inDunning.openUserTasks.find((task) => task.elementId === el.arbitrateDispute)?.assignee).toBe(start.committeeChair);

    // when the application is withdrawn
    await system.api().post(`/api/applications/${start.applicationId}/withdrawal`).auth('sales.li', 'sales.li-local').expect(200);

    // then the case and the dunning it called are terminated, and the status keeps the step it stopped at
    const withdrawn = await statusWhen(start.applicationId, 'the case terminated', (found) => found.state === 'TERMINATED');
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', currentStep: { number: 9 }, activeElements: [], openUserTasks: [], sideActivities: [] });
    const dunningEnd = (await system.history.elementEvents(dunning.processInstanceKey)).filter((event) => event.elementType === 'PROCESS' && event.intent !== 'ELEMENT_ACTIVATED');
    expect(dunningEnd.map((event) => event.intent)).toEqual(['ELEMENT_TERMINATED']);
  });
});
