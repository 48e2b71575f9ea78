import type { RequestHandler } from 'express';
import { payloadDigest } from '../audit/audit-chain';
import type { IdempotentRequestRepository } from '../db/idempotent-request.repository';
import { ConflictError, InputError } from '../domain/errors';
import type { Endpoint } from './auth/access-table';

/**
 * Idempotency-Key handling: the first answer is stored, a repeat with the same key and payload
 * gets it back (and triggers nothing), a repeat with another payload is refused.
 */
export function idempotent(requests: IdempotentRequestRepository, endpoint: Endpoint, options: { required: boolean }): RequestHandler {
  return async (request, response, next) => {
    const key = request.header('idempotency-key');
    if (key === undefined) {
      if (options.required) throw new InputError('This call needs an Idempotency-Key header.', [{ field: 'Idempotency-Key', message: 'is required' }]);
      next();
      return;
    }
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw new InputError('The Idempotency-Key header is not valid.', [{ field: 'Idempotency-Key', message: '1–200 visible ASCII characters' }]);
    }
    const digest = payloadDigest(request.rawBody);
    const claim = await requests.claim(key, endpoint, digest);
    if (claim.state !== 'claimed' && claim.requestDigest !== digest) {
      throw new ConflictError('This Idempotency-Key was already used with a different request body.');
    }
    if (claim.state === 'in-progress') throw new ConflictError('A request with this Idempotency-Key is still being processed; retry shortly.');
    if (claim.state === 'done') {
      response.setHeader('Idempotent-Replayed', 'true');
      response.status(claim.status).json(claim.response);
      return;
    }
    const settle = (body: unknown) => (response.statusCode >= 500 ? requests.release(key, endpoint) : requests.complete(key, endpoint, response.statusCode, body));
    // the answer is stored before it is sent: a client repeating the request as soon as it has the
    // answer must get the replay, not "still being processed"
    const json = response.json.bind(response);
    let settled = false;
    response.json = (value: unknown) => {
      settled = true;
      settle(value).then(() => json(value), (error: unknown) => response.headersSent || next(error));
      return response;
    };
    // an answer without a JSON body (none today) is stored once it is sent
    response.on('finish', () => {
      if (!settled) settle(undefined).catch(() => undefined);
    });
    next();
  };
}
