import path from 'node:path';

/** The project root: every engine path is resolved from here, whatever the working directory. */
export const projectRoot = path.resolve(__dirname, '..', '..', '..');
export const engineHome = path.join(projectRoot, '.engine');

export type EngineProfileName = 'dev' | 'test';

/** One local engine: its own port, database and run folder, so tests never touch dev data. */
export interface EngineProfile {
  name: EngineProfileName;
  port: number;
  /** The PostgreSQL database of the engine's runtime and history tables. */
  database: string;
  /** The test engine's clock can be moved forward (see engine/…/ControlledClock.java). */
  clockControlled: boolean;
  runDir: string;
}

const basePorts = { dev: 8080, test: 8180 } as const;

/**
 * CREDIT_TEST_ENGINE_SLOT (1–9) gives a second working copy on the same machine its own test engine:
 * the port shifted by 10 × slot and its own database, so parallel test runs never share jobs.
 */
function testEngineSlot(env: NodeJS.ProcessEnv): number {
  const raw = env.CREDIT_TEST_ENGINE_SLOT;
  if (raw === undefined || raw === '' || raw === '0') return 0;
  if (!/^[1-9]$/.test(raw)) throw new Error(`CREDIT_TEST_ENGINE_SLOT='${raw}': use a digit 1–9 (or leave it unset).`);
  return Number(raw);
}

export function engineProfile(name: EngineProfileName, env: NodeJS.ProcessEnv = process.env): EngineProfile {
  const slot = name === 'test' ? testEngineSlot(env) : 0;
  return {
    name,
    port: basePorts[name] + 10 * slot,
    database: name === 'dev' ? 'operaton' : slot === 0 ? 'operaton_test' : `operaton_test_${slot}`,
    clockControlled: name === 'test',
    runDir: path.join(engineHome, slot === 0 ? name : `${name}-${slot}`),
  };
}

export function parseProfileName(value: string | undefined): EngineProfileName {
  if (value === undefined || value === 'dev') return 'dev';
  if (value === 'test') return 'test';
  throw new Error(`Unknown engine profile '${value}': use 'dev' or 'test'.`);
}

export const profileFiles = (profile: EngineProfile) => ({
  logFile: path.join(profile.runDir, 'engine.log'),
  pidFile: path.join(profile.runDir, 'engine.pid'),
  h2File: path.join(profile.runDir, 'operaton'),
  /** The generated password of the engine's service user (when CREDIT_ENGINE_SERVICE_PASSWORD is unset). */
  servicePasswordFile: path.join(profile.runDir, 'service-password'),
});

export const endpoints = (profile: EngineProfile) => {
  const base = `http://127.0.0.1:${profile.port}`;
  return {
    base,
    restAddress: `${base}/engine-rest`,
    tasklist: `${base}/operaton/app/tasklist/`,
    cockpit: `${base}/operaton/app/cockpit/`,
    admin: `${base}/operaton/app/admin/`,
    health: `${base}/actuator/health/readiness`,
    clock: `${base}/engine-clock`,
  };
};

/**
 * A throw-away engine beside dev and test (tests of the launcher, of a crash, benchmarks): the test
 * profile's settings (settable clock) on a port of its own inside the slot's band of ten (test port +
 * `offset`, 1–9, so parallel slots never meet), its own database and a fresh run folder.
 */
export function scratchEngineProfile(purpose: string, offset: number, runDir: string, env: NodeJS.ProcessEnv = process.env): EngineProfile {
  if (!/^[a-z][a-z0-9_]*$/.test(purpose)) throw new Error(`scratch engine purpose '${purpose}': lower-case letters, digits and _`);
  if (!Number.isInteger(offset) || offset < 1 || offset > 9) throw new Error(`scratch engine offset ${offset}: 1–9`);
  const test = engineProfile('test', env);
  const slot = (test.port - basePorts.test) / 10;
  return { ...test, port: test.port + offset, database: `operaton_${purpose}${slot ? `_${slot}` : ''}`, runDir };
}
