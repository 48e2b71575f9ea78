import type { Knex } from 'knex';
import { genesisHash, hashEntry, type AuditEntry } from '../audit/audit-chain';

export const auditEventTable = 'audit_event';
const chainLock = 7_262_011; // any constant: serialises appends so the chain stays linear

interface AuditEventRow {
  id: string;
  occurred_at: Date;
  actor: string;
  role: string;
  action: string;
  target: string;
  request_id: string;
  payload_digest: string;
  result: string;
  prev_hash: string;
  hash: string;
}

const mapRow = (row: AuditEventRow): AuditEntry & { hash: string } => ({
  id: String(row.id),
  occurredAt: row.occurred_at.toISOString(),
  actor: row.actor,
  role: row.role,
  action: row.action,
  target: row.target,
  requestId: row.request_id,
  payloadDigest: row.payload_digest,
  result: row.result,
  prevHash: row.prev_hash,
  hash: row.hash,
});

export type NewAuditEvent = Omit<AuditEntry, 'id' | 'occurredAt' | 'prevHash'>;

export class AuditEventRepository {
  constructor(private readonly db: Knex) {}

  async append(event: NewAuditEvent, occurredAt = new Date()): Promise<AuditEntry & { hash: string }> {
    return this.db.transaction(async (trx) => {
      await trx.raw('SELECT pg_advisory_xact_lock(?)', [chainLock]);
      const last = await trx<AuditEventRow>(auditEventTable).orderBy('id', 'desc').first();
      const [{ id }] = (await trx.raw("SELECT nextval(pg_get_serial_sequence('audit_event', 'id')) AS id")).rows as [{ id: string }];
      const entry: AuditEntry = { ...event, id: String(id), occurredAt: occurredAt.toISOString(), prevHash: last?.hash ?? genesisHash };
      const hash = hashEntry(entry);
      await trx(auditEventTable).insert({
        id: entry.id,
        occurred_at: entry.occurredAt,
        actor: entry.actor,
        role: entry.role,
        action: entry.action,
        target: entry.target,
        request_id: entry.requestId,
        payload_digest: entry.payloadDigest,
        result: entry.result,
        prev_hash: entry.prevHash,
        hash,
      });
      return { ...entry, hash };
    });
  }

  async allInOrder(): Promise<Array<AuditEntry & { hash: string }>> {
    return (await this.db<AuditEventRow>(auditEventTable).orderBy('id')).map(mapRow);
  }

  /** Rows whose target names any of the given ids (an application id, a process instance key), in chain order. */
  async forTargetsContaining(fragments: string[]): Promise<Array<AuditEntry & { hash: string }>> {
    const wanted = fragments.filter((fragment) => fragment.length > 0);
    if (wanted.length === 0) return [];
    const rows = await this.db<AuditEventRow>(auditEventTable)
      .where((query) => {
        for (const fragment of wanted) query.orWhereRaw('strpos(target, ?) > 0', [fragment]);
      })
      .orderBy('id');
    return rows.map(mapRow);
  }

  async latest(limit: number): Promise<Array<AuditEntry & { hash: string }>> {
    return (await this.db<AuditEventRow>(auditEventTable).orderBy('id', 'desc').limit(limit)).map(mapRow);
  }
}
