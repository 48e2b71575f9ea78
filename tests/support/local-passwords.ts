import { localUsers, passwordVariable } from '../../src/api/auth/roles';

/**
 * The tests' passwords of the local users, given to the system as its environment
 * (CREDIT_PASSWORD_<USERNAME>, set by test-environment.ts unless the shell already sets one), so the
 * seeding writes them to the test engine and every suite logs in with them. Read them here only.
 */
export function testPasswordEnvironment(): Record<string, string> {
  return Object.fromEntries(localUsers.map((user) => [passwordVariable(user.username), `${user.username}-test-pw`]));
}

/** A local user's password as the system under test was given it. */
export function passwordOf(username: string): string {
  const password = process.env[passwordVariable(username)];
  if (password === undefined) throw new Error(`${passwordVariable(username)} is not set: tests/support/test-environment.ts sets the local users' passwords`);
  return password;
}

/** Basic-auth credentials of a local user: `.auth(...login('sales.li'))`. */
export const login = (username: string) => [username, passwordOf(username)] as const;
