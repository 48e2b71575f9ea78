import { login } from '../support/local-passwords';
import { DunningNoticeRepository } from '../../src/db/dunning-notice.repository';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { registeredCustomer } from '../support/customers';
import { deployFixtures } from '../support/fixture-deployment';
import { startTestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

const analyst = login('analyst.wang');

describe('customer position: group, exposure, dunning history, withdrawal', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  it('when the risky sample manufacturer is read, then its registry group is listed and its group exposure sums the open receivables of all members', async () => {
    const register = async (name: string, taxId: string) =>
      (await system.api().post('/api/customers').auth(...analyst).send({ name, taxId, industry: 'metal products', industryRisk: 'high' })).body;
    const subject = (await system.db('customer').where({ tax_id: '91310000SAMPLE0002' }).first()) ?? (await register('Sample Risky Manufacturing Co., Ltd.', '91310000SAMPLE0002'));
    const related = await system.api().get(`/api/customers/${subject.id}/related`).auth(...analyst).expect(200);
    expect(related.body.map((enterprise: { taxId: string; relation: string }) => [enterprise.taxId, enterprise.relation])).toEqual([
      ['91310000SAMPLE0003', 'subsidiary'],
      ['91310000SAMPLE0004', 'shared shareholder'],
    ]);

    const ledger = new ReceivableLedgerRepository(system.db);
    const stamp = Date.now();
    await ledger.openOnce({ id: `INV-EXP-A-${stamp}`, applicationId: 'exposure', customerTaxId: '91310000SAMPLE0002', currency: 'CNY', principalCents: 500_000, issuedOn: '2026-01-01', dueDate: '2026-01-31', dailyLateFeeRate: 0.0005 });
    await ledger.openOnce({ id: `INV-EXP-B-${stamp}`, applicationId: 'exposure', customerTaxId: '91310000SAMPLE0003', currency: 'CNY', principalCents: 200_000, issuedOn: '2026-02-01', dueDate: '2026-12-31', dailyLateFeeRate: 0.0005 });
    const exposure = await system.api().get(`/api/customers/${subject.id}/exposure?asOf=2026-03-02`).auth(...analyst).expect(200);
    const mine = exposure.body.receivables.filter((row: { receivableId: string }) => row.receivableId.endsWith(`-${stamp}`));
    expect(mine.map((row: { receivableId: string; totalCents: number; daysOverdue: number }) => [row.receivableId, row.totalCents, row.daysOverdue])).toEqual([
      [`INV-EXP-A-${stamp}`, 507_500, 30], // 30 days × 0.05 % on 5,000.00
      [`INV-EXP-B-${stamp}`, 200_000, 0],
    ]);
    expect(exposure.body.groupOpenCents - exposure.body.customerOpenCents).toBeGreaterThanOrEqual(200_000);
    await system.api().get(`/api/customers/${subject.id}/exposure?asOf=yesterday`).auth(...analyst).expect(400);
  });

  it('when a receivable was dunned, then its history lists the notices and every contact; an unknown one is 404', async () => {
    const receivableId = `INV-HIST-${Date.now()}`;
    const notices = new DunningNoticeRepository(system.db);
    await notices.claim({ id: '9b3c9d0e-2f3a-4b5c-8d7e-9f0a1b2c3d4e'.replace('9b3c', Date.now().toString(16).slice(-4)), receivableId, stage: 'REMINDER', channel: 'letter', customerId: 'c', openAmountCents: 1, lateFeeCents: 0, currency: 'CNY', pdf: Buffer.from('%PDF'), status: 'SENT' });
    await notices.logContact({ receivableId, channel: 'phone', outcome: 'PROMISE_TO_PAY', note: 'pays on Friday', loggedBy: 'finance.chen', dedupKey: `${receivableId}:call` });
    const history = await system.api().get(`/api/receivables/${receivableId}/dunning-history`).auth(...login('finance.chen')).expect(200);
    expect(history.body.notices.map((notice: { stage: string; channel: string }) => [notice.stage, notice.channel])).toEqual([['REMINDER', 'letter']]);
    expect(history.body.contacts).toEqual([{ channel: 'phone', outcome: 'PROMISE_TO_PAY', note: 'pays on Friday', loggedBy: 'finance.chen' }]);
    await system.api().get('/api/receivables/INV-NOBODY-1/dunning-history').auth(...login('finance.chen')).expect(404);
  });

  it('when an application is withdrawn, then its case is cancelled, withdrawing again answers the same', async () => {
    const customerId = await registeredCustomer(() => system.api(), { name: 'Withdrawn Trading Co', taxId: '91310000WITHDRAW1A' });
    const created = await system.api().post('/api/applications').auth(...login('sales.li')).send({ customerId, requestedLimit: 1000 }).expect(201);
    const first = await system.api().post(`/api/applications/${created.body.id}/withdrawal`).auth(...login('sales.li')).expect(200);
    const again = await system.api().post(`/api/applications/${created.body.id}/withdrawal`).auth(...login('sales.li')).expect(200);
    expect(first.body.status).toBe('WITHDRAWN');
    expect(again.body).toEqual(first.body);
    // the case was deleted in the engine, once, by the service (its user operation log says who), and nothing of it runs
    expect(await system.history.instance(created.body.processInstanceKey)).toMatchObject({ state: 'EXTERNALLY_TERMINATED', endedAt: expect.any(String) });
    const deletions = (await system.history.operations(created.body.processInstanceKey)).filter((operation) => operation.operationType === 'Delete');
    expect(deletions.map((operation) => [operation.entityType, operation.userId])).toEqual([['ProcessInstance', 'creditservice']]);
    expect(await system.history.unfinishedRootInstances('credit-lifecycle')).not.toContain(created.body.processInstanceKey);
  });
});

