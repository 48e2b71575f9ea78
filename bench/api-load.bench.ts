/**
 * Latency of the main endpoints under concurrent load over real HTTP (loopback only), against a
 * scratch engine and database. Prints p50/p99 per endpoint.
 *   npx tsx bench/api-load.bench.ts [--concurrency 8] [--requests 400]
 */
import type { AddressInfo } from 'node:net';
import { passwordOf } from '../tests/support/local-passwords';
import { startScratchEngine, startScratchSystem, stopScratchEngine } from './scratch-system';
import { option, percentile, runBench } from './bench-common';

const concurrency = option('--concurrency', 8);
const requests = option('--requests', 400);
const authorization = `Basic ${Buffer.from(`sales.li:${passwordOf('sales.li')}`).toString('base64')}`;

async function load(label: string, total: number, call: (i: number) => Promise<Response>) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        const response = await call(i);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} n=${total} c=${concurrency}  p50 ${percentile(latencies, 50).toFixed(1)} ms  p99 ${percentile(latencies, 99).toFixed(1)} ms  ` +
      `${(total / seconds).toFixed(0)} req/s  statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
}

async function main() {
  const { profile } = await startScratchEngine();
  try {
    const system = await startScratchSystem(profile);
    const server = system.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = (path: string, body: unknown) => fetch(`${base}${path}`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const get = (path: string) => fetch(`${base}${path}`, { headers: { authorization } });

    await load('GET /healthz', requests, () => fetch(`${base}/healthz`));
    const customerIds: string[] = [];
    await load('POST /api/customers', requests, async (i) => {
      const response = await post('/api/customers', { name: `Load Test Customer ${i}`, taxId: `91000000LOAD${String(i).padStart(6, '0')}`, industry: 'retail', industryRisk: 'low' });
      customerIds.push(((await response.clone().json()) as { id: string }).id);
      return response;
    });
    const ids: string[] = [];
    await load('POST /api/applications', requests, async (i) => {
      // each starts a credit-lifecycle case for a registered customer (its ledger history read first)
      const response = await post('/api/applications', { customerId: customerIds[i % customerIds.length], requestedLimit: 1000 + i });
      ids.push(((await response.clone().json()) as { id: string }).id);
      return response;
    });
    await load('GET /api/applications/:id', requests, (i) => get(`/api/applications/${ids[i % ids.length]}`));
    await load('POST /api/applications (bad input)', requests, () => post('/api/applications', { customerId: 'x' }));
    server.close();
    await system.close();
  } finally {
    await stopScratchEngine(profile);
  }
}

runBench('api-load', main);
