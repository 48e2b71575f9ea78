import { ConflictError, NotFoundError } from '../domain/errors';
import type { EngineClient } from '../engine/engine-client';
import { defaultRetries } from '../engine/zod-external-task-worker';
import { messageIdOf, type InDoubtMailKind, type InDoubtMailRecord, type InDoubtMailRepository, type InDoubtOutcome } from '../db/in-doubt-mail.repository';

export interface FailedMailTask {
  externalTaskId: string;
  processInstanceId: string;
  errorMessage: string;
}

/** A claim in doubt as finance sees it. */
export type InDoubtMail = Omit<InDoubtMailRecord, 'claimedAt' | 'secondsSinceClaim'> & {
  /** What to search the mail server's log for. */
  messageId: string;
  claimedAt: string;
  /** The engine task that stopped on this claim (an incident), if one did. */
  failedTask: FailedMailTask | null;
};

export interface MailResolution {
  kind: InDoubtMailKind;
  id: string;
  outcome: InDoubtOutcome;
  resolvedBy: string;
  /** External tasks given their retries back: they now finish the step (sending once where it did not leave). */
  retriedTasks: string[];
}

/**
 * Finance's way out of "interrupted while sending": a notice or reminder claimed but never confirmed is
 * listed with the Message-ID to look for in the mail server's log; finance records what the log shows
 * (sent, or not sent) and the engine task that stopped on it is retried, which then completes without
 * sending or sends exactly once. Only claims older than any send can last may be resolved.
 */
export class InDoubtMailService {
  constructor(private readonly deps: { mails: InDoubtMailRepository; engine: EngineClient; inDoubtAfterSeconds: number }) {}

  get inDoubtAfterSeconds(): number {
    return this.deps.inDoubtAfterSeconds;
  }

  async list(): Promise<InDoubtMail[]> {
    const records = await this.deps.mails.list(this.deps.inDoubtAfterSeconds);
    const failed = records.length > 0 ? await this.failedTasks() : [];
    return records.map(({ claimedAt, secondsSinceClaim: _age, ...record }) => ({
      ...record, messageId: messageIdOf(record.id), claimedAt: claimedAt.toISOString(), failedTask: failed.find((task) => task.errorMessage.includes(record.id)) ?? null,
    }));
  }

  async resolve(input: { kind: InDoubtMailKind; id: string; outcome: InDoubtOutcome; note: string; actor: string }): Promise<MailResolution> {
    const mail = await this.deps.mails.find(input.kind, input.id);
    if (mail) {
      this.refuseWhileInFlight(mail);
      const applied = await this.deps.mails.resolve(mail, input);
      if (applied) return { kind: input.kind, id: input.id, outcome: input.outcome, resolvedBy: input.actor, retriedTasks: await this.retryTasksNaming(input.id) };
    }
    // no claim in doubt any more: the same resolution again is answered (and its task retried if it still waits); another is refused
    const earlier = await this.deps.mails.resolutionOf(input.id);
    if (!earlier) throw new NotFoundError(`No ${input.kind} ${input.id} is in doubt: it is unknown, or it was sent and confirmed normally.`);
    if (earlier.outcome !== input.outcome) {
      throw new ConflictError(`The ${input.kind} ${input.id} was already resolved as ${earlier.outcome} by ${earlier.resolvedBy}; it cannot now be ${input.outcome}.`, { outcome: earlier.outcome, resolvedBy: earlier.resolvedBy });
    }
    return { kind: input.kind, id: input.id, outcome: earlier.outcome, resolvedBy: earlier.resolvedBy, retriedTasks: await this.retryTasksNaming(input.id) };
  }

  private refuseWhileInFlight(mail: InDoubtMailRecord): void {
    const wait = Math.ceil(this.deps.inDoubtAfterSeconds - mail.secondsSinceClaim);
    if (wait > 0) {
      throw new ConflictError(`The ${mail.kind} ${mail.id} was claimed ${Math.floor(mail.secondsSinceClaim)} s ago and may still be on its way; it can be resolved in ${wait} s.`, { retryAfterSeconds: wait });
    }
  }

  /** External tasks that ran out of retries on this claim (their error message names it). */
  private async failedTasks(): Promise<FailedMailTask[]> {
    const tasks = await this.deps.engine.get<Array<{ id: string; processInstanceId: string; errorMessage: string | null }>>('/external-task', { noRetriesLeft: true, maxResults: 1000 });
    return tasks.map((task) => ({ externalTaskId: task.id, processInstanceId: task.processInstanceId, errorMessage: task.errorMessage ?? '' }));
  }

  private async retryTasksNaming(id: string): Promise<string[]> {
    const naming = (await this.failedTasks()).filter((task) => task.errorMessage.includes(id));
    for (const task of naming) await this.deps.engine.setExternalTaskRetries(task.externalTaskId, defaultRetries);
    return naming.map((task) => task.externalTaskId);
  }
}
