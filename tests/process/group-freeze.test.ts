import { CreditFreezeRepository } from '../../src/db/credit-freeze.repository';
import { sampleCompanySources } from '../../src/investigation/sample-company-sources';
import { GroupFreezeService } from '../../src/legal/group-freeze.service';
import { registeredCustomer } from '../support/customers';
import { startTestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

describe('freezing the credit of a customer and its group', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  it('when a red warning freezes the risky manufacturer twice, then it and its two related enterprises are frozen once each and their open cases are told once', async () => {
    const freezes = new CreditFreezeRepository(system.db);
    await system.db('credit_freeze').whereIn('tax_id', ['91310000SAMPLE0002', '91310000SAMPLE0003', '91310000SAMPLE0004', '91310000SAMPLE0001']).delete();
    const sisterId = await registeredCustomer(() => system.api(), { name: 'Sample Sister Logistics Co., Ltd.', taxId: '91310000SAMPLE0004' });
    const sisterCase = await system.api().post('/api/applications').auth('sales.li', 'sales.li-local').send({ customerId: sisterId, requestedLimit: 50_000 }).expect(201);
    const service = new GroupFreezeService({ freezes, sources: sampleCompanySources(), zeebe: system.camunda.getZeebeGrpcApiClient(), db: system.db });

    const first = await service.freeze({ taxId: '91310000SAMPLE0002', receivableId: 'INV-RED-1', reason: 'RED_WARNING_OVER_30_DAYS' });
    const second = await service.freeze({ taxId: '91310000SAMPLE0002', receivableId: 'INV-RED-1', reason: 'RED_WARNING_OVER_30_DAYS' });

    expect(first.newlyFrozenTaxIds.sort()).toEqual(['91310000SAMPLE0002', '91310000SAMPLE0003', '91310000SAMPLE0004']);
    expect(second.newlyFrozenTaxIds).toEqual([]);
    expect((await freezes.all(first.frozenTaxIds)).map((freeze) => [freeze.taxId, freeze.relation])).toEqual([
      ['91310000SAMPLE0002', 'customer'], ['91310000SAMPLE0003', 'subsidiary'], ['91310000SAMPLE0004', 'shared shareholder'],
    ]);
    expect(await freezes.isFrozen('91310000SAMPLE0001')).toBe(false);
    expect(first.notifiedApplicationIds).toContain(sisterCase.body.id);
    const published = await waitFor('the credit-frozen message in the history', async () => {
      const rows = await system.historyDb('zeebe_record').where({ value_type: 'MESSAGE', intent: 'PUBLISHED' }).whereRaw("record->'value'->>'messageId' = ?", [`credit-frozen:${sisterCase.body.id}`]);
      return rows.length > 0 ? rows : undefined;
    });
    expect(published).toHaveLength(1);
  });
});
