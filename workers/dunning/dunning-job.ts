import { IncidentError, type JobContext } from '../../src/engine/zod-external-task-worker';
import { NoticeStateUnknownError } from '../../src/dunning/dunning-notice.service';
import { ConflictError, NotFoundError } from '../../src/domain/errors';

/** The engine's calendar day (UTC) when it handed out the job: the day fees are posted and notices dated. */
export const engineDay = (job: JobContext) => job.engineNow.toISOString().slice(0, 10);

/**
 * Runs a dunning job's work; data that retries cannot fix (a receivable the ledger does not hold, an
 * unknown customer, a customer who does not owe the receivable, a notice interrupted mid-send) becomes
 * an incident with the service's message, for someone to look at.
 */
export async function incidentOnDataError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ConflictError || error instanceof NoticeStateUnknownError) throw new IncidentError(error.message);
    throw error;
  }
}
