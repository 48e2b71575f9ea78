import { login } from './local-passwords';
import { randomUUID } from 'node:crypto';
import type { TestSystem } from './test-system';
import { ProcessDriver } from './process-driver';
import { reviewSlaJobTypes } from '../../src/contracts/review-sla.contract';
import { tieredReviewProcess } from '../../src/contracts/tiered-review.contract';
import type { UserTaskView } from '../../src/engine/history/engine-history.reader';
import { creditDecisionInput } from '../fixtures/credit-decisions/credit-decision-input';
import { fullStatementPdf } from '../fixtures/statements/statement-documents.fixture';
import { applyThroughApi } from './application-through-api';
import { useInvestigationProvider, type InvestigationProvider } from './investigation-provider';
import { waitFor } from './wait-for';

/** A case that waits at an analyst's review in Tasklist, and what the browser test expects of it. */
export interface TasklistReviewCase {
  /** Which process the review belongs to (printed in the test's name). */
  label: string;
  /** The task's name as Tasklist lists it. */
  taskName: string;
  /** The labels of the choice the analyst picks and of her comment. */
  decisionLabel: string;
  commentLabel: string;
  /** Before the system starts: the outside systems the case needs (the answer stops them). */
  setUp?(): Promise<{ tearDown(): Promise<void> }>;
  /**
   * Starts one case for this test run and waits until the review task is open: the instance the task is in,
   * the application whose status our API reports (when the case came through it), and `shownFields`: the
   * form's read-only fields, label → value.
   */
  start(system: TestSystem): Promise<{ processInstanceId: string; taskId: string; applicationId?: string; shownFields: Record<string, string> }>;
  /** After Tasklist completed the review: the element the case moved on to, its candidate group, and the process variables. */
  next: { elementId: string; candidateGroups: string[] };
  reviewElementId: string;
  outputs: (comment: string) => Record<string, unknown>;
  /** Form fields that must stay local to the task (not leak into the process). */
  localFields: string[];
  /** The worker topics the case needs on its way to the review and after it (all when absent). */
  workerTopics?: string[];
}

/**
 * The product's own analyst review: the deployed `tiered-review` process started with the decision
 * request the lifecycle sends it (a limit beyond the analyst's authority, so the credit manager
 * decides next), its real SLA-deadline worker and its form `analyst-credit-review`.
 */
export const tieredAnalystReview: TasklistReviewCase = {
  label: 'tiered-review, the lifecycle\'s review',
  taskName: '信用专员审查 Review as credit analyst',
  decisionLabel: '批准 Approve',
  commentLabel: '理由 Reason',
  reviewElementId: tieredReviewProcess.elements.analystReview,
  next: { elementId: tieredReviewProcess.elements.managerReview, candidateGroups: ['credit-manager'] },
  outputs: (comment) => ({ analystDecision: 'APPROVE', approvedLimit: 2_000_000, approvedTermDays: 45, decisionReasons: [comment] }),
  localFields: ['decision', 'comment', 'limit'],
  workerTopics: [reviewSlaJobTypes.computeSlaDeadline],
  async start(system) {
    const customerName = `Tasklist 测试客户 ${randomUUID().slice(0, 8)} Co., Ltd.`;
    const request = creditDecisionInput({ customerName, proposedLimit: 2_000_000, termDays: 45, score: 84 });
    const driver = await ProcessDriver.start(system, tieredReviewProcess.processId, request, request.applicationId);
    const [task] = await driver.userTasks(tieredReviewProcess.elements.analystReview);
    return {
      processInstanceId: driver.processInstanceId,
      taskId: task?.taskId as string,
      shownFields: { '客户 Customer': customerName, '信用评分（0–100） Credit score (0–100)': '84', '客户分级 Customer tier': 'priority' },
    };
  },
};

/**
 * The analyst review of a real case, as issue 10 asks: sales register a customer and apply through
 * POST /api/applications, the lifecycle investigates, reads the uploaded statements, scores and routes
 * the case to tiered review (a limit the analyst may not approve alone), where it waits for the analyst.
 */
let investigation: InvestigationProvider | undefined;
export const lifecycleAnalystReview: TasklistReviewCase = {
  ...tieredAnalystReview,
  label: 'a case started with POST /api/applications',
  outputs: (comment) => ({ analystDecision: 'APPROVE', decisionReasons: [comment] }),
  workerTopics: undefined,
  async setUp() {
    investigation = await useInvestigationProvider();
    return { tearDown: async () => investigation?.close() };
  },
  async start(system) {
    if (!investigation) throw new Error('setUp() first: the case needs the registry and bureau stand-ins');
    const applied = await applyThroughApi(system, investigation, { label: `TL${randomUUID().slice(0, 4).toUpperCase()}`, statementDocument: fullStatementPdf, fileName: 'statements-2025.pdf' });
    const task = await waitFor('the analyst review of the case', async () => {
      const status = (await system.api().get(`/api/applications/${applied.applicationId}`).auth(...login('manager.zhang')).expect(200)).body as { openUserTasks: UserTaskView[] };
      return status.openUserTasks.find((open) => open.elementId === tieredReviewProcess.elements.analystReview);
    }, 180_000);
    const shown = await system.history.variables(task.processInstanceId);
    return {
      processInstanceId: task.processInstanceId,
      taskId: task.taskId,
      applicationId: applied.applicationId,
      shownFields: { '客户 Customer': String(shown.customerName), '信用评分（0–100） Credit score (0–100)': String(shown.score), '客户分级 Customer tier': String(shown.customerTier) },
    };
  },
};

/** The case the Tasklist test drives: a real case, started through our API, at its analyst review. */
export function tasklistReviewCase(): TasklistReviewCase {
  return lifecycleAnalystReview;
}
