import type { Knex } from 'knex';

export interface LegalCaseView {
  receivableId: string;
  applicationId: string;
  evidencePackId: string;
  evidenceItems: number;
  builtAt: string;
  provisionHeldCents: number;
}

export const legalCaseTable = 'legal_case';

export interface LegalCaseOutcome {
  outcome: 'RECOVERED' | 'SETTLED' | 'WRITTEN_OFF';
  recoveredCents: number;
  writtenOffCents: number;
  provisionUsedCents: number;
  provisionReleasedCents: number;
}

export interface LegalCase {
  receivableId: string;
  customerId: string;
  applicationId: string;
  evidencePackId: string;
  status: 'OPEN' | 'CLOSED';
  closing: LegalCaseOutcome | null;
}

interface LegalCaseRow {
  receivable_id: string;
  customer_id: string;
  application_id: string;
  evidence_pack_id: string;
  status: LegalCase['status'];
  outcome: LegalCaseOutcome['outcome'] | null;
  recovered_cents: string | null;
  written_off_cents: string | null;
  provision_used_cents: string | null;
  provision_released_cents: string | null;
}

const mapCase = (row: LegalCaseRow): LegalCase => ({
  receivableId: row.receivable_id,
  customerId: row.customer_id,
  applicationId: row.application_id,
  evidencePackId: row.evidence_pack_id,
  status: row.status,
  closing: row.outcome
    ? {
        outcome: row.outcome,
        recoveredCents: Number(row.recovered_cents),
        writtenOffCents: Number(row.written_off_cents),
        provisionUsedCents: Number(row.provision_used_cents),
        provisionReleasedCents: Number(row.provision_released_cents),
      }
    : null,
});

/** Receivables handed to legal: their evidence pack and the provision held, with the freezes in force. */
export class LegalCaseRepository {
  constructor(private readonly db: Knex) {}

  /** Opens the case of a receivable once; the first opening wins. */
  async openOnce(legalCase: Pick<LegalCase, 'receivableId' | 'customerId' | 'applicationId' | 'evidencePackId'>): Promise<LegalCase> {
    await this.db(legalCaseTable)
      .insert({ receivable_id: legalCase.receivableId, customer_id: legalCase.customerId, application_id: legalCase.applicationId, evidence_pack_id: legalCase.evidencePackId, status: 'OPEN' })
      .onConflict('receivable_id')
      .ignore();
    return (await this.find(legalCase.receivableId)) as LegalCase;
  }

  async find(receivableId: string): Promise<LegalCase | undefined> {
    const row = await this.db<LegalCaseRow>(legalCaseTable).where({ receivable_id: receivableId }).first();
    return row ? mapCase(row) : undefined;
  }

  /** The case locked until the transaction ends, so two deliveries of the closing job take turns. */
  async findForUpdate(receivableId: string): Promise<LegalCase | undefined> {
    const row = await this.db<LegalCaseRow>(legalCaseTable).where({ receivable_id: receivableId }).forUpdate().first();
    return row ? mapCase(row) : undefined;
  }

  async close(receivableId: string, closing: LegalCaseOutcome, closedAt: Date): Promise<void> {
    await this.db(legalCaseTable).where({ receivable_id: receivableId, status: 'OPEN' }).update({
      status: 'CLOSED',
      outcome: closing.outcome,
      recovered_cents: closing.recoveredCents,
      written_off_cents: closing.writtenOffCents,
      provision_used_cents: closing.provisionUsedCents,
      provision_released_cents: closing.provisionReleasedCents,
      closed_at: closedAt,
    });
  }

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
