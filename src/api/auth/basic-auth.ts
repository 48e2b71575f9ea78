import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../../domain/errors';
import { accessTable, type Endpoint } from './access-table';
import { defaultPassword, localUsers, passwordVariable, type LocalUser, type Role } from './roles';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export interface Authenticator {
  authenticate(header: string | undefined): LocalUser;
}

/** HTTP basic authentication against the named local users; passwords come from the environment. */
export function basicAuthenticator(env: NodeJS.ProcessEnv = process.env): Authenticator {
  const passwords = new Map(localUsers.map((user) => [user.username, digest(env[passwordVariable(user.username)] ?? defaultPassword(user.username))]));
  return {
    authenticate(header) {
      const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '');
      if (!match?.[1]) throw new UnauthenticatedError('Log in with HTTP basic authentication (one of the local users).');
      const decoded = Buffer.from(match[1], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const username = decoded.slice(0, colon);
      const expected = passwords.get(username);
      // Compare digests of equal length in constant time, also for unknown users.
      const matches = timingSafeEqual(digest(decoded.slice(colon + 1)), expected ?? digest(`\u0000unknown:${username}`));
      const user = localUsers.find((candidate) => candidate.username === username);
      if (colon < 0 || !expected || !matches || !user) throw new UnauthenticatedError('Unknown user or wrong password.');
      return user;
    },
  };
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: LocalUser;
    /** The body's bytes as received, for digests (set by the JSON parser). */
    rawBody?: Buffer;
  }
}

export function authenticate(authenticator: Authenticator): RequestHandler {
  return (request, _response, next) => {
    request.user = authenticator.authenticate(request.headers.authorization);
    next();
  };
}

/** Lets the call through only for the roles the access table lists for the endpoint. */
export function allowRolesOf(endpoint: Endpoint): RequestHandler {
  const check = allowRoles(...accessTable[endpoint]);
  return (request, response, next) => {
    response.locals.endpoint = endpoint;
    check(request, response, next);
  };
}

function allowRoles(...allowed: Role[]): RequestHandler {
  return (request, _response, next) => {
    const role = request.user?.role;
    if (!role || !allowed.includes(role)) {
      throw new ForbiddenError(`The role '${role ?? 'none'}' may not ${request.method} ${request.baseUrl}${request.path}.`);
    }
    next();
  };
}
