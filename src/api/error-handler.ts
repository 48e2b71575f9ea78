import type { ErrorRequestHandler } from 'express';
import { ConflictError, ForbiddenError, InputError, NotFoundError, UnauthenticatedError } from '../domain/errors';
import type { Logger } from '../logger';

const problem = (status: number, title: string, detail: string, extra: Record<string, unknown> = {}) => ({
  type: 'about:blank',
  status,
  title,
  detail,
  ...extra,
});

/** The one place errors become HTTP answers: application/problem+json, no stack traces. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, request, response, _next) => {
    let status = 500;
    let body = problem(500, 'Internal Server Error', 'The request could not be completed; it has been logged.');
    if (error instanceof InputError) {
      status = 400;
      body = problem(400, 'Bad Request', error.message, { errors: error.fields });
    } else if (error instanceof NotFoundError) {
      status = 404;
      body = problem(404, 'Not Found', error.message);
    } else if (error instanceof ConflictError) {
      status = 409;
      body = problem(409, 'Conflict', error.message, error.details);
    } else if (error instanceof UnauthenticatedError) {
      status = 401;
      body = problem(401, 'Unauthorized', error.message);
      response.setHeader('WWW-Authenticate', 'Basic realm="credit-lifecycle", charset="UTF-8"');
    } else if (error instanceof ForbiddenError) {
      status = 403;
      body = problem(403, 'Forbidden', error.message);
    } else if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
      // body-parser's errors: malformed JSON, payload too large, wrong charset
      status = error.status;
      body = problem(status, error.type === 'entity.too.large' ? 'Payload Too Large' : 'Bad Request', error.expose ? error.message : 'The request body could not be read.');
    } else {
      logger.error({ err: error, path: request.path }, 'unhandled error');
    }
    response.status(status).type('application/problem+json').json(body);
  };
}
