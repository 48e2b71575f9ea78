import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EngineClient } from '../../../src/engine/engine-client';
import { endpoints, profileFiles, scratchEngineProfile, type EngineProfile } from '../../../src/engine/local/engine-profile';
import { isReady, startEngine, stopEngine } from '../../../src/engine/local/engine-process';
import { dropDatabase, type PostgresServer } from '../../../src/engine/local/postgres-database';

export const serviceUser = 'creditservice';

/** FAULTS_KEEP_DATABASES=1 leaves the run's engine and credit databases behind to be read after a failure. */
export const keepFaultDatabases = () => process.env.FAULTS_KEEP_DATABASES === '1';

/**
 * One or more scratch engines (the test profile's settable clock) on ONE engine database, as the
 * production shape runs several nodes on one PostgreSQL. Each node has a clock of its own: moving
 * time moves every node's, and a restarted node is brought to the others' time first.
 */
export class EngineNodes {
  readonly profiles: EngineProfile[];
  readonly servicePassword = `fault-${Math.random().toString(36).slice(2, 14)}`;
  restarts = 0;

  /** `purpose` and `firstOffset` name the nodes' database and ports (scratchEngineProfile): a benchmark beside the fault suite uses its own. */
  constructor(private readonly postgres: PostgresServer, count: number, purpose = 'faults', firstOffset = 4) {
    const runDir = () => fs.mkdtempSync(path.join(os.tmpdir(), `engine-${purpose}-`));
    const first = scratchEngineProfile(purpose, firstOffset, runDir());
    this.profiles = Array.from({ length: count }, (_, index) =>
      index === 0 ? first : { ...scratchEngineProfile(purpose, firstOffset + index, runDir()), database: first.database });
  }

  get database(): string {
    return this.profiles[0]!.database;
  }

  client(index = 0): EngineClient {
    return new EngineClient({ restAddress: endpoints(this.profiles[index]!).restAddress, credentials: () => ({ user: serviceUser, password: this.servicePassword }) });
  }

  /** The engine database fresh; then each node in turn (the first creates the schema, the others find it). */
  async startAll(): Promise<void> {
    for (const profile of this.profiles) await stopEngine(profile, { kill: true });
    await dropDatabase(this.postgres, this.database);
    for (let index = 0; index < this.profiles.length; index += 1) await this.start(index);
  }

  async start(index: number): Promise<void> {
    // kept where the launcher keeps a generated one, so `npm run engine -- status` and a person debugging can call the node
    fs.writeFileSync(profileFiles(this.profiles[index]!).servicePasswordFile, `${this.servicePassword}\n`, { mode: 0o600 });
    await startEngine(this.profiles[index]!, { postgres: this.postgres, log: () => undefined, env: { ...process.env, CREDIT_ENGINE_SERVICE_USER: serviceUser, CREDIT_ENGINE_SERVICE_PASSWORD: this.servicePassword } });
    const others = await this.liveClocks(index);
    if (others.length > 0) await this.moveTo(index, Math.max(...others));
  }

  /** kill -9 of one node: the others go on. */
  async kill(index: number): Promise<void> {
    await stopEngine(this.profiles[index]!, { kill: true });
  }

  async restart(index: number): Promise<void> {
    await this.start(index);
    this.restarts += 1;
  }

  /** The engine's now (the furthest of the live nodes' clocks). */
  async now(): Promise<Date> {
    const clocks = await this.liveClocks();
    if (clocks.length === 0) throw new Error('no engine node answers');
    return new Date(Math.max(...clocks));
  }

  /** Moves every live node's clock forward by `ms` (from the furthest), so timers, due dates and locks see the same time. */
  async advance(ms: number): Promise<void> {
    const target = (await this.now()).getTime() + ms;
    for (let index = 0; index < this.profiles.length; index += 1) {
      if (await isReady(this.profiles[index]!)) await this.moveTo(index, target);
    }
  }

  async stopAll(): Promise<void> {
    for (const profile of this.profiles) {
      await stopEngine(profile, { kill: true });
      fs.rmSync(profile.runDir, { recursive: true, force: true });
    }
    if (!keepFaultDatabases()) await dropDatabase(this.postgres, this.database).catch(() => undefined);
  }

  private async liveClocks(except?: number): Promise<number[]> {
    const clocks: number[] = [];
    for (let index = 0; index < this.profiles.length; index += 1) {
      if (index === except) continue;
      try {
        const response = await fetch(endpoints(this.profiles[index]!).clock, { signal: AbortSignal.timeout(5_000) });
        if (response.ok) clocks.push(((await response.json()) as { epochMilli: number }).epochMilli);
      } catch {
        // a node that is down has no clock
      }
    }
    return clocks;
  }

  private async moveTo(index: number, target: number): Promise<void> {
    const clock = endpoints(this.profiles[index]!).clock;
    const now = ((await (await fetch(clock)).json()) as { epochMilli: number }).epochMilli;
    if (now >= target) return;
    const response = await fetch(`${clock}/add`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ offsetMilli: target - now }) });
    if (!response.ok) throw new Error(`moving the clock of engine node ${index + 1} failed: ${response.status} ${await response.text()}`);
  }
}
