import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../../domain/errors';
import { accessTable, type Endpoint } from './access-table';
import { localUsers, roles, type LocalUser, type Role } from './roles';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export interface Authenticator {
  authenticate(header: string | undefined): Promise<LocalUser>;
}

/** The user and password of a basic-auth header, or a 401 naming what is wrong. */
function credentialsOf(header: string | undefined): { username: string; password: string } {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '');
  if (!match?.[1]) throw new UnauthenticatedError('Log in with HTTP basic authentication (one of the local users).');
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new UnauthenticatedError('Unknown user or wrong password.');
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** What the engine's identity service answers about a user. */
export interface IdentityDirectory {
  verify(username: string, password: string): Promise<boolean>;
  groupsOf(username: string): Promise<string[]>;
  profileOf(username: string): Promise<{ firstName: string | null; lastName: string | null } | undefined>;
}

/**
 * HTTP basic authentication against the ENGINE's identity service, the one user directory: the
 * password is checked by the engine (which keeps only its salted hash), the role is the user's
 * role group there. A person added in Operaton Admin to a role's group can use our API and pages
 * at once. A successful check is remembered for `cacheMs` under a digest of user and password, so a
 * page's many calls do not each ask the engine; a changed password takes effect within that time.
 */
export function engineDirectoryAuthenticator(directory: IdentityDirectory, options: { cacheMs?: number; now?: () => number } = {}): Authenticator {
  const cacheMs = options.cacheMs ?? 30_000;
  const now = options.now ?? Date.now;
  const remembered = new Map<string, { user: LocalUser; until: number }>();
  return {
    async authenticate(header) {
      const { username, password } = credentialsOf(header);
      const key = digest(`${username}\u0000${password}`).toString('hex');
      const hit = remembered.get(key);
      if (hit && hit.until > now()) return hit.user;
      if (!username || !(await directory.verify(username, password))) throw new UnauthenticatedError('Unknown user or wrong password.');
      const role = (await directory.groupsOf(username)).find((group): group is Role => (roles as readonly string[]).includes(group));
      if (!role) throw new ForbiddenError(`The user '${username}' is in no role group of the credit department (${roles.join(', ')}).`);
      const local = localUsers.find((candidate) => candidate.username === username);
      const profile = local ? undefined : await directory.profileOf(username);
      const user: LocalUser = local && local.role === role ? local : { username, role, displayName: [profile?.firstName, profile?.lastName].filter(Boolean).join(' ') || local?.displayName || username };
      if (remembered.size > 10_000) remembered.clear();
      remembered.set(key, { user, until: now() + cacheMs });
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
  return async (request, _response, next) => {
    request.user = await authenticator.authenticate(request.headers.authorization);
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
