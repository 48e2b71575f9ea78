import { passwordOf } from '../support/local-passwords';
import { CustomerRepository } from '../../src/db/customer.repository';
import { registeredCustomer } from '../support/customers';
import { startTestSystem } from '../support/test-system';

const as = { user: 'sales.li', password: passwordOf('sales.li') };

describe('customers: registration with de-duplication and idempotency', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  it('when the same company is registered again by tax id or by a differently written name, then 409 names the existing id', async () => {
    const created = await system.api().post('/api/customers').auth(as.user, as.password)
      .send({ name: 'Qingdao Dedup Marine Co., Ltd.', taxId: '91370200DEDUP0001A', industry: 'shipping', industryRisk: 'medium' }).expect(201);
    const byTaxId = await system.api().post('/api/customers').auth(as.user, as.password)
      .send({ name: 'Another Name Entirely', taxId: '91370200DEDUP0001A', industry: 'shipping', industryRisk: 'medium' }).expect(409);
    expect(byTaxId.body.existingId).toBe(created.body.id);
    const byName = await system.api().post('/api/customers').auth(as.user, as.password)
      .send({ name: 'QINGDAO DEDUP MARINE CO LTD', taxId: '91370200DEDUP0002B', industry: 'shipping', industryRisk: 'medium' }).expect(409);
    expect(byName.body.existingId).toBe(created.body.id);
  });

  it('when committee or auditor read a customer, then personal data is masked; sales and legal see it', async () => {
    const created = await system.api().post('/api/customers').auth(as.user, as.password).send({
      name: 'Masking Check Foods Co., Ltd.', taxId: '91330100MASK00001F', industry: 'food', industryRisk: 'low',
      contactName: '李小龙', contactPhone: '+86 138 0013 8000', legalRepresentative: 'Zhou Jielun', legalRepresentativeIdNumber: '110101199003074514',
    }).expect(201);
    const read = async (user: string) => (await system.api().get(`/api/customers/${created.body.id}`).auth(user, passwordOf(user)).expect(200)).body;
    for (const user of ['sales.li', 'legal.zhao', 'finance.chen']) {
      expect(await read(user)).toMatchObject({ contactName: '李小龙', contactPhone: '+86 138 0013 8000', legalRepresentativeIdNumber: '110101199003074514' });
    }
    for (const user of ['head.risk', 'auditor.sun']) {
      expect(await read(user)).toMatchObject({ contactName: '李**', contactPhone: '*********8000', legalRepresentative: 'Z*** J*****', legalRepresentativeIdNumber: '110*************14', name: 'Masking Check Foods Co., Ltd.' });
    }
  });

  it('when a related enterprise names an unknown parent, then 400 on that field and nothing is written', async () => {
    const before = await new CustomerRepository(system.db).count();
    const response = await system.api().post('/api/customers').auth(as.user, as.password)
      .send({ name: 'Orphan Subsidiary Co', taxId: '91370200ORPHAN001C', industry: 'shipping', industryRisk: 'low', parentCustomerId: '3f1c9d0e-2f3a-4b5c-8d7e-9f0a1b2c3d4e' }).expect(400);
    expect(response.body.errors).toEqual([{ field: 'parentCustomerId', message: 'no such customer' }]);
    expect(await new CustomerRepository(system.db).count()).toBe(before);
  });

  it('when a call is repeated with the same Idempotency-Key, then the first answer comes back and nothing is written twice', async () => {
    const body = { name: 'Xiamen Idempotent Tea Co., Ltd.', taxId: '91350200IDEMP0001D', industry: 'food', industryRisk: 'low' };
    const first = await system.api().post('/api/customers').auth(as.user, as.password).set('Idempotency-Key', 'customer-xiamen-1').send(body).expect(201);
    const again = await system.api().post('/api/customers').auth(as.user, as.password).set('Idempotency-Key', 'customer-xiamen-1').send(body).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const reused = await system.api().post('/api/customers').auth(as.user, as.password).set('Idempotency-Key', 'customer-xiamen-1').send({ ...body, industryRisk: 'high' }).expect(409);
    expect(reused.body.detail).toMatch(/different request body/);
  });

  it('when an application is posted twice with one Idempotency-Key, then one process instance is started', async () => {
    const taxId = '91350200IDEMP0002E';
    const body = { customerId: await registeredCustomer(() => system.api(), { name: 'Idempotent Application Co', taxId }), requestedLimit: 1234 };
    const first = await system.api().post('/api/applications').auth(as.user, as.password).set('Idempotency-Key', 'application-idem-1').send(body).expect(201);
    const again = await system.api().post('/api/applications').auth(as.user, as.password).set('Idempotency-Key', 'application-idem-1').send(body).expect(201);
    expect(again.body.processInstanceKey).toBe(first.body.processInstanceKey);
    const rows = await system.db('credit_application').where({ tax_id: taxId });
    expect(rows).toHaveLength(1);
  });
});
