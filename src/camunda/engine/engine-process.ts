import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import engineSettings from '../../../engine/engine.json';
import { ensureDistribution, ensureHistoryExporter, engineVersion, mavenAvailable, distributionDir } from './distribution';
import { EngineSetupError } from './engine-setup-error';
import { endpoints, projectRoot, profileFiles, type EngineProfile } from './engine-profile';
import { findJavaRuntime, type JavaRuntime } from './java-runtime';
import { pidListeningOn } from './listening-process';
import { portInUse } from './port-check';
import { dropDatabase, ensureDatabase, postgresReachable, setAsideHistory, type PostgresServer } from './postgres-database';

export interface StartOptions {
  postgres: PostgresServer;
  readinessTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface StartResult {
  reused: boolean;
  historyStore: string;
  startMs: number;
}

export async function isReady(profile: EngineProfile): Promise<boolean> {
  try {
    const response = await fetch(`${endpoints(profile).managementAddress}/actuator/health/readiness`, {
      signal: AbortSignal.timeout(2000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

export function runningPid(profile: EngineProfile): number | undefined {
  const { pidFile } = profileFiles(profile);
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

export function lastLogLines(profile: EngineProfile, count: number): string {
  const { logFile } = profileFiles(profile);
  if (!fs.existsSync(logFile)) return '(no log file yet)';
  return fs.readFileSync(logFile, 'utf8').split('\n').slice(-count).join('\n');
}

/**
 * History rows are keyed by the engine's log positions, which start again at 1 in a new data
 * folder: history left from an earlier data folder would collide with the new records, so it
 * is set aside (dev) or dropped (test) before a fresh engine starts.
 */
async function historyJdbcUrl(profile: EngineProfile, postgres: PostgresServer, freshDataFolder: boolean, log: (line: string) => void) {
  if (await postgresReachable(postgres)) {
    if (freshDataFolder && profile.name === 'test') await dropDatabase(postgres, profile.historyDatabase);
    await ensureDatabase(postgres, profile.historyDatabase);
    if (freshDataFolder && profile.name !== 'test') {
      const setAside = await setAsideHistory(postgres, profile.historyDatabase);
      if (setAside) log(`The engine's data folder is new: earlier history moved to table ${setAside} of '${profile.historyDatabase}'.`);
    }
    const credentials = postgres.password ? `&password=${encodeURIComponent(postgres.password)}` : '';
    return {
      url: `jdbc:postgresql://${postgres.host}:${postgres.port}/${profile.historyDatabase}?user=${encodeURIComponent(postgres.user)}${credentials}`,
      label: `PostgreSQL database '${profile.historyDatabase}'`,
    };
  }
  log(`PostgreSQL at ${postgres.host}:${postgres.port} is not reachable: engine history goes to an H2 file instead.`);
  if (freshDataFolder) fs.rmSync(`${profileFiles(profile).h2File}.mv.db`, { force: true });
  return { url: `jdbc:h2:file:${profileFiles(profile).h2File}`, label: `H2 file ${profileFiles(profile).h2File}` };
}

function engineEnvironment(profile: EngineProfile, java: JavaRuntime, exporterJar: string, historyUrl: string) {
  const javaOptions = [`-Xmx${engineSettings.heap}`, '-XX:+ExitOnOutOfMemoryError'];
  // RocksDB's JNI binding and Agrona use sun.misc.Unsafe, which Java 23+ warns about or denies.
  if (java.major >= 23) javaOptions.push('--sun-misc-unsafe-memory-access=allow', '--enable-native-access=ALL-UNNAMED');
  return {
    ...process.env,
    JAVA_HOME: java.home,
    JAVA_OPTS: javaOptions.join(' '),
    SPRING_CONFIG_ADDITIONAL_LOCATION: path.join(projectRoot, 'engine', 'application.yaml'),
    SERVER_PORT: String(profile.restPort),
    MANAGEMENT_SERVER_PORT: String(profile.managementPort),
    ZEEBE_BROKER_GATEWAY_NETWORK_PORT: String(profile.grpcPort),
    ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT: String(profile.commandPort),
    ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT: String(profile.internalPort),
    ZEEBE_BROKER_DATA_DIRECTORY: profileFiles(profile).dataDir,
    ZEEBE_CLOCK_CONTROLLED: String(profile.clockControlled),
    ZEEBE_BROKER_EXPORTERS_HISTORY_JARPATH: exporterJar,
    ZEEBE_BROKER_EXPORTERS_HISTORY_ARGS_URL: historyUrl,
  };
}

/** Starts the profile's engine in the background and waits until it is ready; reuses a running one. */
export async function startEngine(profile: EngineProfile, options: StartOptions): Promise<StartResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = Date.now();
  if (await isReady(profile)) {
    return { reused: true, historyStore: 'unchanged (engine already running)', startMs: 0 };
  }
  if (runningPid(profile) !== undefined) {
    log('An engine process of this profile exists but is not ready yet; waiting for it.');
    await waitUntilReady(profile, options.readinessTimeoutMs ?? 180_000, runningPid(profile));
    return { reused: true, historyStore: 'unchanged (engine already running)', startMs: Date.now() - started };
  }
  for (const port of [profile.grpcPort, profile.restPort, profile.managementPort, profile.commandPort, profile.internalPort]) {
    if (await portInUse(port)) {
      throw new EngineSetupError(
        `Port ${port} is already in use by another program, so the ${profile.name} engine cannot start. ` +
          `Stop that program (e.g. 'ss -ltnp | grep ${port}' shows which) and try again.`,
      );
    }
  }
  const java = findJavaRuntime(engineSettings.javaVersions);
  if (!fs.existsSync(path.join(distributionDir, 'bin', 'broker')) && !mavenAvailable()) {
    throw new EngineSetupError("The engine is not downloaded yet and Maven ('mvn') is not installed: install Maven and try again.");
  }
  await ensureDistribution();
  const exporterJar = await ensureHistoryExporter(java);
  const files = profileFiles(profile);
  const freshDataFolder = !fs.existsSync(files.dataDir) || fs.readdirSync(files.dataDir).length === 0;
  const history = await historyJdbcUrl(profile, options.postgres, freshDataFolder, log);

  fs.mkdirSync(files.dataDir, { recursive: true });
  const logFd = fs.openSync(files.logFile, 'w');
  log(`Starting Camunda ${engineVersion} (${profile.name}) with Java ${java.major}; log: ${path.relative(projectRoot, files.logFile)}`);
  const child = spawn(path.join(distributionDir, 'bin', 'broker'), [], {
    cwd: distributionDir,
    env: engineEnvironment(profile, java, exporterJar, history.url),
    detached: true,
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  if (child.pid === undefined) throw new EngineSetupError('The engine process could not be spawned.');
  fs.writeFileSync(files.pidFile, String(child.pid));
  child.unref();
  await waitUntilReady(profile, options.readinessTimeoutMs ?? 180_000, child.pid);
  return { reused: false, historyStore: history.label, startMs: Date.now() - started };
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
  throw new EngineSetupError(
    `The engine did not become ready within ${Math.round(timeoutMs / 1000)} s. Last log lines:\n${lastLogLines(profile, 40)}`,
  );
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function stopEngine(profile: EngineProfile, timeoutMs = 30_000): Promise<boolean> {
  const pid = runningPid(profile);
  if (pid === undefined) return false;
  process.kill(-pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
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

export async function engineStatus(profile: EngineProfile): Promise<EngineStatus> {
  const ready = await isReady(profile);
  // An engine started from another checkout has no pid file here: find it by its port.
  const pid = runningPid(profile) ?? (ready ? pidListeningOn(profile.managementPort) : undefined);
  if (pid === undefined && !ready) return { running: false, ready };
  const status: EngineStatus = { running: true, ready, pid };
  try {
    const topology = (await (await fetch(`${endpoints(profile).restAddress}/v2/topology`)).json()) as { gatewayVersion?: string };
    status.version = topology.gatewayVersion;
  } catch {
    status.version = undefined;
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

/** Resident memory of the engine's JVM: the start script's child, found through /proc. */
function residentMemoryMb(scriptPid: number): number | undefined {
  const pids = [scriptPid, ...childPids(scriptPid)];
  let totalKb = 0;
  for (const pid of pids) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      totalKb += Number(match?.[1] ?? 0);
    } catch {
      // the process ended meanwhile
    }
  }
  return totalKb ? Math.round(totalKb / 1024) : undefined;
}

function childPids(pid: number): number[] {
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return children ? children.split(/\s+/).map(Number).flatMap((child) => [child, ...childPids(child)]) : [];
  } catch {
    return [];
  }
}
