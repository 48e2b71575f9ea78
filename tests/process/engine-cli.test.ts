import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import engineSettings from '../../engine/engine.json';
import { endpoints, engineProfile, projectRoot, profileFiles, scratchEngineProfile, type EngineProfile } from '../../src/engine/local/engine-profile';
import { engineStatus, lastLogLines, startEngine, stopEngine } from '../../src/engine/local/engine-process';
import { EngineSetupError } from '../../src/engine/local/engine-setup-error';
import { portInUse } from '../../src/engine/local/port-check';
import { dropDatabase } from '../../src/engine/local/postgres-database';
import { serviceCredentials } from '../../src/engine/local/service-credentials';

const run = promisify(execFile);
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'src', 'engine', 'engine.cli.ts'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
  }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

const postgres = { host: '127.0.0.1', port: 5432, user: 'postgres' };

/** A third engine beside dev and test: own port, database and folder, so these tests disturb neither. */
const scratchProfiles: EngineProfile[] = [];
const scratchProfile = () => {
  const profile = scratchEngineProfile('cli_test', 1, fs.mkdtempSync(path.join(os.tmpdir(), 'engine-cli-')));
  scratchProfiles.push(profile);
  return profile;
};

describe('npm run engine', () => {
  // a start slower than the test's time limit must not leave a scratch engine running
  afterAll(async () => {
    for (const profile of scratchProfiles) {
      await stopEngine(profile, { kill: true });
      fs.rmSync(profile.runDir, { recursive: true, force: true });
    }
  });

  it('when the command is unknown, then it prints the usage and exits 2', async () => {
    const result = await cli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run engine -- start|stop|status|logs [--profile dev|test]');
  });

  it('when ENGINE_REST_URL points at another engine, then no local engine is started', async () => {
    const result = await cli(['start', '--profile', 'dev'], { ENGINE_REST_URL: 'https://engine-1.example/engine-rest', CREDIT_ENGINE_SERVICE_PASSWORD: 'a-long-secret' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ENGINE_REST_URL points at an engine we do not run (https://engine-1.example/engine-rest); no local engine is started.');
  });

  it('when the test engine runs, then status prints Operaton with its version, pid, uptime and resident memory', async () => {
    const result = await cli(['status', '--profile', 'test']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`The test engine is ready: Operaton ${engineSettings.operatonVersion.replace(/\./g, '\\.')}, pid \\d+, up \\d+ s, resident memory \\d+ MB\\.`));
  });

  it('when the test engine runs, then start reuses it and prints the REST, Tasklist, Cockpit and Admin addresses', async () => {
    const result = await cli(['start', '--profile', 'test']);
    const urls = endpoints(engineProfile('test'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The test engine is already running; reusing it.');
    expect(result.stdout).toContain(`REST ${urls.restAddress}   Tasklist ${urls.tasklist}   Cockpit ${urls.cockpit}   Admin ${urls.admin}`);
  });

  it('when logs are asked for, then the last hundred lines of the engine log are printed', async () => {
    const result = await cli(['logs', '--profile', 'test']);
    expect(result.code).toBe(0);
    const log = fs.readFileSync(profileFiles(engineProfile('test')).logFile, 'utf8');
    const printed = result.stdout.replace(/\n$/, '').split('\n');
    expect(printed).toHaveLength(Math.min(100, log.split('\n').length));
    expect(log).toContain(printed.join('\n'));
  });

  it('when its port is taken, then start refuses and names the port', async () => {
    const profile = scratchProfile();
    const blocker = net.createServer().listen(profile.port, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      await expect(startEngine(profile, { postgres, log: () => undefined })).rejects.toThrow(
        new EngineSetupError(`Port ${profile.port} is already in use by another program, so the test engine cannot start. Stop that program (e.g. 'ss -ltnp | grep ${profile.port}' shows which) and try again.`),
      );
    } finally {
      blocker.close();
      fs.rmSync(profile.runDir, { recursive: true, force: true });
    }
  });

  it('when no Java 17–25 can be found, then start refuses and says how to fix it', async () => {
    const profile = scratchProfile();
    try {
      await expect(
        startEngine(profile, { postgres, log: () => undefined, env: { ...process.env, JAVA_HOME: '/nonexistent-java', CREDIT_JVM_DIR: profile.runDir } }),
      ).rejects.toThrow(/No Java 17–25 runtime found.*set JAVA_HOME to it\. Looked at: nothing \(JAVA_HOME unset, no JDK under/s);
    } finally {
      fs.rmSync(profile.runDir, { recursive: true, force: true });
    }
  });

  it('when PostgreSQL is unreachable, then the engine starts with its data in an H2 file, answers as Operaton, and stops again', async () => {
    const profile = scratchProfile();
    const messages: string[] = [];
    try {
      const result = await startEngine(profile, { postgres: { host: '127.0.0.1', port: 1, user: 'postgres' }, log: (line) => messages.push(line) });
      expect(result.reused).toBe(false);
      expect(result.database).toBe(`H2 file ${profileFiles(profile).h2File}.mv.db`);
      expect(messages.join('\n')).toContain('PostgreSQL at 127.0.0.1:1 is not reachable: the engine keeps its data in an H2 file instead.');
      expect(fs.existsSync(`${profileFiles(profile).h2File}.mv.db`)).toBe(true);
      // the REST API answers the service user (basic auth), nobody else
      const credentials = serviceCredentials(profile) as { user: string; password: string };
      const version = await fetch(`${endpoints(profile).restAddress}/version`, {
        headers: { authorization: `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}` },
      });
      expect(await version.json()).toEqual({ version: engineSettings.operatonVersion });
      expect((await fetch(`${endpoints(profile).restAddress}/version`)).status).toBe(401);
      const status = await engineStatus(profile);
      expect(status).toMatchObject({ running: true, ready: true, version: engineSettings.operatonVersion });
      expect(status.residentMemoryMb).toBeGreaterThan(100);
      expect(lastLogLines(profile, 200)).toMatch(/Started CreditEngineApplication/);

      expect(await stopEngine(profile)).toBe(true);
      expect(await engineStatus(profile)).toEqual({ running: false, ready: false });
      expect(await portInUse(profile.port)).toBe(false);
      expect(await stopEngine(profile)).toBe(false);
    } finally {
      await stopEngine(profile, { kill: true });
      fs.rmSync(profile.runDir, { recursive: true, force: true });
      await dropDatabase(postgres, profile.database);
    }
  }, 360_000);
});
