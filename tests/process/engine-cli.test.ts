import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { engineProfile, projectRoot, profileFiles, type EngineProfile } from '../../src/engine/local/engine-profile';
import { startEngine, stopEngine } from '../../src/engine/local/engine-process';
import { EngineSetupError } from '../../src/engine/local/engine-setup-error';

const run = promisify(execFile);
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'src', 'camunda', 'engine.cli.ts'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
  }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

/** A third engine beside dev and test: own ports and folder, so these tests disturb neither. */
function scratchProfile(): EngineProfile {
  return {
    ...engineProfile('test'),
    grpcPort: 27600, restPort: 27680, managementPort: 27700, commandPort: 27601, internalPort: 27602,
    historyDatabase: 'camunda_cli_test',
    runDir: fs.mkdtempSync(path.join(os.tmpdir(), 'engine-cli-')),
  };
}

describe('npm run engine', () => {
  it('when the command is unknown, then it prints the usage and exits 2', async () => {
    const result = await cli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run engine -- start|stop|status|logs');
  });

  it("when the SDK's variables point at another cluster, then no local engine is started", async () => {
    const result = await cli(['start', '--profile', 'dev'], { ZEEBE_GRPC_ADDRESS: 'grpcs://cluster.example:443', CAMUNDA_AUTH_STRATEGY: 'NONE' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no local engine is started');
  });

  it('when the test engine runs, then status prints version, uptime and resident memory', async () => {
    const result = await cli(['status', '--profile', 'test']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ready: version 8\.6\.0, pid \d+, up \d+ s, resident memory \d+ MB/);
  });

  it('when a port it needs is taken, then start refuses and names the port', async () => {
    const profile = scratchProfile();
    const blocker = net.createServer().listen(profile.restPort, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      await expect(startEngine(profile, { postgres: { host: '127.0.0.1', port: 5432, user: 'postgres' }, log: () => undefined })).rejects.toThrow(
        new EngineSetupError(`Port ${profile.restPort} is already in use by another program, so the test engine cannot start. Stop that program (e.g. 'ss -ltnp | grep ${profile.restPort}' shows which) and try again.`),
      );
    } finally {
      blocker.close();
      fs.rmSync(profile.runDir, { recursive: true, force: true });
    }
  });

  it('when no Java 21–25 can be found, then start refuses and says how to fix it', async () => {
    const profile = scratchProfile();
    const saved = { JAVA_HOME: process.env.JAVA_HOME, CREDIT_JVM_DIR: process.env.CREDIT_JVM_DIR };
    process.env.JAVA_HOME = '/nonexistent-java';
    process.env.CREDIT_JVM_DIR = profile.runDir;
    try {
      await expect(startEngine(profile, { postgres: { host: '127.0.0.1', port: 5432, user: 'postgres' }, log: () => undefined })).rejects.toThrow(
        /No Java 21–25 runtime found.*set JAVA_HOME/,
      );
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      fs.rmSync(profile.runDir, { recursive: true, force: true });
    }
  });

  it('when PostgreSQL is unreachable, then the engine starts with its history in an H2 file', async () => {
    const profile = scratchProfile();
    const messages: string[] = [];
    try {
      const result = await startEngine(profile, { postgres: { host: '127.0.0.1', port: 1, user: 'postgres' }, log: (line) => messages.push(line) });
      expect(result.reused).toBe(false);
      expect(result.historyStore).toContain('H2 file');
      expect(messages.join('\n')).toContain('PostgreSQL at 127.0.0.1:1 is not reachable');
      const topology = (await (await fetch(`http://127.0.0.1:${profile.restPort}/v2/topology`)).json()) as { gatewayVersion: string };
      expect(topology.gatewayVersion).toBe('8.6.0');
      expect(fs.existsSync(`${profileFiles(profile).h2File}.mv.db`)).toBe(true);
    } finally {
      await stopEngine(profile);
      fs.rmSync(profile.runDir, { recursive: true, force: true });
    }
  });
});
