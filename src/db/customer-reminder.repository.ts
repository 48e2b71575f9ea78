import type { Knex } from 'knex';

export const customerReminderTable = 'customer_reminder';

export type ReminderKind = 'RECEIPT' | 'PRE_DUE';
export type ReminderStatus = 'SENDING' | 'SENT' | 'NO_ADDRESS';

export interface CustomerReminder {
  id: string;
  receivableId: string;
  kind: ReminderKind;
  period: number;
  customerId: string;
  email: string | null;
  status: ReminderStatus;
  emailMessageId: string | null;
}

interface ReminderRow {
  id: string;
  receivable_id: string;
  kind: ReminderKind;
  period: number;
  customer_id: string;
  email: string | null;
  status: ReminderStatus;
  email_message_id: string | null;
}

const mapRow = (row: ReminderRow): CustomerReminder => ({
  id: row.id,
  receivableId: row.receivable_id,
  kind: row.kind,
  period: row.period,
  customerId: row.customer_id,
  email: row.email,
  status: row.status,
  emailMessageId: row.email_message_id,
});

/** Reminders to customers, one per receivable, kind and period: the row is claimed before the e-mail leaves. */
export class CustomerReminderRepository {
  constructor(private readonly db: Knex) {}

  async claim(reminder: Omit<CustomerReminder, 'emailMessageId'>): Promise<{ claimed: boolean; reminder: CustomerReminder }> {
    const inserted = await this.db(customerReminderTable)
      .insert({
        id: reminder.id, receivable_id: reminder.receivableId, kind: reminder.kind, period: reminder.period,
        customer_id: reminder.customerId, email: reminder.email, status: reminder.status,
      })
      .onConflict(['receivable_id', 'kind', 'period'])
      .ignore()
      .returning('*');
    if (inserted[0]) return { claimed: true, reminder: mapRow(inserted[0] as ReminderRow) };
    const existing = await this.db<ReminderRow>(customerReminderTable).where({ receivable_id: reminder.receivableId, kind: reminder.kind, period: reminder.period }).first();
    return { claimed: false, reminder: mapRow(existing as ReminderRow) };
  }

  /** Gives up a claim whose sending certainly failed, so that a retry may claim it again. */
  async release(id: string): Promise<void> {
    await this.db(customerReminderTable).where({ id, status: 'SENDING' }).delete();
  }

  async markSent(id: string, emailMessageId: string): Promise<void> {
    await this.db(customerReminderTable).where({ id }).update({ status: 'SENT', email_message_id: emailMessageId });
  }

  async forReceivable(receivableId: string): Promise<CustomerReminder[]> {
    return (await this.db<ReminderRow>(customerReminderTable).where({ receivable_id: receivableId }).orderBy([{ column: 'created_at' }, { column: 'period' }])).map(mapRow);
  }
}
