import express from 'express';
import request from 'supertest';
import { idempotent } from '../../src/api/idempotency';
import type { Claim, IdempotentRequestRepository } from '../../src/db/idempotent-request.repository';

/** The repository's contract in memory; storing an answer takes a while, as a database write does. */
function slowRepository() {
  const rows = new Map<string, { digest: string; status: number | null; response: unknown }>();
  const repository = {
    async claim(key: string, _endpoint: string, digest: string): Promise<Claim> {
      const row = rows.get(key);
      if (!row) {
        rows.set(key, { digest, status: null, response: null });
        return { state: 'claimed' };
      }
      return row.status === null ? { state: 'in-progress', requestDigest: row.digest } : { state: 'done', status: row.status, response: row.response, requestDigest: row.digest };
    },
    async complete(key: string, _endpoint: string, status: number, response: unknown) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      Object.assign(rows.get(key) as object, { status, response });
    },
    async release(key: string) {
      rows.delete(key);
    },
  };
  return repository as unknown as IdempotentRequestRepository;
}

describe('an Idempotency-Key answer', () => {
  it('when the client repeats the request the moment it has the first answer, then the repeat is the replayed answer, not "still being processed"', async () => {
    let published = 0;
    const app = express()
      .use(express.json({ verify: (req, _res, buffer) => Object.assign(req, { rawBody: buffer }) }))
      .post('/events', idempotent(slowRepository(), 'POST /api/events/:event' as never, { required: true }), (_request, response) => {
        published += 1;
        response.status(202).json({ published });
      });
    const first = await request(app).post('/events').set('Idempotency-Key', 'k-1').send({ amount: 1 }).expect(202);
    const repeat = await request(app).post('/events').set('Idempotency-Key', 'k-1').send({ amount: 1 }).expect(202);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(repeat.body).toEqual(first.body);
    expect(published).toBe(1);
  });
});
