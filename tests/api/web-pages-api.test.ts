import { passwordOf } from '../support/local-passwords';
import fs from 'node:fs';
import path from 'node:path';
import { startTestSystem } from '../support/test-system';

const model = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'modeler', 'order-check.bpmn'), 'utf8').replace(/modeler-order-check/g, 'api-errors-order-check');

describe('replay, models and dashboard API: refusals name the field, nothing changes', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });
  const as = (username: string) => ({ get: (url: string) => system.api().get(url).auth(username, passwordOf(username)), post: (url: string) => system.api().post(url).auth(username, passwordOf(username)) });
  const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((error) => error.field);

  it.each([
    ['an unknown instance', '/api/replay/instances/123', 404, []],
    ['an id that is no Operaton id', '/api/replay/instances/abc', 400, ['key']],
    ['a period that is not a date-time', '/api/replay/instances?from=yesterday', 400, ['from']],
    ['a period that ends before it starts', '/api/replay/instances?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 400, ['to']],
    ['an unknown outcome', '/api/replay/instances?outcome=lost', 400, ['outcome']],
    ['an unknown pack format', '/api/replay/instances/123/audit-pack?format=xml', 400, ['format']],
  ] as const)('when the auditor asks for %s (%s), then %i names %j', async (_what, url, status, fields) => {
    const response = await as('auditor.sun').get(url);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fieldsOf(response.body)).toEqual(fields);
  });

  it('when a re-verification names no mode, then 400 names mode', async () => {
    const response = await as('auditor.sun').post('/api/replay/instances/123/reverification').send({});
    expect(response.status).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['mode']);
  });

  it('when a draft has no process or an unknown base, then 400 names the field and no draft is stored', async () => {
    const before = await system.db('model_draft').count<{ count: string }[]>('* as count');
    const noProcess = await as('owner.liu').post('/api/models/drafts').send({ fileName: 'x.bpmn', xml: '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"/>', comment: 'empty' });
    expect(noProcess.status).toBe(400);
    expect(fieldsOf(noProcess.body)).toEqual(['xml']);
    const unknownBase = await as('owner.liu').post('/api/models/drafts').send({ fileName: 'x.bpmn', xml: model, comment: 'unknown base', baseProcessDefinitionId: 'api-errors-order-check:1:00000000-0000-0000-0000-000000000000' });
    expect(unknownBase.status).toBe(400);
    expect(fieldsOf(unknownBase.body)).toEqual(['baseProcessDefinitionId']);
    const malformedBase = await as('owner.liu').post('/api/models/drafts').send({ fileName: 'x.bpmn', xml: model, comment: 'malformed base', baseProcessDefinitionId: '../1' });
    expect(fieldsOf(malformedBase.body)).toEqual(['baseProcessDefinitionId']);
    const badName = await as('owner.liu').post('/api/models/drafts').send({ fileName: '../x.xml', xml: model, comment: 'bad name' });
    expect(fieldsOf(badName.body)).toEqual(['fileName']);
    expect(await system.db('model_draft').count<{ count: string }[]>('* as count')).toEqual(before);
  });

  it('when a deployed draft is approved again, then 409; an unknown draft is 404', async () => {
    const draft = await as('owner.liu').post('/api/models/drafts').send({ fileName: 'api-errors-order-check.bpmn', xml: model, comment: 'approve twice' }).expect(201);
    await as('owner.ma').post(`/api/models/drafts/${draft.body.id}/approval`).send({}).expect(200);
    const again = await as('owner.ma').post(`/api/models/drafts/${draft.body.id}/approval`).send({});
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/already deployed/);
    await as('owner.ma').post('/api/models/drafts/00000000-0000-4000-8000-000000000000/approval').send({}).expect(404);
  });

  it('when an owner rolls back to a version deployed before, then the approval deploys it again as the latest version', async () => {
    const rollback = model.replace(/api-errors-order-check/g, 'api-rollback-order-check');
    const renamed = rollback.replace('name="Order checked"', 'name="Order checked twice"');
    const approve = async (xml: string, comment: string) => {
      const draft = await as('owner.liu').post('/api/models/drafts').send({ fileName: 'api-rollback-order-check.bpmn', xml, comment }).expect(201);
      return (await as('owner.ma').post(`/api/models/drafts/${draft.body.id}/approval`).send({}).expect(200)).body as { deployedVersion: number; deployedProcessDefinitionId: string };
    };
    const first = await approve(rollback, 'first version');
    const second = await approve(renamed, 'renamed');
    const back = await approve(rollback, 'roll back to the first version');
    expect([second.deployedVersion, back.deployedVersion]).toEqual([first.deployedVersion + 1, first.deployedVersion + 2]);
    const latest = (await as('owner.liu').get('/api/models/processes').expect(200)).body.find((process: { processId: string; version: number }) => process.processId === 'api-rollback-order-check' && process.version === back.deployedVersion);
    expect(latest.processDefinitionId).toBe(back.deployedProcessDefinitionId);
    expect((await as('owner.liu').get(`/api/models/processes/${encodeURIComponent(back.deployedProcessDefinitionId)}`).expect(200)).body.xml).toBe(rollback);
  });

  it('when the dashboard gets a day that is not a date or a period that ends first, then 400 names it', async () => {
    expect(fieldsOf((await as('manager.zhang').get('/api/dashboard?asOf=31.12.2026').expect(400)).body)).toEqual(['asOf']);
    expect(fieldsOf((await as('manager.zhang').get('/api/dashboard?from=2026-12-01&to=2026-01-01').expect(400)).body)).toEqual(['to']);
    expect(fieldsOf((await as('manager.zhang').get('/api/dashboard?tier=gold').expect(400)).body)).toEqual(['tier']);
  });

  it('when a page is opened without a login, then the browser is asked for basic auth', async () => {
    for (const page of ['/replay', '/modeler', '/dashboard', '/portal', '/in-doubt-mail']) {
      const response = await system.api().get(page);
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(/^Basic/);
    }
  });
});
