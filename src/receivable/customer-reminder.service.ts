import { randomUUID } from 'node:crypto';
import type { CustomerRepository } from '../db/customer.repository';
import type { CustomerReminder, CustomerReminderRepository } from '../db/customer-reminder.repository';
import type { DunningNoticeRepository } from '../db/dunning-notice.repository';
import { messageIdOf } from '../db/in-doubt-mail.repository';
import { certainlyNotDelivered, type Mailer } from '../dunning/mail-transport';
import { reminderText, type CustomerReminderKind, type ReminderFacts } from '../domain/receivable/customer-reminder.rules';

export class ReminderStateUnknownError extends Error {
  override name = 'ReminderStateUnknownError';
}

/**
 * E-mails a reminder to the customer's contact address at most once per receivable, kind and
 * period: the reminder row is claimed before the mail leaves, and a claim a crash left half-done
 * is never re-sent blindly. Every contact is logged with its outcome, like the dunning notices.
 */
export class CustomerReminderService {
  constructor(private readonly deps: { reminders: CustomerReminderRepository; customers: Pick<CustomerRepository, 'findByTaxId'>; contacts: Pick<DunningNoticeRepository, 'logContact'>; mailer: Mailer }) {}

  async remind(input: { kind: CustomerReminderKind; period: number; customerId: string; customerTaxId: string; facts: ReminderFacts; actor: string }): Promise<CustomerReminder> {
    const email = (await this.deps.customers.findByTaxId(input.customerTaxId))?.contactEmail ?? null;
    const { claimed, reminder } = await this.deps.reminders.claim({
      id: randomUUID(), receivableId: input.facts.receivableId, kind: input.kind, period: input.period, customerId: input.customerId, email, status: email ? 'SENDING' : 'NO_ADDRESS',
    });
    if (!claimed) {
      if (reminder.status === 'SENDING') throw new ReminderStateUnknownError(`The ${input.kind} reminder ${reminder.id} was interrupted while sending; check the mail log before sending it again.`);
      return reminder;
    }
    const log = (outcome: string, note: string) =>
      this.deps.contacts.logContact({ receivableId: reminder.receivableId, channel: 'email', outcome, note, loggedBy: input.actor, dedupKey: `reminder:${reminder.id}` });
    if (!reminder.email) {
      await log('NO_ADDRESS', `${input.kind} reminder: no e-mail address on file`);
      return reminder;
    }
    const { subject, body } = reminderText(input.kind, input.facts);
    let emailMessageId: string;
    try {
      emailMessageId = await this.deps.mailer.send({ to: reminder.email, subject, text: body, messageId: messageIdOf(reminder.id) });
    } catch (error) {
      if (certainlyNotDelivered(error)) await this.deps.reminders.release(reminder.id); // the job's retry sends it
      throw error;
    }
    await this.deps.reminders.markSent(reminder.id, emailMessageId);
    await log('SENT', `${input.kind} reminder e-mail ${emailMessageId}`);
    return { ...reminder, status: 'SENT', emailMessageId };
  }
}
