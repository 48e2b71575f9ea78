import { randomBytes } from 'node:crypto';
import type { LocalUser, Role } from '../../api/auth/roles';
import type { Logger } from '../../logger';
import { EngineRestError, type EngineClient, type EngineCredentials } from '../engine-client';
import { resourceTypes, roleGrants } from './role-authorizations';
import { grant, roleGroupNames, tasklistFilters, type TaskFilterDefinition } from './tasklist-access';

interface GroupDto { id: string; name: string; type: string }
interface UserDto { id: string; firstName: string | null; lastName: string | null; email: string | null }
interface AuthorizationDto { id: string; type: number; permissions: string[]; groupId: string | null; resourceType: number; resourceId: string }
interface FilterDto { id: string; name: string; owner: string | null; query: Record<string, unknown>; properties: Record<string, unknown> }

export interface IdentitySeed {
  users: readonly LocalUser[];
  /**
   * A user's password when it is set explicitly (the environment): written to the engine (as its salted
   * hash) whenever the engine's differs. Undefined: a new user gets a generated one, an existing user keeps theirs.
   */
  configuredPassword: (username: string) => string | undefined;
  /** How a new user's password is made when none is configured; 16 random characters (node:crypto) by default. */
  generatePassword?: () => string;
  /** The service user, who may change other users' passwords. */
  serviceUser: EngineCredentials;
  logger?: Logger;
}

export interface SeededIdentity {
  groups: string[];
  users: string[];
  filters: Array<{ id: string; name: string }>;
  /** What this run changed (empty when everything was in place); never a password. */
  changes: string[];
  /**
   * The passwords this run generated for users it created: the only copy outside the engine's hash.
   * The caller shows them once (the start output) and keeps them nowhere.
   */
  generatedPasswords: Array<{ username: string; password: string }>;
}

/** A new user's password when none is configured: 12 random bytes, 16 URL-safe characters. */
export const generateLocalPassword = () => randomBytes(12).toString('base64url');

const notFound = (error: unknown) => error instanceof EngineRestError && error.status === 404;

/**
 * Puts the local installation's people into the ENGINE's identity service, idempotently: one group per
 * role, each user in the group of their role with their current password, each group allowed into
 * Tasklist and to read Tasklist's filters, and the filters themselves. Tasks are authorized per task
 * by the engine: a candidate group gets read and update on each task it is a candidate for.
 */
