import { z } from 'zod';
import { createZodJobWorker, IncidentError, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { contactChannelSchema, dunningProcess, sendDunningNoticeInputSchema, sendDunningNoticeOutputSchema } from '../../src/contracts/dunning.contract';
import type { DunningNoticeService } from '../../src/dunning/dunning-notice.service';
import type { Logger } from '../../src/logger';
import { engineDay, incidentOnDataError } from './dunning-job';

const taskType = dunningProcess.jobTypes.sendDunningNotice;

/**
 * The stage's notice on each channel the dunning-stage policy names, once per receivable, stage and
 * channel: letter = the PDF for posting, email = the PDF by SMTP. 'phone' sends nothing: the call is
 * the process's own user task for finance, and the contact log records it as scheduled. Returns the
 * letter and e-mail notices' ids.
 */
export function startSendDunningNoticeWorker(deps: { runtime: WorkerRuntime; notices: DunningNoticeService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType,
    inputSchema: sendDunningNoticeInputSchema,
    outputSchema: sendDunningNoticeOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: (input, job) =>
      incidentOnDataError(async () => {
        const channels = z.array(contactChannelSchema).safeParse(input.contactChannels);
        if (!channels.success) {
          throw new IncidentError(`The dunning-stage policy names contact channels [${input.contactChannels.join(', ')}]; known are ${contactChannelSchema.options.join(', ')}.`);
        }
        const notices = await deps.notices.sendForStage({
          receivableId: input.receivableId, customerId: input.customerId, stage: input.dunningStage, channels: channels.data, issuedOn: engineDay(job), actor: `worker:${taskType}`,
        });
        return { noticeIds: notices.map((notice) => notice.id) };
      }),
  });
}
