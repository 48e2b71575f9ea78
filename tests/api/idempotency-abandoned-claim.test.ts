import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { createKnex } from '../../src/db/knex';
import { IdempotentRequestRepository } from '../../src/db/idempotent-request.repository';

/**
 * A request whose process was killed (kill -9) mid-way leaves its Idempotency-Key claimed without an
 * answer; the fault suite's client then heard "still being processed" for ever. Such a claim is taken
 * over once it is older than any request takes.
 */
describe('idempotency: a claim whose process died is taken over by the repeat', () => {
  const db = createKnex(loadConfig().databaseUrl);
  afterAll(() => db.destroy());

  it('when a repeat arrives while the first attempt may still run, then it is in progress; once the claim is abandoned, then the repeat takes it over, once', async () => {
    // given a first attempt that claimed the key and never answered
    const key = `abandoned-${randomUUID()}`;
    const requests = new IdempotentRequestRepository(db, 60_000);
    expect(await requests.claim(key, 'POST /api/events/:event', 'digest-a')).toEqual({ state: 'claimed' });

    // when the same request is repeated at once, then the first attempt is still in progress
    expect(await requests.claim(key, 'POST /api/events/:event', 'digest-a')).toEqual({ state: 'in-progress', requestDigest: 'digest-a' });

    // when the claim is older than any request takes (its process died)
    await db('idempotent_request').where({ idempotency_key: key }).update({ created_at: db.raw("now() - interval '2 minutes'") });

    // then a repeat with another body is still refused, the same request takes the claim over, and a third repeat finds it in progress again
    expect(await requests.claim(key, 'POST /api/events/:event', 'digest-b')).toEqual({ state: 'in-progress', requestDigest: 'digest-a' });
    expect(await requests.claim(key, 'POST /api/events/:event', 'digest-a')).toEqual({ state: 'claimed' });
    expect(await requests.claim(key, 'POST /api/events/:event', 'digest-a')).toEqual({ state: 'in-progress', requestDigest: 'digest-a' });

    // and once answered, the answer is replayed as before
    await requests.complete(key, 'POST /api/events/:event', 202, { accepted: true });
    expect(await requests.claim(key, 'POST /api/events/:event', 'digest-a')).toEqual({ state: 'done', status: 202, response: { accepted: true }, requestDigest: 'digest-a' });
  });
});