export async function seedLocalIdentity(engine: EngineClient, seed: IdentitySeed): Promise<SeededIdentity> {
  const changes: string[] = [];
  const roles = Object.keys(roleGroupNames) as Role[];

  const existingGroups = await engine.get<GroupDto[]>('/group', { idIn: roles.join(','), maxResults: 1000 });
  await Promise.all(roles.map(async (role) => {
    const name = roleGroupNames[role];
    const existing = existingGroups.find((group) => group.id === role);
    if (!existing) {
      await engine.post('/group/create', { id: role, name, type: 'WORKFLOW' });
      changes.push(`group ${role} created`);
    } else if (existing.name !== name) {
      await engine.request('PUT', `/group/${encodeURIComponent(role)}`, { body: { id: role, name, type: existing.type || 'WORKFLOW' } });
      changes.push(`group ${role} renamed`);
    }
  }));

  const generatedPasswords: SeededIdentity['generatedPasswords'] = [];
  const existingUsers = await engine.get<UserDto[]>('/user', { idIn: seed.users.map((user) => user.username).join(','), maxResults: 1000 });
  await Promise.all(seed.users.map(async (user) => {
    const configured = seed.configuredPassword(user.username);
    const profile = { id: user.username, firstName: user.displayName.replace(/\s*\(.*\)$/, ''), lastName: `(${roleGroupNames[user.role]})`, email: `${user.username}@credit.local` };
    const existing = existingUsers.find((candidate) => candidate.id === user.username);
    if (!existing) {
      const password = configured ?? (seed.generatePassword ?? generateLocalPassword)();
      await engine.post('/user/create', { profile, credentials: { password } });
      if (configured === undefined) generatedPasswords.push({ username: user.username, password });
      changes.push(`user ${user.username} created${configured === undefined ? ' with a generated password' : ''}`);
      return;
    }
    if (existing.firstName !== profile.firstName || existing.lastName !== profile.lastName || existing.email !== profile.email) {
      await engine.request('PUT', `/user/${encodeURIComponent(user.username)}/profile`, { body: profile });
      changes.push(`user ${user.username} profile updated`);
    }
    // a person's own password (changed in Admin or Tasklist) survives restarts unless the environment sets one
    if (configured === undefined) return;
    const verified = await engine.post<{ authenticated: boolean }>('/identity/verify', { username: user.username, password: configured });
    if (!verified.authenticated) {
      await engine.request('PUT', `/user/${encodeURIComponent(user.username)}/credentials`, { body: { password: configured, authenticatedUserPassword: seed.serviceUser.password } });
      changes.push(`user ${user.username} password changed`);
    }
  }));

  // membership: each local user in the group of their role, and in no other role's group
  await Promise.all(roles.map(async (role) => {
    const members = (await engine.get<UserDto[]>('/user', { memberOfGroup: role, maxResults: 1000 })).map((member) => member.id);
    const wanted = seed.users.filter((user) => user.role === role).map((user) => user.username);
    const strayLocal = members.filter((member) => !wanted.includes(member) && seed.users.some((user) => user.username === member));
    for (const username of wanted.filter((name) => !members.includes(name))) {
      await engine.request('PUT', `/group/${encodeURIComponent(role)}/members/${encodeURIComponent(username)}`);
      changes.push(`${username} joined ${role}`);
    }
    for (const username of strayLocal) {
      await engine.request('DELETE', `/group/${encodeURIComponent(role)}/members/${encodeURIComponent(username)}`);
      changes.push(`${username} left ${role}`);
    }
  }));

  const filters = await Promise.all(tasklistFilters.map((filter) => ensureFilter(engine, filter, changes)));

  const authorizations = await engine.get<AuthorizationDto[]>('/authorization', { groupIdIn: roles.join(','), maxResults: 10_000 });
  /** One grant row per group and resource (the engine allows no second): created with the permissions, or given the missing ones. */
  const ensureGrant = async (groupId: string, resourceType: number, resourceId: string, permissions: readonly string[]) => {
    const existing = authorizations.find((row) => row.type === grant && row.groupId === groupId && row.resourceType === resourceType && row.resourceId === resourceId);
    const missing = permissions.filter((permission) => !existing?.permissions.includes(permission) && !existing?.permissions.includes('ALL'));
    if (missing.length === 0) return;
    if (existing) {
      await engine.request('PUT', `/authorization/${existing.id}`, { body: { permissions: [...existing.permissions, ...missing], userId: null, groupId, resourceType, resourceId } });
    } else {
      await engine.post('/authorization/create', { type: grant, permissions: missing, userId: null, groupId, resourceType, resourceId });
    }
    changes.push(`${groupId} may ${missing.join(', ')} on resource type ${resourceType} ${resourceId}`);
  };
  for (const role of roles) {
    await ensureGrant(role, resourceTypes.application, 'tasklist', ['ACCESS']);
    for (const [index, filter] of filters.entries()) {
      const definition = tasklistFilters[index] as TaskFilterDefinition;
      if (definition.roles === undefined || definition.roles.includes(role)) await ensureGrant(role, resourceTypes.filter, filter.id, ['READ']);
    }
    // one row per resource: a role's grants on the same resource are merged
    const merged = new Map<string, { resource: number; resourceId: string; permissions: string[] }>();
    for (const roleGrant of roleGrants[role]) {
      const key = `${roleGrant.resource}/${roleGrant.resourceId}`;
      const entry = merged.get(key) ?? { resource: resourceTypes[roleGrant.resource], resourceId: roleGrant.resourceId, permissions: [] };
      entry.permissions.push(...roleGrant.permissions);
      merged.set(key, entry);
    }
    for (const entry of merged.values()) await ensureGrant(role, entry.resource, entry.resourceId, entry.permissions);
  }

  if (changes.length > 0) seed.logger?.info({ changes: changes.length }, 'engine identity brought up to date');
  generatedPasswords.sort((a, b) => a.username.localeCompare(b.username));
  return { groups: roles, users: seed.users.map((user) => user.username), filters: filters.map(({ id, name }) => ({ id, name })), changes, generatedPasswords };
}

/** A global Task filter (no owner) by name: created when missing, its query and properties kept current. */
async function ensureFilter(engine: EngineClient, filter: TaskFilterDefinition, changes: string[]): Promise<FilterDto> {
  const properties = { description: filter.description, priority: filter.priority, refresh: true, showUndefinedVariable: false, variables: [] };
  const body = { resourceType: 'Task', name: filter.name, owner: null, query: filter.query, properties };
  const [existing, ...duplicates] = (await engine.get<FilterDto[]>('/filter', { resourceType: 'Task', name: filter.name })).filter((candidate) => candidate.owner === null);
  for (const duplicate of duplicates) {
    await engine.request('DELETE', `/filter/${duplicate.id}`).catch((error: unknown) => (notFound(error) ? undefined : Promise.reject(error)));
  }
  if (!existing) {
    const created = await engine.post<FilterDto>('/filter/create', body);
    changes.push(`filter ${filter.name} created`);
    return created;
  }
  // the engine answers the query with its defaults added (empty variable lists …): compare what we set
  const holds = (actual: Record<string, unknown>, wanted: Record<string, unknown>) => Object.entries(wanted).every(([key, value]) => JSON.stringify(actual[key]) === JSON.stringify(value));
  if (!holds(existing.query, filter.query) || !holds(existing.properties, properties)) {
    await engine.request('PUT', `/filter/${existing.id}`, { body });
    changes.push(`filter ${filter.name} updated`);
  }
  return existing;
}
