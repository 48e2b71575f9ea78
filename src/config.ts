import { z } from 'zod';
import { endpoints, engineProfile, type EngineProfile } from './camunda/engine/engine-profile';

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/credit'),
  /** Where the engine's history exporter writes; defaults to the profile's database on the same server. */
  HISTORY_DATABASE_URL: z.string().url().optional(),
  CREDIT_ENGINE_PROFILE: z.enum(['dev', 'test']).default('dev'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Dunning e-mails go to this SMTP server (smtp://user:pass@host:587, smtps://…); unset, they are written to the local outbox folder. */
  SMTP_URL: z.string().url().refine((url) => /^smtps?:\/\//.test(url), 'an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().trim().min(3).default('Credit department <credit@localhost>'),
  // The SDK's own variables: when any of these is set, the cluster is someone else's.
  ZEEBE_GRPC_ADDRESS: z.string().min(1).optional(),
  ZEEBE_REST_ADDRESS: z.string().url().optional(),
  CAMUNDA_OAUTH_URL: z.string().url().optional(),
  ZEEBE_CLIENT_ID: z.string().min(1).optional(),
});

export interface CamundaConnection {
  /** True when the SDK's environment points at a cluster we do not start (self-managed or SaaS). */
  external: boolean;
  grpcAddress?: string;
  restAddress?: string;
  managementAddress?: string;
  profile: EngineProfile;
}

/** Where dunning e-mails go: an SMTP server, or (no smtpUrl, the safe local default) the outbox folder. */
export interface MailSettings {
  smtpUrl?: string;
  from: string;
}

export interface AppConfig {
  port: number;
  databaseUrl: string;
  historyDatabaseUrl: string;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  camunda: CamundaConnection;
  mail: MailSettings;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; a wrong value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const values = parsed.data;
  const profile = engineProfile(values.CREDIT_ENGINE_PROFILE, env);
  const external = Boolean(values.ZEEBE_GRPC_ADDRESS || values.ZEEBE_REST_ADDRESS || values.CAMUNDA_OAUTH_URL || values.ZEEBE_CLIENT_ID);
  const local = endpoints(profile);
  return {
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    historyDatabaseUrl: values.HISTORY_DATABASE_URL ?? withDatabase(values.DATABASE_URL, profile.historyDatabase),
    logLevel: values.LOG_LEVEL,
    mail: { smtpUrl: values.SMTP_URL, from: values.MAIL_FROM },
    camunda: external
      ? { external, grpcAddress: values.ZEEBE_GRPC_ADDRESS, restAddress: values.ZEEBE_REST_ADDRESS, profile }
      : { external, grpcAddress: local.grpcAddress, restAddress: local.restAddress, managementAddress: local.managementAddress, profile },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
