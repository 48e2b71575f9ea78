import type { Knex } from 'knex';

export const dunningNoticeTable = 'dunning_notice';
export const contactLogTable = 'contact_log';

export type NoticeStatus = 'SENDING' | 'SENT' | 'NO_ADDRESS';

export interface NoticeRecord {
  id: string;
  receivableId: string;
  stage: string;
  channel: string;
  status: NoticeStatus;
  emailMessageId: string | null;
}

interface NoticeRow {
  id: string;
  receivable_id: string;
  stage: string;
  channel: string;
  status: NoticeStatus;
  email_message_id: string | null;
}

const mapRow = (row: NoticeRow): NoticeRecord => ({
  id: row.id,
  receivableId: row.receivable_id,
  stage: row.stage,
  channel: row.channel,
  status: row.status,
  emailMessageId: row.email_message_id,
});

export interface NewNotice {
  id: string;
  receivableId: string;
  stage: string;
  channel: string;
  customerId: string;
  openAmountCents: number;
  lateFeeCents: number;
  currency: string;
  pdf: Buffer;
  status: NoticeStatus;
}

export class DunningNoticeRepository {
  constructor(private readonly db: Knex) {}

  /** Claims the one notice of a receivable, stage and channel; an earlier claim wins and is returned. */
  async claim(notice: NewNotice): Promise<{ claimed: boolean; notice: NoticeRecord }> {
    const inserted = await this.db(dunningNoticeTable)
      .insert({
        id: notice.id,
        receivable_id: notice.receivableId,
        stage: notice.stage,
        channel: notice.channel,
        customer_id: notice.customerId,
        open_amount_cents: notice.openAmountCents,
        late_fee_cents: notice.lateFeeCents,
        currency: notice.currency,
        pdf: notice.pdf,
        status: notice.status,
      })
      .onConflict(['receivable_id', 'stage', 'channel'])
      .ignore()
      .returning(['id', 'receivable_id', 'stage', 'channel', 'status', 'email_message_id']);
    if (inserted[0]) return { claimed: true, notice: mapRow(inserted[0] as NoticeRow) };
    const existing = await this.db<NoticeRow>(dunningNoticeTable).where({ receivable_id: notice.receivableId, stage: notice.stage, channel: notice.channel }).first();
    return { claimed: false, notice: mapRow(existing as NoticeRow) };
  }

  /** Gives up a claim whose sending certainly failed, so that a retry may claim it again. */
  async release(id: string): Promise<void> {
    await this.db(dunningNoticeTable).where({ id, status: 'SENDING' }).delete();
  }

  async markSent(id: string, emailMessageId: string | null): Promise<void> {
    await this.db(dunningNoticeTable).where({ id }).update({ status: 'SENT', email_message_id: emailMessageId });
  }

  async forReceivable(receivableId: string): Promise<NoticeRecord[]> {
    return (await this.db<NoticeRow>(dunningNoticeTable).where({ receivable_id: receivableId }).orderBy('created_at')).map(mapRow);
  }

  /** Logs a contact once per dedup key (e.g. notice id and channel). */
  async logContact(entry: { receivableId: string; channel: string; outcome: string; note?: string; loggedBy: string; dedupKey: string }): Promise<void> {
    await this.db(contactLogTable)
      .insert({ receivable_id: entry.receivableId, channel: entry.channel, outcome: entry.outcome, note: entry.note ?? null, logged_by: entry.loggedBy, dedup_key: entry.dedupKey })
      .onConflict('dedup_key')
      .ignore();
  }

  async contactsFor(receivableId: string): Promise<Array<{ channel: string; outcome: string; note: string | null; loggedBy: string }>> {
    const rows = await this.db(contactLogTable).where({ receivable_id: receivableId }).orderBy('id');
    return rows.map((row: { channel: string; outcome: string; note: string | null; logged_by: string }) => ({ channel: row.channel, outcome: row.outcome, note: row.note, loggedBy: row.logged_by }));
  }
}
