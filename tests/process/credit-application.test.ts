import { login } from '../support/local-passwords';
import { creditApplicationProcess as contract } from '../../src/contracts/credit-application.contract';
import { ApplicationAssessmentRepository } from '../../src/db/application-assessment.repository';
import { AuditEventRepository } from '../../src/db/audit-event.repository';
import { startSkeletonCase } from '../support/skeleton-case';
import { startTestSystem, waitForCompletedElement, waitForUserTask } from '../support/test-system';

const validApplication = {
  companyName: 'Hangzhou Sample Machinery Co., Ltd.',
  taxId: '91330100MA27XL0Q2B',
  requestedLimit: 800000,
  currency: 'CNY',
};

describe('walking skeleton: credit application through the real engine', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  it('when an application is started, then it is scored, reviewed in a user task with its form, and completed', async () => {
    // given the process is deployed (with its form, by the system's start) and the workers run
    expect(system.deployed.map((resource) => resource.id)).toContain(contract.processId);

    // when an application starts the skeleton (the API starts the credit lifecycle instead)
    const { id, processInstanceId } = await startSkeletonCase(system, validApplication);

    // then the scoring worker completes its job and a review user task with the linked form appears
    const task = await waitForUserTask(system.history, processInstanceId, contract.elements.reviewApplication);
    expect(task).toMatchObject({ candidateGroups: ['credit-analyst'], formKey: contract.forms.reviewApplication, assignee: null });
    const assessment = await new ApplicationAssessmentRepository(system.db).recordAssessment(id, {
      reviewTier: 'core', reviewSlaWorkingDays: 1, prepaymentRequired: false, reasons: [], policyVersion: 'must-not-overwrite',
    }, new Date(0));
    expect(assessment.assessment).toMatchObject({ reviewTier: 'basic', reviewSlaWorkingDays: 5, prepaymentRequired: true, policyVersion: 'skeleton-2026-11' });

    // and the worker's decision is in the audit log, attributed to it and to this instance
    const audited = await new AuditEventRepository(system.db).allInOrder();
    expect(audited).toContainEqual(expect.objectContaining({ actor: 'worker:score-application', role: 'worker', target: `process_instance/${processInstanceId}`, result: 'COMPLETED' }));

    // and the status read through our API shows the open task (no lifecycle step: the skeleton has none)
    const status = await system.api().get(`/api/applications/${id}`).auth(...login('analyst.wang')).expect(200);
    expect(status.body).toMatchObject({ processId: contract.processId, state: 'ACTIVE', currentStep: null });
    expect(status.body.openUserTasks).toEqual([expect.objectContaining({ taskId: task.taskId, elementId: contract.elements.reviewApplication })]);

    // when an analyst claims and completes the task through the engine's REST API
    await system.engine.claimTask(task.taskId, 'analyst.wang');
    await system.engine.completeTask(task.taskId, { reviewDecision: 'APPROVED', reviewComment: 'Registry and references check out.' });

    // then the instance ends at "application reviewed", and its history shows the path taken
    await waitForCompletedElement(system.history, processInstanceId, contract.elements.applicationReviewed);
    expect(await system.history.instance(processInstanceId)).toMatchObject({ state: 'COMPLETED' });
    const completed = await system.history.completedElementIds(processInstanceId);
    expect(completed).toEqual([
      contract.elements.start,
      contract.elements.scoreApplication,
      contract.elements.reviewApplication,
      contract.elements.applicationReviewed,
    ]);
    expect(completed).not.toContain(contract.elements.recordReviewSlaBreach);
    expect(await system.history.openUserTasks(processInstanceId)).toEqual([]);
  });
});
