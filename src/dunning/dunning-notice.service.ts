import { randomUUID } from 'node:crypto';
import type { Customer, CustomerRepository } from '../db/customer.repository';
import type { DunningNoticeRepository, NoticeRecord } from '../db/dunning-notice.repository';
import { messageIdOf } from '../db/in-doubt-mail.repository';
import { noticeText, type NoticeFacts, type NoticeStage } from '../domain/dunning/notice-text';
import { ConflictError, NotFoundError } from '../domain/errors';
import { certainlyNotDelivered, type Mailer } from './mail-transport';
import { renderNoticePdf } from './notice-pdf';
import type { ReceivableService } from './receivable.service';

export type NoticeChannel = 'letter' | 'email' | 'phone';

export class NoticeStateUnknownError extends Error {
  override name = 'NoticeStateUnknownError';
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const addressOf = (customer: Customer, channel: Exclude<NoticeChannel, 'phone'>) => (channel === 'email' ? customer.contactEmail : customer.postalAddress);
const addressKind = { email: 'e-mail', letter: 'postal' } as const;

/**
 * Sends a stage's notice on each channel at most once per receivable, ever: the notice row is
 * claimed before anything leaves, and a claim left half-done by a crash is never re-sent blindly.
 * Letters go to the customer's postal address, e-mails to its contact e-mail; the phone channel is
 * the process's call task, logged here as scheduled. Every contact is logged with its outcome.
 */
export class DunningNoticeService {
  constructor(private readonly deps: { notices: DunningNoticeRepository; customers: CustomerRepository; mailer: Mailer; receivables: Pick<ReceivableService, 'statement'> }) {}

  /** The stage's notice with the figures the receivable ledger holds on the day it goes out. */
  async sendForStage(input: { receivableId: string; customerId: string; stage: NoticeStage; channels: NoticeChannel[]; issuedOn: string; actor: string }): Promise<NoticeRecord[]> {
    const { receivable, balance } = await this.deps.receivables.statement(input.receivableId, input.issuedOn);
    const facts = {
      receivableId: receivable.id, dueDate: receivable.dueDate ?? receivable.issuedOn, daysOverdue: balance.daysOverdue,
      openAmountCents: balance.principalCents + balance.costsCents, lateFeeCents: balance.feeCents, currency: receivable.currency,
    };
    return this.send({ ...input, facts, customerTaxId: receivable.customerTaxId });
  }

  async send(input: { receivableId: string; customerId: string; stage: NoticeStage; channels: NoticeChannel[]; facts: Omit<NoticeFacts, 'customerName'>; issuedOn: string; actor: string; customerTaxId?: string }): Promise<NoticeRecord[]> {
    const customer = uuidPattern.test(input.customerId) ? await this.deps.customers.findById(input.customerId) : undefined;
    if (!customer) throw new NotFoundError(`No customer ${input.customerId} on file: the ${input.stage} notice of ${input.receivableId} has nobody to go to.`);
    if (input.customerTaxId && customer.taxId !== input.customerTaxId) {
      throw new ConflictError(`Receivable ${input.receivableId} is owed by tax id ${input.customerTaxId}, not by customer ${customer.id} (tax id ${customer.taxId}): no notice sent.`);
    }
    const facts: NoticeFacts = { ...input.facts, customerName: customer.name };
    const pdf = await renderNoticePdf(input.stage, facts, input.issuedOn, customer.postalAddress);
    const results: NoticeRecord[] = [];
    for (const channel of input.channels.filter((candidate): candidate is Exclude<NoticeChannel, 'phone'> => candidate !== 'phone')) {
      const address = addressOf(customer, channel);
      const { claimed, notice } = await this.deps.notices.claim({
        id: randomUUID(), receivableId: input.receivableId, stage: input.stage, channel, customerId: input.customerId,
        openAmountCents: facts.openAmountCents, lateFeeCents: facts.lateFeeCents, currency: facts.currency, pdf,
        status: address ? 'SENDING' : 'NO_ADDRESS',
      });
      if (!claimed) {
        if (notice.status === 'SENDING') throw new NoticeStateUnknownError(`The ${channel} notice ${notice.id} (${input.stage}) was interrupted while sending; check the mail log before sending it again.`);
        results.push(notice);
        continue;
      }
      if (!address) {
        await this.deps.notices.logContact({ receivableId: input.receivableId, channel, outcome: 'NO_ADDRESS', note: `no ${addressKind[channel]} address on file`, loggedBy: input.actor, dedupKey: `${notice.id}:${channel}` });
        results.push(notice);
        continue;
      }
      let messageId: string | null = null;
      if (channel === 'email') {
        const { subject, body } = noticeText(input.stage, facts);
        try {
          messageId = await this.deps.mailer.send({ to: address, subject, text: body.join('\n\n'), attachment: { filename: `${input.stage.toLowerCase()}-${input.receivableId}.pdf`, content: pdf }, messageId: messageIdOf(notice.id) });
        } catch (error) {
          if (certainlyNotDelivered(error)) await this.deps.notices.release(notice.id); // the job's retry sends it
          throw error;
        }
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