describe('credit file from the engine history', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
    await deployFixtures(system.engine, [`${__dirname}/../fixtures/credit-file/recorded-case.bpmn`]);
  });
  afterAll(async () => {
    await system.close();
  });

  it('when a customer had two decided cases, then the credit file shows the latest decision and both cases; personal data stays out', async () => {
    const customer = (await system.api().post('/api/customers').auth(...login('sales.li'))
      .send({ name: `Credit File Foods ${Date.now()} Co`, taxId: `9131CF${Date.now().toString().slice(-10)}`, industry: 'food', industryRisk: 'low' }).expect(201)).body;
    const record = (variables: Record<string, unknown>) => system.engine.startProcess({ key: 'recorded-case' }, { variables });
    const decided = { colour: 'yellow', creditGrade: 'B', approvedLimit: 350_000, approvedTermDays: 30, creditDecision: 'APPROVED', decidedBy: 'MANAGER' };
    await record({ customerId: customer.id, score: 71, reasonCodes: ['COLLECTION_RATE'], modelVersion: 'pd-model-v1', ...decided });
    await record({ customerId: customer.id, score: 83, reasonCodes: ['ATTR1', 'YEARS_OF_COOPERATION'], modelVersion: 'pd-model-v1', ...decided, colour: 'green', creditGrade: 'A', approvedLimit: 500_000 });
    await record({ customerId: 'someone-else', score: 10 });

    const file = await waitFor('both cases in the history', async () => {
      const response = await system.api().get(`/api/customers/${customer.id}/credit-file`).auth(...login('head.risk')).expect(200);
      // both cases carry all nine recorded values
      const complete = response.body.history.length === 2 && response.body.history.every((entry: { values: object }) => Object.keys(entry.values).length === 9);
      return complete ? response.body : undefined;
    });
    expect(file.current).toMatchObject({ score: 83, colour: 'green', creditGrade: 'A', approvedLimit: 500_000, approvedTermDays: 30, reasonCodes: ['ATTR1', 'YEARS_OF_COOPERATION'], modelVersion: 'pd-model-v1' });
    expect(file.history.map((entry: { values: { score: number } }) => entry.values.score)).toEqual([71, 83]);
    expect(file.history.every((entry: { processId: string }) => entry.processId === 'recorded-case')).toBe(true);
    expect(JSON.stringify(file)).not.toContain('someone-else');
    await system.api().get('/api/customers/0b3c9d0e-2f3a-4b5c-8d7e-9f0a1b2c3d4e/credit-file').auth(...login('head.risk')).expect(404);
  });
});
