import { Client } from 'pg';

export interface PostgresServer {
  host: string;
  port: number;
  user: string;
  password?: string;
}

/** Parses postgres://user:password@host:port/db into the server part and the database name. */
export function parsePostgresUrl(url: string): { server: PostgresServer; database: string } {
  const parsed = new URL(url);
  return {
    server: {
      host: parsed.hostname,
      port: Number(parsed.port || 5432),
      user: decodeURIComponent(parsed.username || 'postgres'),
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    },
    database: parsed.pathname.replace(/^\//, ''),
  };
}

export async function postgresReachable(server: PostgresServer): Promise<boolean> {
  const client = new Client({ ...server, database: 'postgres', connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database if it does not exist yet; concurrent callers are harmless. */
export async function ensureDatabase(server: PostgresServer, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Refusing unusual database name '${database}'.`);
  const client = new Client({ ...server, database: 'postgres', connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${database}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by someone else
      });
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(server: PostgresServer, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Refusing unusual database name '${database}'.`);
  const client = new Client({ ...server, database: 'postgres' });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
