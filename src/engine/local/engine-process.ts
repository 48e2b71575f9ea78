import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import engineSettings from '../../../engine/engine.json';
import { ensureEngineJar } from './engine-build';
import { EngineSetupError } from './engine-setup-error';
import { endpoints, projectRoot, profileFiles, type EngineProfile } from './engine-profile';
import { findJavaRuntime, type JavaRuntime } from './java-runtime';
import { pidListeningOn } from './listening-process';
import { portInUse } from './port-check';
import { ensureDatabase, postgresReachable, type PostgresServer } from './postgres-database';
import { serviceCredentials, type ServiceCredentials } from './service-credentials';

export interface StartOptions {
  postgres: PostgresServer;
  readinessTimeoutMs?: number;
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface StartResult {
  reused: boolean;
  /** Where the engine keeps its runtime and history tables. */
  database: string;
  startMs: number;
  buildMs: number;
}

export async function isReady(profile: EngineProfile): Promise<boolean> {
  try {
    const response = await fetch(endpoints(profile).health, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

export function runningPid(profile: EngineProfile): number | undefined {
  const { pidFile } = profileFiles(profile);
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  return processAlive(pid) ? pid : undefined;
}

export function lastLogLines(profile: EngineProfile, count: number): string {
  const { logFile } = profileFiles(profile);
  if (!fs.existsSync(logFile)) return '(no log file yet)';
  return fs.readFileSync(logFile, 'utf8').split('\n').slice(-count).join('\n');
}

/** PostgreSQL database of the profile (created when absent), else an H2 file in the run folder. */
async function databaseSettings(profile: EngineProfile, postgres: PostgresServer, log: (line: string) => void) {
  if (await postgresReachable(postgres)) {
    await ensureDatabase(postgres, profile.database);
    return {
      url: `jdbc:postgresql://${postgres.host}:${postgres.port}/${profile.database}`,
      user: postgres.user,
      password: postgres.password ?? '',
      label: `PostgreSQL database '${profile.database}'`,
    };
  }
  log(`PostgreSQL at ${postgres.host}:${postgres.port} is not reachable: the engine keeps its data in an H2 file instead.`);
  const file = profileFiles(profile).h2File;
  return { url: `jdbc:h2:file:${file};DB_CLOSE_ON_EXIT=FALSE`, user: 'sa', password: '', label: `H2 file ${file}.mv.db` };
}

function engineArguments(profile: EngineProfile, java: JavaRuntime, jar: string) {
  const options = [`-Xmx${engineSettings.heap}`, '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8', '-Duser.timezone=UTC'];
  if (java.major >= 24) options.push('--enable-native-access=ALL-UNNAMED');
  return [...options, '-jar', jar, `--spring.profiles.active=${profile.name}`];
}

function engineEnvironment(profile: EngineProfile, database: { url: string; user: string; password: string }, credentials: ServiceCredentials, env: NodeJS.ProcessEnv) {
  return {
    ...env,
    SERVER_PORT: String(profile.port),
    SPRING_DATASOURCE_URL: database.url,
    SPRING_DATASOURCE_USERNAME: database.user,
    SPRING_DATASOURCE_PASSWORD: database.password,
    CREDIT_ENGINE_SERVICE_USER: credentials.user,
    CREDIT_ENGINE_SERVICE_PASSWORD: credentials.password,
  };
}

/** Builds the engine once, starts the profile's engine in the background and waits until it is ready; reuses a running one. */
export async function startEngine(profile: EngineProfile, options: StartOptions): Promise<StartResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const env = options.env ?? process.env;
  const started = Date.now();
  if (await isReady(profile)) return { reused: true, database: 'unchanged (engine already running)', startMs: 0, buildMs: 0 };
  if (runningPid(profile) !== undefined) {
    log('An engine process of this profile exists but is not ready yet; waiting for it.');
    await waitUntilReady(profile, options.readinessTimeoutMs ?? 240_000, runningPid(profile));
    return { reused: true, database: 'unchanged (engine already running)', startMs: Date.now() - started, buildMs: 0 };
  }
  if (await portInUse(profile.port)) {
    throw new EngineSetupError(
      `Port ${profile.port} is already in use by another program, so the ${profile.name} engine cannot start. ` +
        `Stop that program (e.g. 'ss -ltnp | grep ${profile.port}' shows which) and try again.`,
    );
  }
  const java = findJavaRuntime(engineSettings.javaVersions, env);
  const build = await ensureEngineJar(java, log);
  const database = await databaseSettings(profile, options.postgres, log);
  const credentials = serviceCredentials(profile, env, true) as ServiceCredentials;

  const files = profileFiles(profile);
  fs.mkdirSync(profile.runDir, { recursive: true });
  const logFd = fs.openSync(files.logFile, 'w');
  log(`Starting Operaton ${engineSettings.operatonVersion} (${profile.name}) with Java ${java.major}; log: ${path.relative(projectRoot, files.logFile)}`);
  const child = spawn(path.join(java.home, 'bin', 'java'), engineArguments(profile, java, build.jar), {
    cwd: profile.runDir,
    env: engineEnvironment(profile, database, credentials, env),
    detached: true,
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  if (child.pid === undefined) throw new EngineSetupError('The engine process could not be spawned.');
  fs.writeFileSync(files.pidFile, String(child.pid));
  child.unref();
  const startedAt = Date.now();
  await waitUntilReady(profile, options.readinessTimeoutMs ?? 240_000, child.pid);
  return { reused: false, database: database.label, startMs: Date.now() - startedAt, buildMs: build.buildMs };
}

async function waitUntilReady(profile: EngineProfile, timeoutMs: number, pid: number | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isReady(profile)) return;
    if (pid !== undefined && !processAlive(pid)) {
      throw new EngineSetupError(`The engine exited during start-up. Last log lines:\n${lastLogLines(profile, 40)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new EngineSetupError(`The engine did not become ready within ${Math.round(timeoutMs / 1000)} s. Last log lines:\n${lastLogLines(profile, 40)}`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the engine gracefully (SIGTERM, then SIGKILL after the timeout); `kill` skips the grace, as a crash would. */
export async function stopEngine(profile: EngineProfile, options: { timeoutMs?: number; kill?: boolean } = {}): Promise<boolean> {
  const pid = runningPid(profile);
  if (pid === undefined) return false;
  process.kill(-pid, options.kill ? 'SIGKILL' : 'SIGTERM');
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (processAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (processAlive(pid)) process.kill(-pid, 'SIGKILL');
  fs.rmSync(profileFiles(profile).pidFile, { force: true });
  return true;
}

export interface EngineStatus {
  running: boolean;
  ready: boolean;
  pid?: number;
  version?: string;
  uptimeSeconds?: number;
  residentMemoryMb?: number;
}

export async function engineStatus(profile: EngineProfile, env: NodeJS.ProcessEnv = process.env): Promise<EngineStatus> {
  const ready = await isReady(profile);
  // An engine started from another checkout has no pid file here: find it by its port.
  const pid = runningPid(profile) ?? (ready ? pidListeningOn(profile.port) : undefined);
  if (pid === undefined && !ready) return { running: false, ready };
  const status: EngineStatus = { running: true, ready, pid };
  const credentials = serviceCredentials(profile, env);
  if (credentials) {
    try {
      const response = await fetch(`${endpoints(profile).restAddress}/version`, {
        headers: { authorization: `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}` },
      });
      status.version = ((await response.json()) as { version?: string }).version;
    } catch {
      status.version = undefined;
    }
  }
  if (pid !== undefined) {
    status.uptimeSeconds = processUptimeSeconds(pid);
    status.residentMemoryMb = residentMemoryMb(pid);
  }
  return status;
}

/** Seconds since the process started, from /proc/<pid>/stat (field 22, in clock ticks after boot). */
function processUptimeSeconds(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const startTicks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const bootUptime = Number(fs.readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
    return Math.round(bootUptime - startTicks / 100);
  } catch {
    return undefined;
  }
}

/** Resident memory of the engine's JVM, read from /proc. */
export function residentMemoryMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
