import type { Knex } from 'knex';
import { customerTable } from './customer.repository';
import { customerReminderTable } from './customer-reminder.repository';
import { contactLogTable, dunningNoticeTable } from './dunning-notice.repository';

export const inDoubtMailKinds = ['dunning-notice', 'customer-reminder'] as const;
export type InDoubtMailKind = (typeof inDoubtMailKinds)[number];
export type InDoubtOutcome = 'SENT' | 'NOT_SENT';

/** A notice or reminder claimed for sending whose sending was never confirmed (status SENDING). */
export interface InDoubtMailRecord {
  kind: InDoubtMailKind;
  id: string;
  receivableId: string;
  customerId: string;
  customerName: string | null;
  /** The notice's stage (REMINDER, FORMAL_WARNING, LEGAL) or the reminder's kind (RECEIPT, PRE_DUE). */
  subject: string;
  channel: 'email' | 'letter';
  address: string | null;
  claimedAt: Date;
  secondsSinceClaim: number;
}

export interface RecordedResolution {
  outcome: InDoubtOutcome;
  resolvedBy: string;
}

/** The contact log's outcome for each resolution; the log keeps one per claim (dedup key in-doubt:<id>). */
const contactOutcome: Record<InDoubtOutcome, string> = { SENT: 'SENT_CONFIRMED', NOT_SENT: 'NOT_SENT_RELEASED' };
const resolutionKey = (id: string) => `in-doubt:${id}`;

/**
 * Claims left in SENDING, from both tables that claim e-mails before they leave, and their resolution by
 * a person: confirmed as sent (status SENT) or released (the claim is deleted, so the task's retry sends
 * it once). The claim and the contact-log entry change in one transaction.
 */
export class InDoubtMailRepository {
  constructor(private readonly db: Knex) {}

  /** Claims still SENDING at least `olderThanSeconds` after they were made, oldest first. */
  async list(olderThanSeconds: number): Promise<InDoubtMailRecord[]> {
    const rows = await this.db
      .select('*')
      .from(this.claims())
      .where('seconds_since_claim', '>=', olderThanSeconds)
      .orderBy('claimed_at');
    return rows.map(mapRow);
  }

  async find(kind: InDoubtMailKind, id: string): Promise<InDoubtMailRecord | undefined> {
    const row = await this.db.select('*').from(this.claims()).where({ kind, id }).first();
    return row ? mapRow(row) : undefined;
  }

  /** What a person already decided about this claim, if anyone did. */
  async resolutionOf(id: string): Promise<RecordedResolution | undefined> {
    const row = await this.db(contactLogTable).where({ dedup_key: resolutionKey(id) }).first();
    if (!row) return undefined;
    const outcome = (Object.entries(contactOutcome).find(([, logged]) => logged === row.outcome)?.[0] ?? 'SENT') as InDoubtOutcome;
    return { outcome, resolvedBy: row.logged_by };
  }

  /**
   * Applies a resolution to a claim still SENDING; false when the claim is no longer SENDING (someone
   * or the task's retry was faster), so the caller can answer with what happened instead.
   */
  async resolve(mail: InDoubtMailRecord, resolution: { outcome: InDoubtOutcome; note: string; actor: string }): Promise<boolean> {
    const table = mail.kind === 'dunning-notice' ? dunningNoticeTable : customerReminderTable;
    return this.db.transaction(async (trx) => {
      const claim = trx(table).where({ id: mail.id, status: 'SENDING' });
      const changed = resolution.outcome === 'SENT'
        ? await claim.update({ status: 'SENT', email_message_id: mail.channel === 'email' ? messageIdOf(mail.id) : null })
        : await claim.delete();
      if (changed !== 1) return false;
      const what = `${mail.kind} ${mail.subject} ${mail.channel} ${mail.id}`;
      const verdict = resolution.outcome === 'SENT' ? 'confirmed as sent from the mail log' : 'not sent: claim released, the task sends it again';
      await trx(contactLogTable).insert({
        receivable_id: mail.receivableId, channel: mail.channel, outcome: contactOutcome[resolution.outcome],
        note: `${what} ${verdict} — ${resolution.note}`, logged_by: resolution.actor, dedup_key: resolutionKey(mail.id),
      });
      return true;
    });
  }

  /** Both claim tables as one relation of claims still SENDING, with their customer and address. */
  private claims(): Knex.Raw {
    return this.db.raw(`(
      SELECT 'dunning-notice' AS kind, n.id, n.receivable_id, n.customer_id, c.name AS customer_name, n.stage AS subject, n.channel,
             CASE WHEN n.channel = 'email' THEN c.contact_email ELSE c.postal_address END AS address,
             n.created_at AS claimed_at, extract(epoch FROM now() - n.created_at)::float AS seconds_since_claim
        FROM ${dunningNoticeTable} n LEFT JOIN ${customerTable} c ON c.id::text = n.customer_id
       WHERE n.status = 'SENDING'
      UNION ALL
      SELECT 'customer-reminder', r.id, r.receivable_id, r.customer_id, c.name, r.kind, 'email', r.email,
             r.created_at, extract(epoch FROM now() - r.created_at)::float
        FROM ${customerReminderTable} r LEFT JOIN ${customerTable} c ON c.id::text = r.customer_id
       WHERE r.status = 'SENDING'
    ) AS claims`);
  }

}

/** The Message-ID every claimed e-mail is sent with: what finance searches the mail server's log for. */
export const messageIdOf = (claimId: string) => `<${claimId}@credit-lifecycle>`;

interface ClaimRow {
  kind: InDoubtMailKind;
  id: string;
  receivable_id: string;
  customer_id: string;
  customer_name: string | null;
  subject: string;
  channel: 'email' | 'letter';
  address: string | null;
  claimed_at: Date;
  seconds_since_claim: number;
}

const mapRow = (row: ClaimRow): InDoubtMailRecord => ({
  kind: row.kind, id: row.id, receivableId: row.receivable_id, customerId: row.customer_id, customerName: row.customer_name,
  subject: row.subject, channel: row.channel, address: row.address, claimedAt: new Date(row.claimed_at), secondsSinceClaim: Number(row.seconds_since_claim),
});
