import { z } from 'zod';
import { localUsers, passwordVariable, passwordVariablePrefix } from './api/auth/roles';
import { endpoints, engineProfile, type EngineProfile } from './engine/local/engine-profile';
import { serviceCredentials } from './engine/local/service-credentials';

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/credit'),
  CREDIT_ENGINE_PROFILE: z.enum(['dev', 'test']).default('dev'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Dunning e-mails go to this SMTP server (smtp://user:pass@host:587, smtps://…); unset, they are written to the local outbox folder. */
  SMTP_URL: z.string().url().refine((url) => /^smtps?:\/\//.test(url), 'an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().trim().min(3).default('Credit department <credit@localhost>'),
  /**
   * An e-mail claimed this long ago and still not known as sent is in doubt: finance may resolve it.
   * Longer than any send can take (the SMTP timeouts end a send within two minutes).
   */
  IN_DOUBT_MAIL_AFTER_SECONDS: z.coerce.number().int().min(1).max(86_400).default(180),
  /** An Operaton engine we do not start (production: e.g. http://engine-1:8080/engine-rest); unset, the local one. */
  ENGINE_REST_URL: z.string().url().optional(),
  CREDIT_ENGINE_SERVICE_USER: z.string().regex(/^[A-Za-z0-9]+$/, 'letters and digits (the engine\'s id pattern)').optional(),
  CREDIT_ENGINE_SERVICE_PASSWORD: z.string().min(8).optional(),
  /** Put the local users, their groups, Tasklist rights and filters into the engine at start; 'false' where the engine's identity is managed elsewhere (LDAP). */
  CREDIT_ENGINE_SEED_IDENTITY: z.enum(['true', 'false']).default('true'),
  /** Our running API as clients outside the process reach it (npm run demo); unset, this machine's PORT. */
  CREDIT_API_URL: z.string().url().optional(),
  /** Invoice verification (发票核验): 'http' asks the tax authority's service at INVOICE_VERIFICATION_URL; 'sample' (default) answers from the offline sample. */
  INVOICE_VERIFICATION_MODE: z.enum(['sample', 'http']).default('sample'),
  INVOICE_VERIFICATION_URL: z.string().url().optional(),
  INVOICE_VERIFICATION_APP_ID: z.string().trim().min(1).optional(),
  INVOICE_VERIFICATION_APP_SECRET: z.string().min(8).optional(),
  INVOICE_VERIFICATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
});

/**
 * CREDIT_PASSWORD_<USERNAME>: a local person's password, set explicitly (it is written to the engine at
 * every start). A variable naming nobody is refused, so a typo does not silently leave a password unset.
 */
const localPasswordSchema = z.string().min(8, 'at least 8 characters').max(128).refine((value) => value.trim() === value, 'no leading or trailing spaces');
function parseLocalPasswords(env: NodeJS.ProcessEnv): { passwords: Map<string, string>; problems: string[] } {
  const byVariable = new Map(localUsers.map((user) => [passwordVariable(user.username), user.username]));
  const passwords = new Map<string, string>();
  const problems: string[] = [];
  for (const [variable, value] of Object.entries(env)) {
    if (!variable.startsWith(passwordVariablePrefix) || value === undefined || value === '') continue;
    const username = byVariable.get(variable);
    if (!username) {
      problems.push(`${variable}: no local user has this variable (${[...byVariable.keys()].slice(0, 3).join(', ')} …)`);
      continue;
    }
    const parsed = localPasswordSchema.safeParse(value);
    if (parsed.success) passwords.set(username, parsed.data);
    else problems.push(`${variable}: ${parsed.error.issues.map((issue) => issue.message).join(', ')}`);
  }
  return { passwords, problems };
}

export interface EngineConnection {
  /** True when ENGINE_REST_URL points at an engine we do not start. */
  external: boolean;
  /** The REST API's base, ending in /engine-rest. */
  restAddress: string;
  profile: EngineProfile;
  /** Whether start-up seeds the local users, groups, Tasklist authorizations and filters into the engine. */
  seedIdentity: boolean;
  /** The service user's credentials; read lazily, because a local engine generates its password on first start. */
  credentials(): { user: string; password: string };
}

/** Where dunning e-mails go: an SMTP server, or (no smtpUrl, the safe local default) the outbox folder. */
export interface MailSettings {
  smtpUrl?: string;
  from: string;
}

/** Where Chinese VAT invoices are verified: the tax authority's service over HTTP, or the offline sample (示例数据). */
export type InvoiceVerificationSettings =
  | { mode: 'sample' }
  | { mode: 'http'; baseUrl: string; appId: string; appSecret: string; timeoutMs: number };

export interface AppConfig {
  port: number;
  databaseUrl: string;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  engine: EngineConnection;
  mail: MailSettings;
  /** A claimed e-mail older than this and not known as sent is in doubt: finance may resolve it. */
  inDoubtMailAfterSeconds: number;
  /** Our API's address for clients outside the process (the demo loader). */
  apiUrl: string;
  /** Passwords of local users set in the environment (by username); a user without one keeps or is generated theirs. */
  localPasswords: ReadonlyMap<string, string>;
  invoiceVerification: InvoiceVerificationSettings;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; a wrong value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  const localPasswords = parseLocalPasswords(env);
  if (!parsed.success || localPasswords.problems.length > 0) {
    const problems = [...(parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []), ...localPasswords.problems].join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const values = parsed.data;
  const profile = engineProfile(values.CREDIT_ENGINE_PROFILE, env);
  const external = values.ENGINE_REST_URL !== undefined;
  if (external && !values.CREDIT_ENGINE_SERVICE_PASSWORD) {
    throw new ConfigError('Invalid configuration: CREDIT_ENGINE_SERVICE_PASSWORD: required with ENGINE_REST_URL (the service user of that engine)');
  }
  return {
    invoiceVerification: invoiceVerificationSettings(values),
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    logLevel: values.LOG_LEVEL,
    mail: { smtpUrl: values.SMTP_URL, from: values.MAIL_FROM },
    inDoubtMailAfterSeconds: values.IN_DOUBT_MAIL_AFTER_SECONDS,
    localPasswords: localPasswords.passwords,
    apiUrl: (values.CREDIT_API_URL ?? `http://127.0.0.1:${values.PORT}`).replace(/\/$/, ''),
    engine: {
      external,
      restAddress: (values.ENGINE_REST_URL ?? endpoints(profile).restAddress).replace(/\/$/, ''),
      profile,
      seedIdentity: values.CREDIT_ENGINE_SEED_IDENTITY === 'true',
      credentials: () => {
        const found = serviceCredentials(profile, env);
        if (!found) throw new ConfigError(`The ${profile.name} engine's service password is unknown: start the engine first (npm run engine -- start --profile ${profile.name}) or set CREDIT_ENGINE_SERVICE_PASSWORD.`);
        return found;
      },
    },
  };
}

function invoiceVerificationSettings(values: z.infer<typeof environmentSchema>): InvoiceVerificationSettings {
  if (values.INVOICE_VERIFICATION_MODE === 'sample') return { mode: 'sample' };
  const { INVOICE_VERIFICATION_URL: baseUrl, INVOICE_VERIFICATION_APP_ID: appId, INVOICE_VERIFICATION_APP_SECRET: appSecret } = values;
  const missing = [['INVOICE_VERIFICATION_URL', baseUrl], ['INVOICE_VERIFICATION_APP_ID', appId], ['INVOICE_VERIFICATION_APP_SECRET', appSecret]].filter(([, value]) => !value).map(([name]) => name);
  if (!baseUrl || !appId || !appSecret) throw new ConfigError(`Invalid configuration: ${missing.join(', ')}: required with INVOICE_VERIFICATION_MODE=http`);
  return { mode: 'http', baseUrl, appId, appSecret, timeoutMs: values.INVOICE_VERIFICATION_TIMEOUT_MS };
}
