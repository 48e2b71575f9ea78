import { accessTable, type Endpoint } from '../../src/api/auth/access-table';
import { defaultPassword, localUsers } from '../../src/api/auth/roles';
import { startTestSystem } from '../support/test-system';

const validApplication = { companyName: 'Role Walk Trading Co., Ltd.', taxId: '91440300MA5ROLE01X', requestedLimit: 10_000 };

describe('roles: every local user against every endpoint', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let applicationId: string;
  beforeAll(async () => {
    system = await startTestSystem();
    const created = await system.api().post('/api/applications').auth('sales.li', defaultPassword('sales.li')).send(validApplication).expect(201);
    applicationId = created.body.id;
  });
  afterAll(async () => {
    await system.close();
  });

  function call(endpoint: Endpoint, username: string) {
    const [method, pattern] = endpoint.split(' ') as [string, string];
    const path = pattern.replace(':id', applicationId);
    const request = method === 'POST' ? system.api().post(path).send(validApplication) : system.api().get(path);
    return request.auth(username, defaultPassword(username));
  }

  const cases = Object.entries(accessTable).flatMap(([endpoint, allowed]) =>
    localUsers.map((user) => [endpoint as Endpoint, user.username, user.role, (allowed as readonly string[]).includes(user.role)] as const),
  );

  it.each(cases)('when %s is called by %s (%s), then allowed is %s', async (endpoint, username, _role, allowed) => {
    const response = await call(endpoint, username);
    if (allowed) {
      expect([200, 201]).toContain(response.status);
    } else {
      expect(response.status).toBe(403);
      expect(response.body.detail).toMatch(/may not/);
    }
  });

  it('when no credentials or a wrong password are sent, then 401 asks for basic auth', async () => {
    const anonymous = await system.api().get(`/api/applications/${applicationId}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Basic/);
    await system.api().get(`/api/applications/${applicationId}`).auth('analyst.wang', 'wrong').expect(401);
    await system.api().get(`/api/applications/${applicationId}`).auth('nobody', 'nobody-local').expect(401);
  });

  it('when the health check is called without credentials, then it answers', async () => {
    await system.api().get('/healthz').expect(200);
  });
});
