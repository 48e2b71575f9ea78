/** What the history reader answers about the people, operations and jobs of an instance (audit and replay). */

export interface UserTaskHistoryView {
  taskId: string;
  elementId: string;
  name: string | null;
  /** The user task's activity instance. */
  activityInstanceId: string;
  assignee: string | null;
  owner: string | null;
  /** Who was asked (candidate groups at creation). */
  candidateGroups: string[];
  createdAt: string;
  endedAt: string | null;
  dueDate: string | null;
  followUpDate: string | null;
  priority: number;
  /** Operaton's task state: Created, Updated, Completed, Deleted. */
  state: string;
  /** Why it ended: completed, deleted, or the reason of a cancellation. */
  deleteReason: string | null;
}

/** One operation of the user operation log (its per-property rows folded together). */
export interface OperationView {
  operationId: string;
  /** Create, Complete, Claim, Assign, Delete, SetJobRetries, ModifyProcessInstance … */
  operationType: string;
  /** ProcessInstance, Task, Job, ExternalTask, Variable … */
  entityType: string;
  /** The engine user who did it (staff in Tasklist/Cockpit, or the service user for the API and workers). */
  userId: string | null;
  at: string;
  taskId: string | null;
  jobId: string | null;
  externalTaskId: string | null;
  changes: Array<{ property: string | null; from: string | null; to: string | null }>;
  annotation: string | null;
}

export interface ExternalTaskLogView {
  at: string;
  event: 'created' | 'failed' | 'completed' | 'deleted';
  externalTaskId: string;
  topic: string;
  workerId: string | null;
  retries: number | null;
  errorMessage: string | null;
  elementId: string;
  activityInstanceId: string;
}

export interface JobLogView {
  at: string;
  event: 'created' | 'failed' | 'succeeded' | 'deleted';
  jobId: string;
  /** timer-transition, timer-intermediate-transition, timer-start-event-subprocess, async-continuation … */
  jobType: string;
  /** The timer's definition (DATE: …, DURATION: …) or the continuation's. */
  configuration: string | null;
  dueDate: string | null;
  retries: number | null;
  exceptionMessage: string | null;
  elementId: string | null;
  failedElementId: string | null;
}
