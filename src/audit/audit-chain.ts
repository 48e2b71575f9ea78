import { createHash } from 'node:crypto';

/** One audit entry as it is hashed; the hash covers its position (id) and its predecessor's hash. */
export interface AuditEntry {
  id: string;
  occurredAt: string;
  actor: string;
  role: string;
  action: string;
  target: string;
  requestId: string;
  payloadDigest: string;
  result: string;
  prevHash: string;
}

export const genesisHash = '0'.repeat(64);

export function hashEntry(entry: AuditEntry): string {
  const canonical = JSON.stringify([
    entry.id, entry.occurredAt, entry.actor, entry.role, entry.action, entry.target, entry.requestId, entry.payloadDigest, entry.result, entry.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Digest of a payload's bytes without keeping them: personal data stays out of the log. */
export function payloadDigest(payload: Buffer | string | undefined): string {
  return createHash('sha256').update(payload ?? '').digest('hex');
}

export interface ChainBreak {
  id: string;
  reason: 'hash does not match the row' | 'previous hash does not match the row before';
}

/** Walks rows in id order; returns the first row whose hash or link is wrong. */
export function firstBreak(rows: Array<AuditEntry & { hash: string }>): ChainBreak | undefined {
  let previous = genesisHash;
  for (const row of rows) {
    if (row.prevHash !== previous) return { id: row.id, reason: 'previous hash does not match the row before' };
    if (hashEntry(row) !== row.hash) return { id: row.id, reason: 'hash does not match the row' };
    previous = row.hash;
  }
  return undefined;
}
