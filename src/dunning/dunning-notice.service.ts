import { randomUUID } from 'node:crypto';
import type { CustomerRepository } from '../db/customer.repository';
import type { DunningNoticeRepository, NoticeRecord } from '../db/dunning-notice.repository';
import { noticeText, type NoticeFacts, type NoticeStage } from '../domain/dunning/notice-text';
import type { Mailer } from './mail-transport';
import { renderNoticePdf } from './notice-pdf';

export type NoticeChannel = 'letter' | 'email' | 'phone';

export class NoticeStateUnknownError extends Error {
  override name = 'NoticeStateUnknownError';
}

/**
 * Sends a stage's notice on each channel at most once per receivable, ever: the notice row is
 * claimed before anything leaves, and a claim left half-done by a crash is never re-sent blindly.
 * Every contact is logged with its outcome.
 */
export class DunningNoticeService {
  constructor(private readonly deps: { notices: DunningNoticeRepository; customers: CustomerRepository; mailer: Mailer }) {}

  async send(input: { receivableId: string; customerId: string; stage: NoticeStage; channels: NoticeChannel[]; facts: Omit<NoticeFacts, 'customerName'>; issuedOn: string; actor: string }): Promise<NoticeRecord[]> {
    const customer = await this.deps.customers.findById(input.customerId);
    const facts: NoticeFacts = { ...input.facts, customerName: customer?.name ?? input.customerId };
    const pdf = await renderNoticePdf(input.stage, facts, input.issuedOn);
    const results: NoticeRecord[] = [];
    for (const channel of input.channels.filter((candidate) => candidate !== 'phone')) {
      const email = channel === 'email' ? customer?.contactEmail ?? null : null;
      const { claimed, notice } = await this.deps.notices.claim({
        id: randomUUID(), receivableId: input.receivableId, stage: input.stage, channel, customerId: input.customerId,
        openAmountCents: facts.openAmountCents, lateFeeCents: facts.lateFeeCents, currency: facts.currency, pdf,
        status: channel === 'email' && !email ? 'NO_ADDRESS' : 'SENDING',
      });
      if (!claimed) {
        if (notice.status === 'SENDING') throw new NoticeStateUnknownError(`The ${channel} notice ${notice.id} (${input.stage}) was interrupted while sending; check the mail log before sending it again.`);
        results.push(notice);
        continue;
      }
      let messageId: string | null = null;
      if (notice.status === 'NO_ADDRESS') {
        await this.deps.notices.logContact({ receivableId: input.receivableId, channel, outcome: 'NO_ADDRESS', note: 'no e-mail address on file', loggedBy: input.actor, dedupKey: `${notice.id}:${channel}` });
        results.push(notice);
        continue;
      }
      if (channel === 'email' && email) {
        const { subject, body } = noticeText(input.stage, facts);
        messageId = await this.deps.mailer.send({ to: email, subject, text: body.join('\n\n'), attachment: { filename: `${input.stage.toLowerCase()}-${input.receivableId}.pdf`, content: pdf }, messageId: `<${notice.id}@credit-lifecycle>` });
      }
      await this.deps.notices.markSent(notice.id, messageId);
      await this.deps.notices.logContact({ receivableId: input.receivableId, channel, outcome: 'SENT', note: channel === 'letter' ? 'letter printed for posting' : `e-mail ${messageId}`, loggedBy: input.actor, dedupKey: `${notice.id}:${channel}` });
      results.push({ ...notice, status: 'SENT', emailMessageId: messageId });
    }
    if (input.channels.includes('phone')) {
      await this.deps.notices.logContact({ receivableId: input.receivableId, channel: 'phone', outcome: 'CALL_SCHEDULED', note: `${input.stage} call task for finance`, loggedBy: input.actor, dedupKey: `${input.receivableId}:${input.stage}:phone` });
    }
    return results;
  }
}
