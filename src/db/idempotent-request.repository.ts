import type { Knex } from 'knex';

export const idempotentRequestTable = 'idempotent_request';

export type Claim =
  | { state: 'claimed' }
  | { state: 'done'; status: number; response: unknown; requestDigest: string }
  | { state: 'in-progress'; requestDigest: string };

/** Remembers the first answer per Idempotency-Key and endpoint. */
export class IdempotentRequestRepository {
  /** @param abandonedAfterMs how long a claim without an answer counts as in progress: far longer than a request takes. */
  constructor(
    private readonly db: Knex,
    private readonly abandonedAfterMs = 120_000,
  ) {}

  async claim(key: string, endpoint: string, requestDigest: string): Promise<Claim> {
    const inserted = await this.db(idempotentRequestTable)
      .insert({ idempotency_key: key, endpoint, request_digest: requestDigest })
      .onConflict(['idempotency_key', 'endpoint'])
      .ignore()
      .returning('idempotency_key');
    if (inserted.length > 0) return { state: 'claimed' };
    // a first attempt whose process died (kill -9, a crash) never answers nor releases its claim: once
    // it is older than any request takes, a repeat of the same request takes it over instead of being
    // told "still being processed" for ever
    const takenOver = await this.db(idempotentRequestTable)
      .where({ idempotency_key: key, endpoint, request_digest: requestDigest })
      .whereNull('status')
      .where('created_at', '<', this.db.raw('now() - make_interval(secs => ?)', [this.abandonedAfterMs / 1000]))
      .update({ created_at: this.db.fn.now() })
      .returning('idempotency_key');
    if (takenOver.length > 0) return { state: 'claimed' };
    const row = await this.db(idempotentRequestTable).where({ idempotency_key: key, endpoint }).first();
    return row.status === null
      ? { state: 'in-progress', requestDigest: row.request_digest }
      : { state: 'done', status: row.status, response: row.response, requestDigest: row.request_digest };
  }

  async complete(key: string, endpoint: string, status: number, response: unknown): Promise<void> {
    await this.db(idempotentRequestTable).where({ idempotency_key: key, endpoint }).update({ status, response: JSON.stringify(response ?? null) });
  }

  /** A failed first attempt must not block a retry with the same key. */
  async release(key: string, endpoint: string): Promise<void> {
    await this.db(idempotentRequestTable).where({ idempotency_key: key, endpoint }).whereNull('status').delete();
  }
}
