import { creditDecisionOutputSchema } from '../../src/contracts/credit-decision.contract';
import { greenChannelProcess as contract } from '../../src/contracts/green-channel.contract';
import { addWorkingDays } from '../../src/domain/calendar/working-days';
import { loadWorkingCalendar } from '../../src/policy/working-calendar.policy';
import { ReviewEscalationRepository } from '../../src/db/review-escalation.repository';
import { creditDecisionInput } from '../fixtures/credit-decisions/credit-decision-input';
import { engineNow, moveEngineClock } from '../support/engine-clock';
import { ProcessDriver } from '../support/process-driver';
import { startTestSystem } from '../support/test-system';

const { elements: e } = contract;

describe('green channel on the real engine', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  it('when a low-risk customer is routed to auto-approval, then it is approved with no human step', async () => {
    const driver = await ProcessDriver.start(system, contract.processId, creditDecisionInput({ route: 'AUTO_APPROVE', routeReason: 'LOW_RISK_LONG_STANDING', proposedLimit: 900_000, termDays: 30 }));
    const passed = await driver.waitUntilCompleted(e.autoApproved);
    expect(passed).not.toContain(e.coordinateUrgentRequest);
    expect(await system.history.openUserTasks(driver.processInstanceId)).toEqual([]);
    expect(creditDecisionOutputSchema.parse(await driver.variables())).toEqual({
      creditDecision: 'APPROVED', approvedLimit: 900_000, approvedTermDays: 30, decidedBy: 'GREEN_CHANNEL_AUTO', decisionReasons: ['LOW_RISK_LONG_STANDING'],
    });
  });

  it.each([
    ['APPROVE', 'APPROVED', e.urgentApproved, e.urgentRejected],
    ['REJECT', 'REJECTED', e.urgentRejected, e.urgentApproved],
  ] as const)('when the coordinator decides %s on an urgent request, then it ends %s', async (decision, outcome, reached, notReached) => {
    const driver = await ProcessDriver.start(system, contract.processId, creditDecisionInput({ route: 'URGENT_COORDINATOR' }));
    const [task] = await driver.userTasks(e.coordinateUrgentRequest);
    expect(task?.candidateGroups).toEqual(['credit-manager']);
    await driver.complete(task!, { decision, limit: 250_000, termDays: 30, comment: 'Coordinated with finance and sales heads.' });
    const passed = await driver.waitUntilCompleted(reached);
    expect(passed).not.toContain(notReached);
    expect(passed).not.toContain(e.escalateUrgentRequest);
    expect(await driver.variables()).toMatchObject({ creditDecision: outcome, decidedBy: 'URGENT_COORDINATOR' });
  });

  it('when an urgent request waits past 2 working days, then it is escalated and the coordinator still decides', async () => {
    const driver = await ProcessDriver.start(system, contract.processId, creditDecisionInput({ route: 'URGENT_COORDINATOR' }));
    const [task] = await driver.userTasks(e.coordinateUrgentRequest);
    const { urgentDueAt, applicationId } = (await driver.variables()) as { urgentDueAt: string; applicationId: string };
    const now = await engineNow();
    const calendar = loadWorkingCalendar();
    expect(new Date(urgentDueAt).getTime()).toBeGreaterThanOrEqual(addWorkingDays(new Date(now.getTime() - 60_000), 2, calendar).getTime());
    expect(new Date(urgentDueAt).getTime()).toBeLessThanOrEqual(addWorkingDays(now, 2, calendar).getTime());
    await moveEngineClock(new Date(urgentDueAt).getTime() - now.getTime() + 60_000);
    await driver.waitUntilCompleted(e.urgentRequestEscalated);
    expect((await new ReviewEscalationRepository(system.db).forApplication(applicationId)).map((row) => row.reviewLevel)).toEqual(['URGENT']);
    await driver.complete(task!, { decision: 'APPROVE', limit: 100_000, termDays: 30, comment: 'Approved late after escalation.' });
    await driver.waitUntilCompleted(e.urgentApproved);
  });
});
