import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EngineClient, EngineRestError } from '../../src/engine/engine-client';

/**
 * A connection the engine drops before answering (a kept-alive socket closed as it was reused):
 * a read is asked once more, a write is not unless it is idempotent, and the error names the socket's reason.
 */
describe('engine client: a connection dropped before the answer', () => {
  let server: http.Server;
  let requests: string[];
  let bodies: string[];
  let dropNext: number;
  let client: EngineClient;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      if (dropNext > 0) {
        dropNext -= 1;
        req.socket.destroy();
        return;
      }
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        bodies.push(body);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ ok: true }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    client = new EngineClient({ restAddress: `http://127.0.0.1:${port}/engine-rest`, credentials: () => ({ user: 'u', password: 'p' }) });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    requests = [];
    bodies = [];
    dropNext = 0;
  });

  it('asks a read once more on a new connection', async () => {
    dropNext = 1;
    await expect(client.get('/history/process-instance')).resolves.toEqual({ ok: true });
    expect(requests).toEqual(['GET /engine-rest/history/process-instance', 'GET /engine-rest/history/process-instance']);
  });

  it('gives up on a read dropped twice, naming the reason', async () => {
    dropNext = 2;
    const error = await client.get('/task').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineRestError);
    expect(error).toMatchObject({ status: 0, type: 'Unreachable' });
    expect((error as Error).message).toMatch(/did not answer GET \/task: fetch failed \(.+\)/);
    expect(requests).toHaveLength(2);
  });

  it('does not send a write twice: it may have arrived', async () => {
    dropNext = 1;
    await expect(client.post('/process-definition/key/x/start', {})).rejects.toMatchObject({ status: 0, type: 'Unreachable' });
    expect(requests).toEqual(['POST /engine-rest/process-definition/key/x/start']);
  });

  it('asks an idempotent write once more, with the same body', async () => {
    dropNext = 1;
    const form = new FormData();
    form.set('deployment-name', 'credit-lifecycle');
    await expect(client.request('POST', '/deployment/create', { form, idempotent: true })).resolves.toEqual({ ok: true });
    expect(requests).toEqual(['POST /engine-rest/deployment/create', 'POST /engine-rest/deployment/create']);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain('credit-lifecycle');
  });
});
