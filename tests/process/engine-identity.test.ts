import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Client } from 'pg';
import { localUsers, type LocalUser } from '../../src/api/auth/roles';
import { loadConfig } from '../../src/config';
import type { EngineClient } from '../../src/engine/engine-client';
import { createEngineClient } from '../../src/engine/engine-connection';
import { seedLocalIdentity } from '../../src/engine/identity/local-identity';
import { localUsersNotice } from '../../src/engine/identity/local-users.notice';
import { filtersOf, roleGroupNames, tasklistFilters } from '../../src/engine/identity/tasklist-access';
import { passwordOf } from '../support/local-passwords';
import { waitFor } from '../support/wait-for';

describe("the local users in the engine's identity service", () => {
  const config = loadConfig();
  let engine: EngineClient;
  /** As a start does: the passwords the environment sets (the tests set every local user's), none for anyone else. */
  const fromEnvironment = (username: string) => config.localPasswords.get(username);
  const seed = (users: readonly LocalUser[] = localUsers, configuredPassword: (username: string) => string | undefined = fromEnvironment, logger?: pino.Logger) =>
    seedLocalIdentity(engine, { users, configuredPassword, serviceUser: config.engine.credentials(), logger });
  const as = (user: string, password = passwordOf(user)) => ({ user, password });
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
      expect(await engine.post('/identity/verify', { username: user.username, password: passwordOf(user.username) })).toMatchObject({ authenticatedUser: user.username, authenticated: true });
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
        expect(row.pwd_).not.toContain(passwordOf(row.id_));
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
    const changes = (await seed(moved, (username) => (username === 'analyst.wang' ? 'a-new-secret-2026' : fromEnvironment(username)))).changes;
    expect(changes).toEqual(expect.arrayContaining(['user analyst.wang profile updated', 'user analyst.wang password changed', 'analyst.wang joined credit-manager', 'analyst.wang left credit-analyst']));
    // the seeding's own check of the old hash counts as a failed login, which the engine answers with a few seconds' delay
    await waitFor('analyst.wang to log in with the new password', async () => (await verify('analyst.wang', 'a-new-secret-2026')).authenticated);
    expect(await verify('analyst.wang', passwordOf('analyst.wang'))).toMatchObject({ authenticated: false });
    expect((await engine.get<Array<{ id: string }>>('/group', { member: 'analyst.wang' })).map((group) => group.id)).toEqual(['credit-manager']);
    // and back as configured
    await seed();
    expect((await engine.get<Array<{ id: string }>>('/group', { member: 'analyst.wang' })).map((group) => group.id)).toEqual(['credit-analyst']);
    await waitFor('analyst.wang to log in with the configured password again', async () => (await verify('analyst.wang', passwordOf('analyst.wang'))).authenticated);
  });

  describe('when people the engine does not know yet have no password set', () => {
    const stamp = Date.now().toString(36);
    const newcomers: LocalUser[] = [
      { username: `newcomer.a${stamp}`, displayName: 'Newcomer A (sales)', role: 'sales' },
      { username: `newcomer.b${stamp}`, displayName: 'Newcomer B (finance)', role: 'finance' },
    ];
    const [a, b] = newcomers.map((user) => user.username) as [string, string];
    const nothingSet = () => undefined;
    const logged: string[] = [];
    const logger = pino({ level: 'trace' }, new Writable({ write: (chunk, _encoding, done) => void (logged.push(String(chunk)), done()) }));
    let first: Awaited<ReturnType<typeof seed>>;
    const passwordOfNewcomer = (username: string) => first.generatedPasswords.find((entry) => entry.username === username)?.password as string;

    beforeAll(async () => {
      first = await seed(newcomers, nothingSet, logger);
    });
    afterAll(async () => {
      for (const username of newcomers.map((user) => user.username)) await engine.request('DELETE', `/user/${encodeURIComponent(username)}`).catch(() => undefined);
    });

    it('then the first start generates a random password for each, hands it back once for the start output, and the engine takes it', async () => {
      expect(first.generatedPasswords.map((entry) => entry.username)).toEqual([a, b]);
      const passwords = first.generatedPasswords.map((entry) => entry.password);
      for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(new Set(passwords).size).toBe(2);
      for (const username of [a, b]) expect(await verify(username, passwordOfNewcomer(username))).toMatchObject({ authenticated: true });
      expect(first.changes).toEqual(expect.arrayContaining([`user ${a} created with a generated password`, `user ${b} created with a generated password`]));
      // the start output shows it, for that user only
      const notice = localUsersNotice([{ username: 'sales.li', password: 'shown-once-123' }]);
      expect(notice).toMatch(/sales\.li +sales +password shown-once-123 +\(generated now, shown this once\)/);
      expect(localUsersNotice([])).not.toMatch(/generated now/);
    });

    it('then the password is in no log line, no change note, and no file of the engine\'s run folder; the engine holds a salted hash', async () => {
      const secrets = first.generatedPasswords.map((entry) => entry.password);
      expect(logged.length).toBeGreaterThan(0);
      for (const secret of secrets) {
        expect(logged.join('\n')).not.toContain(secret);
        expect(first.changes.join('\n')).not.toContain(secret);
      }
      const runDir = config.engine.profile.runDir;
      const files = fs.readdirSync(runDir, { recursive: true }).map(String).filter((name) => fs.statSync(path.join(runDir, name)).isFile());
      for (const name of files) {
        const content = fs.readFileSync(path.join(runDir, name), 'latin1');
        for (const secret of secrets) expect({ name, holds: content.includes(secret) }).toEqual({ name, holds: false });
      }
      const db = new Client({ connectionString: `postgres://postgres@127.0.0.1:5432/${config.engine.profile.database}` });
      await db.connect();
      try {
        const rows = (await db.query<{ pwd_: string }>('SELECT pwd_ FROM act_id_user WHERE id_ = ANY($1)', [[a, b]])).rows;
        expect(rows).toHaveLength(2);
        for (const row of rows) for (const secret of secrets) expect(row.pwd_).not.toContain(secret);
      } finally {
        await db.end();
      }
    });

    it('then a second start generates nothing and changes nothing, and a password the person chose survives it', async () => {
      const second = await seed(newcomers, nothingSet);
      expect(second.generatedPasswords).toEqual([]);
      expect(second.changes).toEqual([]);
      expect(await verify(a, passwordOfNewcomer(a))).toMatchObject({ authenticated: true });
      // the person changes their own password (as Tasklist's profile page does), and the next start keeps it
      await engine.request('PUT', `/user/${encodeURIComponent(b)}/credentials`, { body: { password: 'chosen-by-b-2026', authenticatedUserPassword: passwordOfNewcomer(b) }, as: { user: b, password: passwordOfNewcomer(b) } });
      expect((await seed(newcomers, nothingSet)).changes).toEqual([]);
      expect(await verify(b, 'chosen-by-b-2026')).toMatchObject({ authenticated: true });
    });

    it('then a password the environment sets is written at the next start, and only for that person', async () => {
      const third = await seed(newcomers, (username) => (username === a ? 'set-by-the-administrator' : undefined));
      expect(third.changes).toEqual([`user ${a} password changed`]);
      expect(third.generatedPasswords).toEqual([]);
      await waitFor(`${a} to log in with the password set`, async () => (await verify(a, 'set-by-the-administrator')).authenticated);
      expect(await verify(b, 'chosen-by-b-2026')).toMatchObject({ authenticated: true });
    });
  });

  it('when a wrong password is given, then the engine refuses it', async () => {
    expect(await verify('auditor.sun', 'wrong')).toMatchObject({ authenticated: false });
  });
});
