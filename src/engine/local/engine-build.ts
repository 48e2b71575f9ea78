import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import engineSettings from '../../../engine/engine.json';
import { EngineSetupError } from './engine-setup-error';
import { engineHome, projectRoot } from './engine-profile';
import type { JavaRuntime } from './java-runtime';

const engineProject = path.join(projectRoot, 'engine');

/** The engine application's sources: the jar is rebuilt whenever one of them changes. */
function sourceFiles(dir = engineProject): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'target' ? [] : sourceFiles(full);
    return [full];
  }).sort();
}

export function cachedJarPath(): string {
  const digest = createHash('sha256');
  for (const file of sourceFiles()) digest.update(path.relative(engineProject, file)).update(fs.readFileSync(file));
  return path.join(engineHome, 'build', `${engineSettings.artifact}-${digest.digest('hex').slice(0, 12)}.jar`);
}

/**
 * The cached jars that running JVMs were started from (read from /proc on Linux). Spring Boot reads
 * classes from its jar by path while it runs, so a jar in use must not be deleted under it.
 */
function jarsInUse(): Set<string> {
  const inUse = new Set<string>();
  if (!fs.existsSync('/proc')) return inUse;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      for (const argument of fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')) {
        if (argument.startsWith(path.join(engineHome, 'build'))) inUse.add(argument);
      }
    } catch {
      // ended meanwhile or not ours to read
    }
  }
  return inUse;
}

export function mavenAvailable(): boolean {
  return spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status === 0;
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: 'inherit' });
    child.on('error', (error) =>
      reject((error as NodeJS.ErrnoException).code === 'ENOENT' ? new EngineSetupError(`${what} needs '${command}', which is not installed or not on PATH.`) : error),
    );
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new EngineSetupError(`${what} failed: '${command} ${args.join(' ')}' exited with ${code}.`))));
  });
}

/** Builds the engine application once with Maven (`mvn -q package`) and caches the jar under .engine/build. */
export async function ensureEngineJar(java: JavaRuntime, log: (line: string) => void): Promise<{ jar: string; built: boolean; buildMs: number }> {
  const jar = cachedJarPath();
  if (fs.existsSync(jar)) return { jar, built: false, buildMs: 0 };
  if (!mavenAvailable()) throw new EngineSetupError("The engine is not built yet and Maven ('mvn') is not installed: install Maven 3.8+ and try again.");
  const started = Date.now();
  log(`Building the engine application (Operaton ${engineSettings.operatonVersion}) with Maven, once…`);
  await run('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: engineProject, env: { ...process.env, JAVA_HOME: java.home } }, 'Building the engine');
  fs.mkdirSync(path.dirname(jar), { recursive: true });
  // earlier builds go, except those a running engine (another profile, a kept test engine) still reads
  const inUse = jarsInUse();
  for (const old of fs.readdirSync(path.dirname(jar))) {
    if (!inUse.has(path.join(path.dirname(jar), old))) fs.rmSync(path.join(path.dirname(jar), old), { force: true });
  }
  fs.copyFileSync(path.join(engineProject, 'target', `${engineSettings.artifact}.jar`), jar);
  return { jar, built: true, buildMs: Date.now() - started };
}
