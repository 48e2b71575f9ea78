import { creditApplicationProcess as contract } from '../../src/contracts/credit-application.contract';
import { ApplicationAssessmentRepository } from '../../src/db/application-assessment.repository';
import { engineNow, moveEngineClock } from '../support/engine-clock';
import { startSkeletonCase } from '../support/skeleton-case';
import { startTestSystem, waitForCompletedElement, waitForUserTask } from '../support/test-system';
import { waitFor } from '../support/wait-for';

describe('review SLA timer on the controlled engine clock', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  it('when the engine clock passes the review due date, then the breach is recorded and the review stays open', async () => {
    // given an urgent application waiting in review (priority tier: 3 working days)
    const { id, processInstanceId } = await startSkeletonCase(system, { companyName: 'Suzhou Timer Test Textiles Co., Ltd.', taxId: '91320500MA1N2T3E4X', requestedLimit: 120000, urgent: true });
    const task = await waitForUserTask(system.history, processInstanceId, contract.elements.reviewApplication);
    const assessments = new ApplicationAssessmentRepository(system.db);
    const stored = await system.db('application_assessment').where({ application_id: id }).first();
    const dueAt = new Date(stored.review_due_at);
    expect(await assessments.slaBreachOf(id)).toBeUndefined();

    // when the engine's clock is moved one hour past the due date (no waiting)
    const now = await engineNow();
    await moveEngineClock(dueAt.getTime() - now.getTime() + 60 * 60 * 1000);

    // then the non-interrupting timer fires, the worker records the breach once, and the review is still open
    await waitForCompletedElement(system.history, processInstanceId, contract.elements.slaBreachRecorded);
    const breach = await waitFor('SLA breach row', () => assessments.slaBreachOf(id));
    expect(breach.reviewDueAt.toISOString()).toBe(dueAt.toISOString());
    expect((await system.history.openUserTasks(processInstanceId)).map((open) => open.taskId)).toEqual([task.taskId]);

    // and completing the review still ends the case normally
    await system.engine.completeTask(task.taskId, { reviewDecision: 'REJECTED', reviewComment: 'Late, and the references are missing.' });
    await waitForCompletedElement(system.history, processInstanceId, contract.elements.applicationReviewed);
    expect(await system.history.instance(processInstanceId)).toMatchObject({ state: 'COMPLETED' });
  });
});
