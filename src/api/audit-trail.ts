import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { payloadDigest } from '../audit/audit-chain';
import type { AuditEventRepository } from '../db/audit-event.repository';
import type { Logger } from '../logger';

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Gives every request an id (kept from X-Request-Id when it is a UUID) and echoes it. */
export const requestId: RequestHandler = (request, response, next) => {
  const given = request.header('x-request-id');
  const id = given && /^[0-9a-f-]{36}$/i.test(given) ? given : randomUUID();
  response.locals.requestId = id;
  response.setHeader('X-Request-Id', id);
  next();
};

/** Appends every mutating call, allowed or refused, to the hash-chained audit log once it is answered. */
export function auditMutations(audit: AuditEventRepository, logger: Logger): RequestHandler {
  return (request, response, next) => {
    if (!mutating.has(request.method)) {
      next();
      return;
    }
    response.on('finish', () => {
      audit
        .append({
          actor: request.user?.username ?? 'anonymous',
          role: request.user?.role ?? 'none',
          action: String(response.locals.endpoint ?? `${request.method} ${request.originalUrl.split('?')[0]}`),
          target: String(response.locals.auditTarget ?? request.originalUrl),
          requestId: String(response.locals.requestId),
          payloadDigest: payloadDigest(request.rawBody),
          result: String(response.statusCode),
        })
        .catch((error: Error) => logger.error({ err: error, requestId: response.locals.requestId }, 'audit append failed'));
    });
    next();
  };
}
