import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EngineClient } from '../src/engine/engine-client';
import { endpoints, profileFiles, scratchEngineProfile, type EngineProfile } from '../src/engine/local/engine-profile';
import { engineStatus, runningPid, startEngine, stopEngine, type StartResult } from '../src/engine/local/engine-process';
import { dropDatabase } from '../src/engine/local/postgres-database';
import { serviceCredentials } from '../src/engine/local/service-credentials';
import { benchPostgres } from './scratch-system';

/** One engine process of a cluster: its own port and run folder, the cluster's database. */
export interface EngineNode {
  index: number;
  profile: EngineProfile;
  client: EngineClient;
}

export interface EngineNodes {
  nodes: EngineNode[];
  /** The one PostgreSQL database every node keeps its runtime and history tables in. */
  database: string;
  clients(): EngineClient[];
  /** Starts (or restarts) node `index` on the existing schema. */
  start(index: number): Promise<StartResult>;
  /** Ends node `index` as a crash would (SIGKILL, no shutdown): jobs it had locked stay locked until their lock expires. */
  kill(index: number): Promise<void>;
  /** Stops node `index` gracefully. */
  stopNode(index: number): Promise<void>;
  /** Resident memory of each running node's JVM, MB (undefined for a stopped node). */
  residentMemoryMb(): Promise<Array<number | undefined>>;
  /** Stops every node; unless `keep`, removes their run folders and drops the database. */
  stop(options?: { keep?: boolean }): Promise<void>;
}

export const engineClientOf = (profile: EngineProfile) =>
  new EngineClient({
    restAddress: endpoints(profile).restAddress,
    credentials: () => {
      const found = serviceCredentials(profile);
      if (!found) throw new Error(`the engine on port ${profile.port} has no service password yet`);
      return found;
    },
  });

/**
 * `count` engine processes of the production shape on ONE PostgreSQL database: node i is a scratch
 * engine of `purpose` at offset `firstOffset + i` of the slot's port band, with its own run folder.
 * The first node starts on a dropped database (it creates the schema); the others start after it on
 * the schema in place (schema-update only adds what is missing, it never drops) and share its service
 * password, as production nodes share one secret. Operaton's job executor is cluster-safe: every node
 * acquires jobs by locking their rows in the shared database (lock owner per node, not
 * deployment-aware), so timers and async continuations run exactly once on whichever node locks them.
 */
export async function startEngineNodes(count: number, purpose = 'bench', options: { firstOffset?: number } = {}): Promise<EngineNodes> {
  const firstOffset = options.firstOffset ?? 3;
  if (count < 1 || firstOffset + count - 1 > 9) throw new Error(`startEngineNodes: ${count} nodes from offset ${firstOffset} leave the slot's band (offsets 1–9)`);
  const nodes: EngineNode[] = Array.from({ length: count }, (_, index) => {
    const profile = scratchEngineProfile(purpose, firstOffset + index, fs.mkdtempSync(path.join(os.tmpdir(), `engine-${purpose}-node${index + 1}-`)));
    return { index, profile, client: engineClientOf(profile) };
  });
  const database = (nodes[0] as EngineNode).profile.database;
  const node = (index: number) => {
    const found = nodes[index];
    if (!found) throw new Error(`no engine node ${index}`);
    return found;
  };
  const start = async (index: number) => {
    const { profile } = node(index);
    if (index > 0) {
      // the cluster's one service secret: the first node generated it
      const shared = profileFiles(node(0).profile).servicePasswordFile;
      fs.copyFileSync(shared, profileFiles(profile).servicePasswordFile);
      fs.chmodSync(profileFiles(profile).servicePasswordFile, 0o600);
    }
    return startEngine(profile, { postgres: benchPostgres, log: () => undefined });
  };
  const cluster: EngineNodes = {
    nodes,
    database,
    clients: () => nodes.map((candidate) => candidate.client),
    start,
    kill: async (index) => {
      await stopEngine(node(index).profile, { kill: true });
    },
    stopNode: async (index) => {
      await stopEngine(node(index).profile);
    },
    residentMemoryMb: () => Promise.all(nodes.map(async (candidate) => (runningPid(candidate.profile) === undefined ? undefined : (await engineStatus(candidate.profile)).residentMemoryMb))),
    stop: async ({ keep = false } = {}) => {
      await Promise.all(nodes.map((candidate) => stopEngine(candidate.profile)));
      if (keep) return;
      for (const candidate of nodes) fs.rmSync(candidate.profile.runDir, { recursive: true, force: true });
      await dropDatabase(benchPostgres, database);
    },
  };
  try {
    await dropDatabase(benchPostgres, database);
    // one after the other: the first creates the schema, the next ones find it
    for (const candidate of nodes) await start(candidate.index);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}
