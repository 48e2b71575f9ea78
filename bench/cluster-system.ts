import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { passwordOf } from '../tests/support/local-passwords';
import type { System } from '../src/main';
import { useInvestigationProvider, type InvestigationProvider } from '../tests/support/investigation-provider';
import { startEngineNodes, type EngineNodes } from './engine-nodes';
import { startScratchSystem } from './scratch-system';

/** An HTTP client of the API replicas, round robin over them as a load balancer would. */
export interface ApiClient {
  request(method: 'GET' | 'POST', path: string, options?: { body?: unknown; form?: FormData; user?: string; headers?: Record<string, string> }): Promise<Response>;
}

export interface BenchCluster {
  nodes: EngineNodes;
  /** One replica of the service (API, workers, message outbox) per engine node, each wired to its node. */
  systems: System[];
  api: ApiClient;
  /** Registry, court, news and bureau stand-ins (the investigation's outside systems) on loopback. */
  investigation: InvestigationProvider;
  /** Stops everything; the engine's database is dropped unless kept. */
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

/**
 * The production shape on this machine: `count` engine nodes on one PostgreSQL database
 * (engine-nodes.ts), and beside each node a replica of our service wired to it — its workers poll
 * that node, its API starts and reads cases there — all replicas on one credit database. Requests go
 * round robin over the replicas' HTTP servers, as behind a load balancer. `beforeSystems` runs on the
 * bare nodes first (the engine's own ceiling, measured before our workers poll).
 */
export async function startBenchCluster(count: number, options: { purpose?: string; firstOffset?: number; beforeSystems?: (nodes: EngineNodes) => Promise<void> } = {}): Promise<BenchCluster> {
  const nodes = await startEngineNodes(count, options.purpose ?? 'bench', { firstOffset: options.firstOffset });
  try {
    await options.beforeSystems?.(nodes);
  } catch (error) {
    await nodes.stop();
    throw error;
  }
  const investigation = await useInvestigationProvider();
  const systems: System[] = [];
  const servers: Server[] = [];
  try {
    for (const node of nodes.nodes) {
      // one after the other: the first migrates the credit database and deploys, the next find both in place
      const system = await startScratchSystem(node.profile, { fresh: node.index === 0 });
      systems.push(system);
      const server = system.app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      servers.push(server);
    }
  } catch (error) {
    await Promise.all(systems.map((system) => system.close()));
    await investigation.close();
    await nodes.stop();
    throw error;
  }
  const bases = servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  let next = 0;
  const api: ApiClient = {
    request: (method, path, options = {}) => {
      const base = bases[next++ % bases.length] as string;
      const user = options.user ?? 'sales.li';
      const headers: Record<string, string> = { authorization: `Basic ${Buffer.from(`${user}:${passwordOf(user)}`).toString('base64')}`, ...options.headers };
      let body: string | FormData | undefined;
      if (options.form) body = options.form;
      else if (options.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.body);
      }
      return fetch(`${base}${path}`, { method, headers, body });
    },
  };
  return {
    nodes,
    systems,
    api,
    investigation,
    close: async ({ keepDatabase = false } = {}) => {
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
      await Promise.all(systems.map((system) => system.close()));
      await investigation.close();
      await nodes.stop({ keep: keepDatabase });
    },
  };
}
