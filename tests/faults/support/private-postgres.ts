import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PostgresServer } from '../../../src/engine/local/postgres-database';

/** The newest PostgreSQL server binaries installed the Debian way (/usr/lib/postgresql/<version>/bin). */
function postgresBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((version) => path.join(root, version, 'bin')).find((bin) => fs.existsSync(path.join(bin, 'pg_ctl')));
  if (!found) throw new Error(`No PostgreSQL server binaries under ${root}/<version>/bin: install the postgresql package.`);
  return found;
}

/**
 * A PostgreSQL instance of the test's own (initdb into a temporary folder, its own port), so the test
 * can restart it without touching the machine's shared cluster. Run as the `postgres` OS user (via
 * runuser when the test runs as root: the server refuses to run as root).
 */
export class PrivatePostgres {
  readonly server: PostgresServer;
  readonly dataDir: string;
  private readonly bin = postgresBinaries();
  restarts = 0;

  constructor(port: number) {
    this.server = { host: '127.0.0.1', port, user: 'postgres' };
    this.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faults-postgres-'));
  }

  /** Asynchronous: the test process serves the mail server and the investigation's outside systems meanwhile. */
  private async run(tool: string, args: string[]): Promise<string> {
    const asPostgres = process.getuid?.() === 0;
    if (asPostgres) fs.chownSync(this.dataDir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
    const command = asPostgres ? 'runuser' : path.join(this.bin, tool);
    const commandArgs = asPostgres ? ['-u', 'postgres', '--', path.join(this.bin, tool), ...args] : args;
    return (await promisify(execFile)(command, commandArgs, { timeout: 120_000 })).stdout;
  }

  async init(): Promise<void> {
    await this.run('initdb', ['-D', this.dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C.UTF-8']);
    fs.appendFileSync(path.join(this.dataDir, 'postgresql.conf'), `\nport = ${this.server.port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${this.dataDir}'\nmax_connections = 100\nfsync = off\n`);
  }

  async start(): Promise<void> {
    await this.run('pg_ctl', ['-D', this.dataDir, '-l', path.join(this.dataDir, 'server.log'), '-w', 'start']);
  }

  /** Stops the server: `fast` ends every session (a planned restart), `immediate` as a crash would. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.run('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', 'stop']);
  }

  /** Stops it, keeps it down for `downMs`, starts it again. */
  async restart(mode: 'fast' | 'immediate', downMs: number): Promise<void> {
    await this.stop(mode);
    await new Promise((resolve) => setTimeout(resolve, downMs));
    await this.start();
    this.restarts += 1;
  }

  async destroy(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
