import { creditApplicationProcess as contract } from '../../src/contracts/credit-application.contract';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';
import { startTestSystem, waitForUserTask } from '../support/test-system';

describe('POST /api/applications with bad input', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  const marker = 'Bad Input Marker Co';
  const badBodies: Array<[string, unknown, string[]]> = [
    ['missing fields', { companyName: marker }, ['taxId', 'requestedLimit']],
    ['wrong types', { companyName: marker, taxId: 12345678, requestedLimit: '100' }, ['taxId', 'requestedLimit']],
    ['out-of-range values', { companyName: marker, taxId: '91310000MA1FL4XX1K', requestedLimit: -5, currency: 'GBP' }, ['requestedLimit', 'currency']],
    ['an unknown field', { companyName: marker, taxId: '91310000MA1FL4XX1K', requestedLimit: 1000, isApproved: true }, ['isApproved']],
    ['an oversize name', { companyName: marker + 'x'.repeat(300), taxId: '91310000MA1FL4XX1K', requestedLimit: 1000 }, ['companyName']],
    ['an injection string as tax id', { companyName: marker, taxId: "1'; DROP TABLE credit_application;--", requestedLimit: 1000 }, ['taxId']],
  ];

  it.each(badBodies)('when the body has %s, then 400 problem+json names the fields and nothing is written', async (_case, body, fields) => {
    const before = await new CreditApplicationRepository(system.db).count();
    const response = await system.api().post('/api/applications').auth('sales.li', 'sales.li-local').send(body as object).expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request' });
    expect((response.body.errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual([...fields].sort());
    expect(await new CreditApplicationRepository(system.db).count()).toBe(before);
  });

  it('when the body is malformed JSON or not JSON at all, then 400 and nothing is written', async () => {
    const before = await new CreditApplicationRepository(system.db).count();
    await system.api().post('/api/applications').auth('sales.li', 'sales.li-local').set('content-type', 'application/json').send('{"companyName": ').expect(400);
    await system.api().post('/api/applications').auth('sales.li', 'sales.li-local').set('content-type', 'text/plain').send('companyName=x').expect(400);
    expect(await new CreditApplicationRepository(system.db).count()).toBe(before);
  });

  it('when bad requests were refused, then no process instance was started for them', async () => {
    // given a valid application posted after all the refused ones
    const created = await system.api().post('/api/applications').auth('sales.li', 'sales.li-local').send({ companyName: 'Ningbo Ordering Check Co., Ltd.', taxId: '91330200MA2AB3CD4E', requestedLimit: 5000 }).expect(201);
    // when its instance has reached the review (the exporter writes records in order)
    await waitForUserTask(system.history, created.body.processInstanceKey, contract.elements.reviewApplication);
    // then no instance carries the marker of the refused requests (while the valid one is found the same way)
    const instancesNamed = (name: string) =>
      system.historyDb('zeebe_record')
        .where({ value_type: 'VARIABLE', intent: 'CREATED' })
        .whereRaw("record->'value'->>'name' = 'companyName'")
        .whereRaw("record->'value'->>'value' like ?", [`%${name}%`]);
    expect((await instancesNamed('Ningbo Ordering Check')).map((row: { process_instance_key: string }) => row.process_instance_key)).toContain(created.body.processInstanceKey);
    expect(await instancesNamed(marker)).toHaveLength(0);
  });

  it('when an unknown or malformed id is asked for, then 404 or 400', async () => {
    await system.api().get('/api/applications/6b1c9d0e-2f3a-4b5c-8d7e-9f0a1b2c3d4e').auth('analyst.wang', 'analyst.wang-local').expect(404);
    const malformed = await system.api().get('/api/applications/not-a-uuid').auth('analyst.wang', 'analyst.wang-local').expect(400);
    expect(malformed.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });
});
