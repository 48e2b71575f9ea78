import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EngineSetupError } from './engine-setup-error';

export interface JavaRuntime {
  home: string;
  major: number;
}

/** The major version a `java -version` banner reports ("17.0.15", "25", "1.8.0_402" → 8). */
export function parseJavaMajor(banner: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(banner);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function majorOf(home: string): number | undefined {
  const java = path.join(home, 'bin', 'java');
  if (!fs.existsSync(java)) return undefined;
  const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
  return parseJavaMajor(`${run.stderr ?? ''}${run.stdout ?? ''}`);
}

/**
 * Finds a Java runtime the engine accepts: JAVA_HOME if it fits, else the newest
 * fitting JDK under the JVM folder.
 */
export function findJavaRuntime(
  range: { min: number; max: number },
  env: NodeJS.ProcessEnv = process.env,
  jvmDir = env.CREDIT_JVM_DIR ?? '/usr/lib/jvm',
): JavaRuntime {
  const candidates: string[] = [];
  if (env.JAVA_HOME) candidates.push(env.JAVA_HOME);
  if (fs.existsSync(jvmDir)) {
    for (const entry of fs.readdirSync(jvmDir).sort()) candidates.push(path.join(jvmDir, entry));
  }
  const seen: string[] = [];
  const fitting: JavaRuntime[] = [];
  for (const home of candidates) {
    const major = majorOf(home);
    if (major === undefined) continue;
    seen.push(`${home} (Java ${major})`);
    if (major >= range.min && major <= range.max) fitting.push({ home, major });
  }
  const fromJavaHome = fitting.find((runtime) => runtime.home === env.JAVA_HOME);
  const best = fromJavaHome ?? fitting.sort((a, b) => b.major - a.major)[0];
  if (best) return best;
  throw new EngineSetupError(
    `No Java ${range.min}–${range.max} runtime found; the engine needs one. Install one (e.g. Debian's openjdk-17-jdk-headless, or Temurin 25) ` +
      `and set JAVA_HOME to it. Looked at: ${seen.length ? seen.join(', ') : `nothing (JAVA_HOME unset, no JDK under ${jvmDir})`}.`,
  );
}
