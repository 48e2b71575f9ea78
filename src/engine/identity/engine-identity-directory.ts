import type { IdentityDirectory } from '../../api/auth/basic-auth';
import { EngineRestError, type EngineClient } from '../engine-client';

/** The engine's identity service as our API's user directory, asked as the service user. */
export function engineIdentityDirectory(engine: EngineClient): IdentityDirectory {
  return {
    async verify(username, password) {
      const answer = await engine.post<{ authenticated: boolean }>('/identity/verify', { username, password });
      return answer.authenticated;
    },
    async groupsOf(username) {
      return (await engine.get<Array<{ id: string }>>('/group', { member: username, maxResults: 100 })).map((group) => group.id);
    },
    async profileOf(username) {
      try {
        return await engine.get<{ firstName: string | null; lastName: string | null }>(`/user/${encodeURIComponent(username)}/profile`);
      } catch (error) {
        if (error instanceof EngineRestError && error.status === 404) return undefined;
        throw error;
      }
    },
  };
}
