import { creditDecisionOutputSchema } from '../../src/contracts/credit-decision.contract';
import { addWorkingDays } from '../../src/domain/calendar/working-days';
import { loadWorkingCalendar } from '../../src/policy/working-calendar.policy';
import { tieredReviewProcess as contract } from '../../src/contracts/tiered-review.contract';
import { ReviewEscalationRepository } from '../../src/db/review-escalation.repository';
import { creditDecisionInput } from '../fixtures/credit-decisions/credit-decision-input';
import { ProcessDriver } from '../support/process-driver';
import { engineNow, moveEngineClock } from '../support/engine-clock';
import { startTestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

const { elements: e } = contract;
const approve = (limit: number, termDays: number) => ({ decision: 'APPROVE', limit, termDays, comment: 'Financials and references are sound.' });
const reject = { decision: 'REJECT', limit: 0, termDays: 0, comment: 'Registry shows unresolved litigation.' };
const vote = (value: 'APPROVE' | 'REJECT') => ({ vote: value, comment: `Committee member votes ${value.toLowerCase()}.` });

describe('tiered review on the real engine', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let escalations: ReviewEscalationRepository;
  beforeAll(async () => {
    system = await startTestSystem();
    escalations = new ReviewEscalationRepository(system.db);
  });
  afterAll(async () => {
      await system.close();
  });

  async function decisionOf(driver: ProcessDriver) {
    return creditDecisionOutputSchema.parse(await driver.variables());
  }

  it('when the analyst approves a green, low-risk limit within authority, then it is approved at level 1 only', async () => {
    const driver = await ProcessDriver.start(system, contract.processId, creditDecisionInput({ proposedLimit: 400_000, customerTier: 'core' }));
    const [task] = await driver.userTasks(e.analystReview);
    // the task is due at its SLA deadline, to be followed up when it escalates (the breach timer fires then), and ranks by the customer's tier
    const { analystDueAt } = (await driver.variables()) as { analystDueAt: string };
    const breachTimer = await system.engine.get<Array<{ dueDate: string }>>('/job', { processInstanceId: driver.processInstanceId, activityId: 'BoundaryEvent_AnalystSlaBreached' });
    expect(breachTimer.map((job) => new Date(job.dueDate).toISOString())).toEqual([new Date(analystDueAt).toISOString()]);
    expect({ due: task?.dueDate, followUp: task?.followUpDate, priority: task?.priority, groups: task?.candidateGroups }).toEqual({ due: new Date(analystDueAt).toISOString(), followUp: new Date(analystDueAt).toISOString(), priority: 80, groups: ['credit-analyst'] });
    await driver.complete(task!, approve(380_000, 45));
    const passed = await driver.waitUntilCompleted(e.approvedByAnalyst);
    expect(passed).not.toContain(e.managerReview);
    // the form's own fields stayed local to the task: only the mapped decision reached the process
    expect(Object.keys(await driver.variables())).not.toEqual(expect.arrayContaining(['decision']));
    expect(Object.keys(await driver.variables())).not.toContain('comment');
    expect(await decisionOf(driver)).toEqual({ creditDecision: 'APPROVED', approvedLimit: 380_000, approvedTermDays: 45, decidedBy: 'ANALYST', decisionReasons: ['Financials and references are sound.'] });
  });

  it('when the analyst rejects, then the case ends rejected with the reason', async () => {
    const driver = await ProcessDriver.start(system, contract.processId, creditDecisionInput());
    await driver.completeOnly(e.analystReview, reject);
    const passed = await driver.waitUntilCompleted(e.rejectedByAnalyst);
    expect(passed).not.toContain(e.managerReview);
    expect(await decisionOf(driver)).toMatchObject({ creditDecision: 'REJECTED', decidedBy: 'ANALYST', decisionReasons: [reject.comment] });
  });

  it('when the limit exceeds analyst authority, then the manager decides at level 2', async () => {
    const driver = await ProcessDriver.start(system, contract.processId, creditDecisionInput({ proposedLimit: 2_000_000 }));
    await driver.completeOnly(e.analystReview, approve(2_000_000, 45));
    await driver.completeOnly(e.managerReview, approve(1_800_000, 30));
    const passed = await driver.waitUntilCompleted(e.approvedByManager);
    expect(passed).not.toContain(e.committeeVote);
    expect(await decisionOf(driver)).toMatchObject({ creditDecision: 'APPROVED', approvedLimit: 1_800_000, approvedTermDays: 30, decidedBy: 'MANAGER' });
  });

  it('when manager and analyst disagree, then the chair arbitrates and the ruling decides', async () => {
    const driver = await ProcessDriver.start(system, contract.processId, creditDecisionInput({ proposedLimit: 2_000_000, colour: 'yellow' }));
    await driver.completeOnly(e.analystReview, approve(2_000_000, 30));
    await driver.completeOnly(e.managerReview, reject);
    const [arbitration] = await driver.userTasks(e.chairArbitration);
    expect(arbitration?.assignee).toBe('general.manager');
    await driver.complete(arbitration!, approve(1_000_000, 30));
    const passed = await driver.waitUntilCompleted(e.arbitrationRuled);
    expect(passed).not.toContain(e.committeeVote);
    expect(await decisionOf(driver)).toMatchObject({ creditDecision: 'APPROVED', approvedLimit: 1_000_000, decidedBy: 'ARBITRATION' });
  });

  async function toCommittee(overrides = {}) {
    const driver = await ProcessDriver.start(system, contract.processId, creditDecisionInput({ colour: 'red', score: 55, creditGrade: 'C', ...overrides }));
    await driver.completeOnly(e.analystReview, approve(300_000, 60));
    await driver.completeOnly(e.managerReview, approve(300_000, 60));
    const ballots = await driver.userTasks(e.committeeVote, 4);
    expect(ballots.map((ballot) => ballot.assignee).sort()).toEqual(['head.finance', 'head.legal', 'head.risk', 'head.sales']);
    return { driver, ballots };
  }

  it('when a high-risk case gets a committee majority for approval, then it is approved by the committee', async () => {
    const { driver, ballots } = await toCommittee();
    for (const [index, ballot] of ballots.entries()) await driver.complete(ballot, vote(index < 3 ? 'APPROVE' : 'REJECT'));
    const passed = await driver.waitUntilCompleted(e.approvedByCommittee);
    expect(passed).not.toContain(e.chairCastingVote);
    // every ballot is in the tally once, with its member's vote and comment
    const votes = (await driver.variables()).committeeVotes as Array<{ committeeMember: string; vote: string; comment: string }>;
    expect(votes.map((ballot) => ballot.committeeMember).sort()).toEqual(['head.finance', 'head.legal', 'head.risk', 'head.sales']);
    expect(votes.filter((ballot) => ballot.vote === 'APPROVE')).toHaveLength(3);
    expect(await decisionOf(driver)).toMatchObject({ creditDecision: 'APPROVED', decidedBy: 'COMMITTEE', approvedLimit: 300_000 });
  });

  it('when the committee majority rejects, then it is rejected with the rejecting members\' reasons', async () => {
    const { driver, ballots } = await toCommittee();
    for (const [index, ballot] of ballots.entries()) await driver.complete(ballot, vote(index === 0 ? 'APPROVE' : 'REJECT'));
    await driver.waitUntilCompleted(e.rejectedByCommittee);
    const decision = await decisionOf(driver);
    expect(decision).toMatchObject({ creditDecision: 'REJECTED', decidedBy: 'COMMITTEE' });
    expect(decision.decisionReasons).toHaveLength(3);
  });

  it('when the committee is tied, then the chair casts the deciding vote', async () => {
    const { driver, ballots } = await toCommittee();
    for (const [index, ballot] of ballots.entries()) await driver.complete(ballot, vote(index % 2 === 0 ? 'APPROVE' : 'REJECT'));
    const [casting] = await driver.userTasks(e.chairCastingVote);
    expect(casting?.assignee).toBe('general.manager');
    await driver.complete(casting!, { decision: 'REJECT', comment: 'Tie: too much exposure to one sector.' });
    await driver.waitUntilCompleted(e.tieBrokenByChair);
    expect(await decisionOf(driver)).toMatchObject({ creditDecision: 'REJECTED', decidedBy: 'COMMITTEE_CHAIR' });
  });

  it.each([
    ['core', 1],
    ['priority', 3],
    ['basic', 5],
  ] as const)('when a %s-tier review waits past its %i-working-day SLA, then it is escalated and stays open', async (tier, workingDays) => {
    // given an analyst review with the tier's SLA
    const driver = await ProcessDriver.start(system, contract.processId, creditDecisionInput({ customerTier: tier, reviewSlaWorkingDays: workingDays }));
    const [task] = await driver.userTasks(e.analystReview);
    const { analystDueAt } = (await driver.variables()) as { analystDueAt: string };
    const now = await engineNow();
    // then the deadline lies the tier's working days (weekends and the holiday table skipped) after the task began
    const calendar = loadWorkingCalendar();
    const dueAt = new Date(analystDueAt).getTime();
    expect(dueAt).toBeGreaterThanOrEqual(addWorkingDays(new Date(now.getTime() - 60_000), workingDays, calendar).getTime());
    expect(dueAt).toBeLessThanOrEqual(addWorkingDays(now, workingDays, calendar).getTime());
    expect(await escalations.forApplication((await driver.variables()).applicationId as string)).toEqual([]);
    // when the clock passes the deadline
    await moveEngineClock(new Date(analystDueAt).getTime() - now.getTime() + 60_000);
    // then the breach is escalated once and the review is still open
    await driver.waitUntilCompleted(e.escalateAnalystReview);
    const applicationId = (await driver.variables()).applicationId as string;
    expect((await escalations.forApplication(applicationId)).map((row) => [row.reviewLevel, row.dueAt])).toEqual([['ANALYST', analystDueAt]]);
    expect((await system.history.openUserTasks(driver.processInstanceId)).map((open) => open.taskId)).toEqual([task!.taskId]);
    await driver.complete(task!, reject);
    await driver.waitUntilCompleted(e.rejectedByAnalyst);
  });

  it('when manager review, committee vote and arbitration run late, then each level is escalated', async () => {
    // manager level
    const managerCase = await ProcessDriver.start(system, contract.processId, creditDecisionInput({ proposedLimit: 2_000_000, reviewSlaWorkingDays: 1 }));
    await managerCase.completeOnly(e.analystReview, approve(2_000_000, 45));
    await managerCase.userTasks(e.managerReview);
    const { managerDueAt, applicationId: managerApp } = (await managerCase.variables()) as { managerDueAt: string; applicationId: string };
    await moveEngineClock(new Date(managerDueAt).getTime() - (await engineNow()).getTime() + 60_000);
    await managerCase.waitUntilCompleted(e.escalateManagerReview);
    expect((await escalations.forApplication(managerApp)).map((row) => row.reviewLevel)).toEqual(['MANAGER']);

    // committee level
    const { driver: committeeCase } = await toCommittee({ reviewSlaWorkingDays: 1 });
    const { committeeDueAt, applicationId: committeeApp } = (await committeeCase.variables()) as { committeeDueAt: string; applicationId: string };
    await moveEngineClock(new Date(committeeDueAt).getTime() - (await engineNow()).getTime() + 60_000);
    await committeeCase.waitUntilCompleted(e.escalateCommitteeVote);
    await waitFor('committee escalation row', async () => (await escalations.forApplication(committeeApp)).length === 1);

    // arbitration: 24 hours
    const arbitrationCase = await ProcessDriver.start(system, contract.processId, creditDecisionInput({ proposedLimit: 2_000_000 }));
    await arbitrationCase.completeOnly(e.analystReview, approve(2_000_000, 45));
    await arbitrationCase.completeOnly(e.managerReview, reject);
    await arbitrationCase.userTasks(e.chairArbitration);
    await moveEngineClock(24 * 3_600_000 + 60_000);
    await arbitrationCase.waitUntilCompleted(e.escalateArbitration);
    const { applicationId: arbitrationApp } = (await arbitrationCase.variables()) as { applicationId: string };
    expect((await escalations.forApplication(arbitrationApp)).map((row) => row.reviewLevel)).toEqual(['ARBITRATION']);
  });
});
