import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { profileFiles, type EngineProfile } from './engine-profile';

export interface ServiceCredentials {
  user: string;
  password: string;
}

export const defaultServiceUser = 'creditservice';

/**
 * The technical user our workers and API call the engine as. Its password comes from
 * CREDIT_ENGINE_SERVICE_PASSWORD or, on a laptop, is generated on the first start and kept in the
 * profile's git-ignored run folder (readable by its owner only); the engine stores only its hash.
 */
export function serviceCredentials(profile: EngineProfile, env: NodeJS.ProcessEnv = process.env, create = false): ServiceCredentials | undefined {
  const user = env.CREDIT_ENGINE_SERVICE_USER ?? defaultServiceUser;
  if (env.CREDIT_ENGINE_SERVICE_PASSWORD) return { user, password: env.CREDIT_ENGINE_SERVICE_PASSWORD };
  const file = profileFiles(profile).servicePasswordFile;
  if (fs.existsSync(file)) return { user, password: fs.readFileSync(file, 'utf8').trim() };
  if (!create) return undefined;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return { user, password };
}
