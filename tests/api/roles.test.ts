import { passwordOf } from '../support/local-passwords';
import { accessTable, type Endpoint } from '../../src/api/auth/access-table';
import { localUsers } from '../../src/api/auth/roles';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { DunningNoticeRepository } from '../../src/db/dunning-notice.repository';
import path from 'node:path';
import { startTestSystem } from '../support/test-system';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { waitFor } from '../support/wait-for';
import { registeredCustomer } from '../support/customers';

const onePixelPng = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'documents', 'one-pixel.png'));

const walkModel = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'modeler', 'order-check.bpmn'), 'utf8').replace(/modeler-order-check/g, 'roles-walk-order-check');
const draft = { fileName: 'roles-walk-order-check.bpmn', xml: walkModel, comment: 'role walk draft' };


describe('roles: every local user against every endpoint', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  const ids: Record<string, string> = {};
  let sequence = 0;
  let validApplication: { customerId: string; requestedLimit: number };
  beforeAll(async () => {
    system = await startTestSystem();
    validApplication = { customerId: await registeredCustomer(() => system.api(), { name: 'Role Walk Trading Co., Ltd.', taxId: '91440300MA5ROLE01X' }), requestedLimit: 10_000 };
    const created = await system.api().post('/api/applications').auth('sales.li', passwordOf('sales.li')).send(validApplication).expect(201);
    ids.applications = created.body.id;
    ids.customers = (await system.api().post('/api/customers').auth('sales.li', passwordOf('sales.li')).send(uniqueCustomer()).expect(201)).body.id;
    ids.documents = (await upload('sales.li').expect(201)).body.id;
    ids.receivables = `INV-ROLES-${Date.now()}`;
    await new ReceivableLedgerRepository(system.db).openOnce({ id: ids.receivables, applicationId: ids.applications as string, customerTaxId: '91440300MA5ROLE01X', currency: 'CNY', principalCents: 100_000, issuedOn: '2026-11-01', dueDate: '2026-12-01', dailyLateFeeRate: 0.0005 });
    // the application's process instance, once the engine's history has it (replay endpoints)
    ids.key = created.body.processInstanceKey;
    await waitFor('the instance in the history', async () => (await system.api().get(`/api/replay/instances/${ids.key}`).auth('auditor.sun', passwordOf('auditor.sun'))).status === 200);
    ids.models = (await saveDraft('owner.liu')).body.id;
    ids.processDefinitionId = (await system.api().get('/api/models/processes').auth('owner.liu', passwordOf('owner.liu')).expect(200)).body[0].processDefinitionId;
  });

  function saveDraft(author: string) {
    return system.api().post('/api/models/drafts').auth(author, passwordOf(author)).send(draft).expect(201);
  }

  function upload(username: string) {
    return system.api().post('/api/documents').auth(username, passwordOf(username))
      .field('applicationId', ids.applications as string).field('kind', 'delivery-note').attach('file', onePixelPng, 'receipt.png');
  }

  function uniqueCustomer() {
    sequence += 1;
    const suffix = `${Date.now().toString(36).toUpperCase()}${sequence}`.slice(-8).padStart(8, '0');
    return { name: `Role Walk Customer ${suffix} Co., Ltd.`, taxId: `9144ROLE${suffix}`, industry: 'wholesale', industryRisk: 'medium' };
  }
  afterAll(async () => {
    await system.close();
  });

  /** A dunning e-mail a crashed worker left claimed an hour ago, for finance to resolve. */
  async function strandedNotice(): Promise<string> {
    const { notice } = await new DunningNoticeRepository(system.db).claim({
      id: randomUUID(), receivableId: `INV-ROLES-DOUBT-${randomUUID().slice(0, 8)}`, stage: 'REMINDER', channel: 'email', customerId: ids.customers as string,
      openAmountCents: 100_000, lateFeeCents: 0, currency: 'CNY', pdf: Buffer.from('%PDF'), status: 'SENDING',
    });
    await system.db('dunning_notice').where({ id: notice.id }).update({ created_at: system.db.raw(`now() - interval '1 hour'`) });
    return notice.id;
  }

  async function call(endpoint: Endpoint, username: string) {
    const [method, pattern] = endpoint.split(' ') as [string, string];
    const resource = pattern.split('/')[2] as string;
    if (endpoint === 'POST /api/models/drafts/:id/approval') {
      // four eyes: the draft to approve is always the other process owner's
      const author = username === 'owner.liu' ? 'owner.ma' : 'owner.liu';
      const fresh = (await saveDraft(author)).body.id;
      return system.api().post(`/api/models/drafts/${fresh}/approval`).auth(username, passwordOf(username)).send({});
    }
    if (endpoint === 'POST /api/in-doubt-mail/:kind/:id/resolution') {
      return system.api().post(`/api/in-doubt-mail/dunning-notice/${await strandedNotice()}/resolution`).auth(username, passwordOf(username)).send({ outcome: 'NOT_SENT', note: 'role walk' });
    }
    const path = pattern.replace(':id', ids[resource] ?? '').replace(':key', ids.key ?? '').replace(':processDefinitionId', encodeURIComponent(ids.processDefinitionId ?? ''));
    const bodies: Record<string, unknown> = { customers: uniqueCustomer(), replay: { mode: 'recorded-version' }, models: endpoint === 'POST /api/models/lint' ? { xml: walkModel } : draft };
    const body = bodies[resource] ?? validApplication;
    if (method === 'POST' && resource === 'documents') return upload(username);
    if (resource === 'events') {
      sequence += 1;
      return system.api().post('/api/events/sales-intent-reached').auth(username, passwordOf(username))
        .set('Idempotency-Key', `role-walk-${Date.now()}-${sequence}`).send({ applicationId: ids.applications, note: 'role walk' });
    }
    const request = method === 'POST' ? system.api().post(path).send(body) : system.api().get(path);
    return request.auth(username, passwordOf(username));
  }

  const cases = Object.entries(accessTable).flatMap(([endpoint, allowed]) =>
    localUsers.map((user) => [endpoint as Endpoint, user.username, user.role, (allowed as readonly string[]).includes(user.role)] as const),
  );

  it.each(cases)('when %s is called by %s (%s), then allowed is %s', async (endpoint, username, _role, allowed) => {
    const response = await call(endpoint, username);
    if (allowed) {
      expect([200, 201, 202]).toContain(response.status);
    } else {
      expect(response.status).toBe(403);
      expect(response.body.detail).toMatch(/may not/);
    }
  });

  it('when no credentials or a wrong password are sent, then 401 asks for basic auth', async () => {
    const anonymous = await system.api().get(`/api/applications/${ids.applications}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Basic/);
    await system.api().get(`/api/applications/${ids.applications}`).auth('analyst.wang', 'wrong').expect(401);
    await system.api().get(`/api/applications/${ids.applications}`).auth('nobody', 'nobody-local').expect(401);
  });

  it('when the health check is called without credentials, then it answers', async () => {
    await system.api().get('/healthz').expect(200);
  });
});
