import path from 'node:path';

/** The project root: every engine path is resolved from here, whatever the working directory. */
export const projectRoot = path.resolve(__dirname, '..', '..', '..');
export const engineHome = path.join(projectRoot, '.engine');

export type EngineProfileName = 'dev' | 'test';

/** One local engine: its own ports, data folder and history database, so tests never touch dev data. */
export interface EngineProfile {
  name: EngineProfileName;
  grpcPort: number;
  restPort: number;
  managementPort: number;
  commandPort: number;
  internalPort: number;
  historyDatabase: string;
  clockControlled: boolean;
  runDir: string;
}

const basePorts = {
  dev: { grpc: 26500, rest: 8080, management: 9600, command: 26501, internal: 26502 },
  test: { grpc: 26600, rest: 8180, management: 9700, command: 26601, internal: 26602 },
} as const;

/**
 * CREDIT_TEST_ENGINE_SLOT (1–9) gives a second working copy on the same machine its own test engine:
 * every port shifted by 10 × slot and its own history database, so parallel test runs never share jobs.
 */
function testEngineSlot(env: NodeJS.ProcessEnv): number {
  const raw = env.CREDIT_TEST_ENGINE_SLOT;
  if (raw === undefined || raw === '' || raw === '0') return 0;
  if (!/^[1-9]$/.test(raw)) throw new Error(`CREDIT_TEST_ENGINE_SLOT='${raw}': use a digit 1–9 (or leave it unset).`);
  return Number(raw);
}

export function engineProfile(name: EngineProfileName, env: NodeJS.ProcessEnv = process.env): EngineProfile {
  const slot = name === 'test' ? testEngineSlot(env) : 0;
  const shift = (port: number) => port + 10 * slot;
  const ports = basePorts[name];
  return {
    name,
    grpcPort: shift(ports.grpc),
    restPort: shift(ports.rest),
    managementPort: shift(ports.management),
    commandPort: shift(ports.command),
    internalPort: shift(ports.internal),
    historyDatabase: name === 'dev' ? 'camunda' : slot === 0 ? 'camunda_test' : `camunda_test_${slot}`,
    clockControlled: name === 'test',
    runDir: path.join(engineHome, name),
  };
}

export function parseProfileName(value: string | undefined): EngineProfileName {
  if (value === undefined || value === 'dev') return 'dev';
  if (value === 'test') return 'test';
  throw new Error(`Unknown engine profile '${value}': use 'dev' or 'test'.`);
}

export const profileFiles = (profile: EngineProfile) => ({
  dataDir: path.join(profile.runDir, 'data'),
  logFile: path.join(profile.runDir, 'engine.log'),
  pidFile: path.join(profile.runDir, 'engine.pid'),
  h2File: path.join(profile.runDir, 'history'),
});

export const endpoints = (profile: EngineProfile) => ({
  grpcAddress: `127.0.0.1:${profile.grpcPort}`,
  restAddress: `http://127.0.0.1:${profile.restPort}`,
  managementAddress: `http://127.0.0.1:${profile.managementPort}`,
});
