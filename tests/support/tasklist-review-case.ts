import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { deployResources } from '../../src/engine/deployment';
import type { TestSystem } from './test-system';
import { ProcessDriver } from './process-driver';

/** A case that waits at an analyst's review in Tasklist, and what the browser test expects of it. */
export interface TasklistReviewCase {
  /** Which process the review belongs to (printed in the test's name). */
  label: string;
  /** The task's name as Tasklist lists it. */
  taskName: string;
  /** The labels of the choice the analyst picks and of her comment. */
  decisionLabel: string;
  commentLabel: string;
  /** Starts one case for this test run and waits until the review task is open; `shownFields`: the form's read-only fields, label → value. */
  start(system: TestSystem): Promise<{ processInstanceId: string; taskId: string; shownFields: Record<string, string> }>;
  /** After Tasklist completed the review: the element the case moved on to, its candidate group, and the process variables. */
  next: { elementId: string; candidateGroups: string[] };
  reviewElementId: string;
  outputs: (comment: string) => Record<string, unknown>;
  /** Form fields that must stay local to the task (not leak into the process). */
  localFields: string[];
}

const fixtureDir = path.join(__dirname, '..', 'fixtures', 'tasklist');

/** The fixture process `tests/fixtures/tasklist/tasklist-review.bpmn`: an analyst review with a linked Camunda Form. */
export const fixtureAnalystReview: TasklistReviewCase = {
  label: 'fixture process tasklist-review',
  taskName: '信用专员审查 Analyst review',
  decisionLabel: '批准 Approve',
  commentLabel: '审查意见 Comment',
  reviewElementId: 'Task_AnalystReview',
  next: { elementId: 'Task_ManagerReview', candidateGroups: ['credit-manager'] },
  outputs: (comment) => ({ analystDecision: 'APPROVE', analystComment: comment }),
  localFields: ['decision', 'comment'],
  async start(system) {
    const files = ['tasklist-review.bpmn', 'tasklist-analyst-review.form'];
    const deployed = await deployResources(system.engine, files.map((name) => ({ name, content: fs.readFileSync(path.join(fixtureDir, name)) })), { name: 'tasklist-fixture', source: 'tasklist test' });
    const definition = deployed.find((resource) => resource.kind === 'process' && resource.id === 'tasklist-review');
    const customerName = `Tasklist 测试客户 ${randomUUID().slice(0, 8)} Co., Ltd.`;
    const driver = await ProcessDriver.start(
      { ...system, deployed },
      definition?.id ?? 'tasklist-review',
      { customerName, requestedLimit: 480_000, reviewDueAt: new Date(Date.now() + 2 * 86_400_000).toISOString() },
      `tasklist-${randomUUID()}`,
    );
    const [task] = await driver.userTasks('Task_AnalystReview');
    return {
      processInstanceId: driver.processInstanceId,
      taskId: task?.taskId as string,
      shownFields: { '客户 Customer': customerName, '申请授信额度 Requested credit limit (CNY)': '480000' },
    };
  },
};

/**
 * THE HOOK: the case the Tasklist test drives. Switch to the lifecycle's real analyst review (a case
 * started with POST /api/applications, reaching tiered-review's Task_AnalystReview with the form
 * analyst-credit-review) once the lifecycle and tiered-review models are verified: implement a second
 * TasklistReviewCase beside the fixture and return it here.
 */
export function tasklistReviewCase(): TasklistReviewCase {
  return fixtureAnalystReview;
}
