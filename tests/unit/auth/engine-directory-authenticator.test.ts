import { engineDirectoryAuthenticator, type IdentityDirectory } from '../../../src/api/auth/basic-auth';

const header = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** A directory like the engine's: users with passwords and groups, counting how often it is asked. */
function directory(users: Record<string, { password: string; groups: string[]; firstName?: string; lastName?: string }>) {
  const asked = { verify: 0 };
  const found: IdentityDirectory = {
    async verify(username, password) {
      asked.verify += 1;
      return users[username]?.password === password;
    },
    async groupsOf(username) {
      return users[username]?.groups ?? [];
    },
    async profileOf(username) {
      const user = users[username];
      return user ? { firstName: user.firstName ?? null, lastName: user.lastName ?? null } : undefined;
    },
  };
  return { found, asked, users };
}

describe('our API authenticates against the engine\'s identity service', () => {
  it('when a local person logs in, then the engine checks the password and the role is their group there', async () => {
    const { found } = directory({ 'analyst.wang': { password: 'secret-1', groups: ['credit-analyst'] } });
    await expect(engineDirectoryAuthenticator(found).authenticate(header('analyst.wang', 'secret-1'))).resolves.toMatchObject({ username: 'analyst.wang', role: 'credit-analyst', displayName: 'Wang Fang (credit analyst)' });
  });

  it('when a person added in Operaton Admin to a role group logs in, then they act in that role under their engine name', async () => {
    const { found } = directory({ 'analyst.zhou': { password: 'pw-zhou-1', groups: ['operaton-other', 'credit-analyst'], firstName: 'Zhou', lastName: 'Min' } });
    await expect(engineDirectoryAuthenticator(found).authenticate(header('analyst.zhou', 'pw-zhou-1'))).resolves.toEqual({ username: 'analyst.zhou', role: 'credit-analyst', displayName: 'Zhou Min' });
  });

  it('when the password is wrong, the header missing or malformed, then 401; in no role group, then 403', async () => {
    const { found } = directory({ 'analyst.wang': { password: 'secret-1', groups: ['credit-analyst'] }, visitor: { password: 'pw-visitor', groups: ['operaton-admin'] } });
    const authenticator = engineDirectoryAuthenticator(found);
    await expect(authenticator.authenticate(header('analyst.wang', 'wrong'))).rejects.toMatchObject({ name: 'UnauthenticatedError' });
    await expect(authenticator.authenticate(undefined)).rejects.toMatchObject({ name: 'UnauthenticatedError' });
    await expect(authenticator.authenticate('Basic bm9jb2xvbg==')).rejects.toMatchObject({ name: 'UnauthenticatedError' });
    await expect(authenticator.authenticate(header('visitor', 'pw-visitor'))).rejects.toMatchObject({ name: 'ForbiddenError' });
  });

  it('when the same login is used again within the cache time, then the engine is not asked again; after it, or with another password, it is', async () => {
    let now = 1_000;
    const { found, asked, users } = directory({ 'analyst.wang': { password: 'secret-1', groups: ['credit-analyst'] } });
    const authenticator = engineDirectoryAuthenticator(found, { cacheMs: 30_000, now: () => now });
    await authenticator.authenticate(header('analyst.wang', 'secret-1'));
    await authenticator.authenticate(header('analyst.wang', 'secret-1'));
    expect(asked.verify).toBe(1);
    await expect(authenticator.authenticate(header('analyst.wang', 'secret-2'))).rejects.toMatchObject({ name: 'UnauthenticatedError' });
    expect(asked.verify).toBe(2);
    // the password changed in the engine: the old one works until the cache time has passed, then not
    users['analyst.wang'] = { password: 'secret-2', groups: ['credit-analyst'] };
    now += 30_001;
    await expect(authenticator.authenticate(header('analyst.wang', 'secret-1'))).rejects.toMatchObject({ name: 'UnauthenticatedError' });
    await expect(authenticator.authenticate(header('analyst.wang', 'secret-2'))).resolves.toMatchObject({ role: 'credit-analyst' });
  });
});
