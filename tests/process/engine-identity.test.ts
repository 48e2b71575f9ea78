import { Client } from 'pg';
import { localPassword, localUsers, type LocalUser } from '../../src/api/auth/roles';
import { loadConfig } from '../../src/config';
import type { EngineClient } from '../../src/engine/engine-client';
import { createEngineClient } from '../../src/engine/engine-connection';
import { seedLocalIdentity } from '../../src/engine/identity/local-identity';
import { filtersOf, roleGroupNames, tasklistFilters } from '../../src/engine/identity/tasklist-access';
import { waitFor } from '../support/wait-for';

describe("the local users in the engine's identity service", () => {
  const config = loadConfig();
  let engine: EngineClient;
  const seed = (users: readonly LocalUser[] = localUsers, passwordOf = (username: string) => localPassword(username)) =>
    seedLocalIdentity(engine, { users, passwordOf, serviceUser: config.engine.credentials() });
  const as = (user: string, password = localPassword(user)) => ({ user, password });
  const verify = (username: string, password: string) => engine.post<{ authenticated: boolean }>('/identity/verify', { username, password });

  beforeAll(async () => {
    engine = createEngineClient(config.engine);
    await seed();
  });

  it('when seeded, then every role is a group, every local user is in the group of their role and logs in with their password', async () => {
    const groups = await engine.get<Array<{ id: string; name: string; type: string }>>('/group', { idIn: Object.keys(roleGroupNames).join(',') });
    expect(groups.map(({ id, name, type }) => ({ id, name, type })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      Object.entries(roleGroupNames).map(([id, name]) => ({ id, name, type: 'WORKFLOW' })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    for (const user of localUsers) {
      const memberOf = (await engine.get<Array<{ id: string }>>('/group', { member: user.username })).map((group) => group.id);
      expect({ user: user.username, memberOf }).toEqual({ user: user.username, memberOf: [user.role] });
      expect(await engine.post('/identity/verify', { username: user.username, password: localPassword(user.username) })).toMatchObject({ authenticatedUser: user.username, authenticated: true });
    }
  });

  it('when the engine keeps the passwords, then it keeps only salted hashes', async () => {
    const db = new Client({ connectionString: `postgres://postgres@127.0.0.1:5432/${config.engine.profile.database}` });
    await db.connect();
    try {
      const rows = (await db.query<{ id_: string; pwd_: string; salt_: string }>('SELECT id_, pwd_, salt_ FROM act_id_user WHERE id_ = ANY($1)', [localUsers.map((user) => user.username)])).rows;
      expect(rows).toHaveLength(localUsers.length);
      for (const row of rows) {
        expect(row.pwd_).toMatch(/^\{SHA-512\}[A-Za-z0-9+/=]{40,}$/);
        expect(row.pwd_).not.toContain(localPassword(row.id_));
        expect(row.salt_).toMatch(/\S{8,}/);
      }
    } finally {
      await db.end();
    }
  });

  it('when a person of a group asks, then Tasklist is open to them and they read exactly the project\'s filters', async () => {
    for (const [user, role] of [['analyst.wang', 'credit-analyst'], ['manager.zhang', 'credit-manager'], ['finance.chen', 'finance'], ['head.risk', 'committee'], ['owner.liu', 'process-owner']] as const) {
      const tasklist = await engine.get<{ authorized: boolean }>('/authorization/check', { permissionName: 'ACCESS', resourceName: 'application', resourceType: 0, resourceId: 'tasklist' }, as(user));
      expect({ user, authorized: tasklist.authorized }).toEqual({ user, authorized: true });
      // every group its own: the common three, the committee its votes, finance its dunning calls
      const filters = await engine.get<Array<{ id: string; name: string }>>('/filter', { resourceType: 'Task' }, as(user));
      expect({ user, filters: filters.map((filter) => filter.name).sort() }).toEqual({ user, filters: filtersOf(role).map((filter) => filter.name).sort() });
      // and each filter's query runs for them (its expressions evaluated as that user)
      for (const filter of filters) expect(typeof (await engine.get<{ count: number }>(`/filter/${filter.id}/count`, undefined, as(user))).count).toBe('number');
    }
    expect(filtersOf('committee').map((filter) => filter.name)).toContain('委员会表决 Committee votes');
    expect(filtersOf('finance').map((filter) => filter.name)).toContain('催收电话 Dunning calls');
    expect(filtersOf('credit-analyst')).toHaveLength(3);
    const cockpit = await engine.get<{ authorized: boolean }>('/authorization/check', { permissionName: 'ACCESS', resourceName: 'application', resourceType: 0, resourceId: 'cockpit' }, as('analyst.wang'));
    expect(cockpit.authorized).toBe(false);
  });

  it('when seeded again with nothing changed, then nothing changes and nothing is duplicated', async () => {
    const again = await seed();
    expect(again.changes).toEqual([]);
    for (const filter of tasklistFilters) expect(await engine.get<unknown[]>('/filter', { resourceType: 'Task', name: filter.name })).toHaveLength(1);
    const grants = await engine.get<Array<{ groupId: string; resourceType: number; resourceId: string }>>('/authorization', { groupIdIn: 'credit-analyst' });
    const keys = grants.filter((row) => row.resourceType !== 7).map((row) => `${row.resourceType}/${row.resourceId}`);
    expect(keys).toHaveLength(new Set(keys).size);
    // Tasklist, the analysts' filters (not the committee's or finance's), and the group itself (the engine lets a group's members read it)
    const analystFilterIds = again.filters.filter((filter) => filtersOf('credit-analyst').some((own) => own.name === filter.name)).map((filter) => `5/${filter.id}`);
    expect(analystFilterIds).toHaveLength(3);
    expect(keys.sort()).toEqual(['0/tasklist', '2/credit-analyst', ...analystFilterIds].sort());
  });

  it("when a user's password or role changed, then the next start writes the new password (hashed) and moves them to their new group", async () => {
    const moved = localUsers.map((user) => (user.username === 'analyst.wang' ? { ...user, role: 'credit-manager' as const } : user));
    const changes = (await seed(moved, (username) => (username === 'analyst.wang' ? 'a-new-secret-2026' : localPassword(username)))).changes;
    expect(changes).toEqual(expect.arrayContaining(['user analyst.wang profile updated', 'user analyst.wang password changed', 'analyst.wang joined credit-manager', 'analyst.wang left credit-analyst']));
    // the seeding's own check of the old hash counts as a failed login, which the engine answers with a few seconds' delay
    await waitFor('analyst.wang to log in with the new password', async () => (await verify('analyst.wang', 'a-new-secret-2026')).authenticated);
    expect(await verify('analyst.wang', localPassword('analyst.wang'))).toMatchObject({ authenticated: false });
    expect((await engine.get<Array<{ id: string }>>('/group', { member: 'analyst.wang' })).map((group) => group.id)).toEqual(['credit-manager']);
    // and back as configured
    await seed();
    expect((await engine.get<Array<{ id: string }>>('/group', { member: 'analyst.wang' })).map((group) => group.id)).toEqual(['credit-analyst']);
    await waitFor('analyst.wang to log in with the configured password again', async () => (await verify('analyst.wang', localPassword('analyst.wang'))).authenticated);
  });

  it('when a wrong password is given, then the engine refuses it', async () => {
    expect(await verify('auditor.sun', 'wrong')).toMatchObject({ authenticated: false });
  });
});
