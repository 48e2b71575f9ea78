import type { InstanceView } from '../engine/history/engine-history.reader';
import { creditLifecycleProcess } from './credit-lifecycle.contract';

/**
 * `credit_application.status`: OPEN while the case runs; when it ends, how it ended. CLOSED: the case
 * completed (the transaction closed, or no deal); REJECTED: it ended at the credit rejection;
 * WITHDRAWN: sales withdrew the application (its case was deleted); TERMINATED: the case was cancelled
 * in the engine for another reason (e.g. an operator in Cockpit).
 */
export const endedApplicationStatuses = ['CLOSED', 'REJECTED', 'WITHDRAWN', 'TERMINATED'] as const;
export type EndedApplicationStatus = (typeof endedApplicationStatuses)[number];

export const hasEnded = (status: string): status is EndedApplicationStatus => (endedApplicationStatuses as readonly string[]).includes(status);

/**
 * The status an application takes when its case (the root instance) has ended. A case deleted through
 * the engine is TERMINATED here; the withdrawal that deleted it marks its row WITHDRAWN itself.
 */
export function statusOfEndedCase(instance: Pick<InstanceView, 'state' | 'endActivityId'>): Exclude<EndedApplicationStatus, 'WITHDRAWN'> {
  if (instance.state === 'EXTERNALLY_TERMINATED') return 'TERMINATED';
  return instance.endActivityId === creditLifecycleProcess.elements.creditRejected ? 'REJECTED' : 'CLOSED';
}
