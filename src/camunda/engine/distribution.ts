import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import engineSettings from '../../../engine/engine.json';
import { EngineSetupError } from './engine-setup-error';
import { engineHome, projectRoot } from './engine-profile';
import type { JavaRuntime } from './java-runtime';

const { groupId, artifactId, version, type } = engineSettings.distribution;
export const engineVersion = version;
const downloadDir = path.join(engineHome, 'download');
export const distributionDir = path.join(engineHome, `${artifactId}-${version}`);
const exporterSource = path.join(projectRoot, 'engine', 'history-exporter', 'src');

/** The jar's name carries a digest of its sources, so an edited exporter is rebuilt. */
function exporterJarPath(): string {
  const digest = createHash('sha256');
  for (const file of listJavaFiles(exporterSource)) digest.update(fs.readFileSync(file));
  return path.join(engineHome, 'history-exporter', `history-exporter-${digest.digest('hex').slice(0, 12)}.jar`);
}

function run(command: string, args: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', (error) =>
      reject(
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? new EngineSetupError(`${what} needs '${command}', which is not installed or not on PATH.`)
          : error,
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new EngineSetupError(`${what} failed: '${command} ${args.join(' ')}' exited with ${code}.`)),
    );
  });
}

/** Downloads the distribution once with Maven (its transfer log is the progress) and unpacks it. */
export async function ensureDistribution(): Promise<string> {
  if (fs.existsSync(path.join(distributionDir, 'bin', 'broker'))) return distributionDir;
  fs.mkdirSync(downloadDir, { recursive: true });
  const archive = path.join(downloadDir, `${artifactId}-${version}.${type}`);
  if (!fs.existsSync(archive)) {
    console.log(`Fetching ${groupId}:${artifactId}:${version}:${type} from Maven Central (about 300 MB, once)…`);
    await run(
      'mvn',
      ['-B', 'dependency:copy', `-Dartifact=${groupId}:${artifactId}:${version}:${type}`, `-DoutputDirectory=${downloadDir}`],
      'Downloading the engine',
    );
  }
  console.log(`Unpacking ${path.basename(archive)}…`);
  const staging = `${distributionDir}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  await run('tar', ['-xzf', archive, '-C', staging, '--strip-components=1'], 'Unpacking the engine');
  fs.renameSync(staging, distributionDir);
  return distributionDir;
}

/** Compiles the history exporter against the engine's own jars (no extra downloads). */
export async function ensureHistoryExporter(java: JavaRuntime): Promise<string> {
  const exporterJar = exporterJarPath();
  if (fs.existsSync(exporterJar)) return exporterJar;
  const classes = path.join(engineHome, 'history-exporter', 'classes');
  fs.rmSync(classes, { recursive: true, force: true });
  const sources = listJavaFiles(exporterSource);
  const javac = path.join(java.home, 'bin', 'javac');
  if (!fs.existsSync(javac)) {
    throw new EngineSetupError(`${java.home} is a JRE without javac; the history exporter needs a JDK 21–25.`);
  }
  await run(javac, ['--release', '21', '-nowarn', '-cp', path.join(distributionDir, 'lib', '*'), '-d', classes, ...sources], 'Compiling the history exporter');
  await run(path.join(java.home, 'bin', 'jar'), ['cf', exporterJar, '-C', classes, '.'], 'Packaging the history exporter');
  return exporterJar;
}

function listJavaFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listJavaFiles(full);
    return entry.name.endsWith('.java') ? [full] : [];
  });
}

export function mavenAvailable(): boolean {
  return spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status === 0;
}
