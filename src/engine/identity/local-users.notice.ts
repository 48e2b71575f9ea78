import { localUsers, passwordVariable } from '../../api/auth/roles';

/**
 * The local users for the start output. A password generated at this start is shown here, once: the
 * engine keeps only its salted hash and we keep no copy, so the next start shows the variable instead.
 */
export function localUsersNotice(generated: ReadonlyArray<{ username: string; password: string }>): string {
  const lines = localUsers.map((user) => {
    const fresh = generated.find((entry) => entry.username === user.username);
    const password = fresh ? `password ${fresh.password}   (generated now, shown this once)` : `password: yours, or set ${passwordVariable(user.username)}`;
    return `  ${user.username.padEnd(16)} ${user.role.padEnd(15)} ${password}`;
  });
  const head = generated.length > 0
    ? 'Local users (HTTP basic auth, Tasklist, Cockpit, Admin). Note the generated passwords now: they are not shown again and not stored anywhere but as the engine\'s salted hash; a lost one is reset by setting its variable and restarting:'
    : 'Local users (HTTP basic auth, Tasklist, Cockpit, Admin); a password is the one set or generated at the user\'s first start; its variable resets it:';
  return [head, ...lines].join('\n');
}
