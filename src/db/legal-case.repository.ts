import type { Knex } from 'knex';

export interface LegalCaseView {
  receivableId: string;
  applicationId: string;
  evidencePackId: string;
  evidenceItems: number;
  builtAt: string;
  provisionHeldCents: number;
}

/** Receivables handed to legal: their evidence pack and the provision held, with the freezes in force. */
export class LegalCaseRepository {
  constructor(private readonly db: Knex) {}

  async cases(): Promise<LegalCaseView[]> {
    const rows = await this.db('evidence_pack as pack')
      .leftJoin(
        this.db('provision_entry')
          .select('receivable_id')
          .select(this.db.raw("sum(case when kind = 'TOP_UP' then amount_cents else -amount_cents end) as held"))
          .groupBy('receivable_id')
          .as('provision'),
        'provision.receivable_id',
        'pack.receivable_id',
      )
      .select('pack.receivable_id', 'pack.application_id', 'pack.id', 'pack.contents', 'pack.built_at', 'provision.held')
      .orderBy('pack.built_at', 'desc');
    return rows.map((row: { receivable_id: string; application_id: string; id: string; contents: unknown[]; built_at: Date; held: string | null }) => ({
      receivableId: row.receivable_id,
      applicationId: row.application_id,
      evidencePackId: row.id,
      evidenceItems: row.contents.length,
      builtAt: row.built_at.toISOString(),
      provisionHeldCents: Number(row.held ?? 0),
    }));
  }

  async freezes(): Promise<Array<{ taxId: string; relation: string; reason: string; triggeredByReceivable: string; frozenAt: string }>> {
    const rows = await this.db('credit_freeze').orderBy('frozen_at', 'desc');
    return rows.map((row: { tax_id: string; relation: string; reason: string; triggered_by_receivable: string; frozen_at: Date }) => ({
      taxId: row.tax_id, relation: row.relation, reason: row.reason, triggeredByReceivable: row.triggered_by_receivable, frozenAt: row.frozen_at.toISOString(),
    }));
  }
}
