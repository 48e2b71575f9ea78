import { login } from '../support/local-passwords';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { ReceivableRepository } from '../../src/db/receivable.repository';
import { registeredCustomer } from '../support/customers';
import { deployFixtures } from '../support/fixture-deployment';
import { startTestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

/** The dashboard's receivable table follows the receivable ledger, rated by the customer's latest credit decision. */
describe('dashboard receivables from the receivable ledger', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
    await deployFixtures(system.engine, [`${__dirname}/../fixtures/credit-file/recorded-case.bpmn`]);
  });
  afterAll(async () => {
    await system.close();
  });

  const march2021 = () => system.api().get('/api/dashboard?from=2021-03-01&to=2021-04-01&asOf=2021-05-01').auth(...login('manager.zhang')).expect(200);

  it('when invoices are in the ledger and paid over time, then the dashboard counts them with their open principal, rated by the latest decision', async () => {
    // given a customer whose latest credit decision is yellow, priority tier, score 74 (an earlier one was green)
    const run = Date.now().toString().slice(-8);
    const taxId = `9131LEDG${run}`;
    const name = `Ledger Dashboard ${run} Co., Ltd.`;
    const customerId = await registeredCustomer(() => system.api(), { name, taxId });
    await system.engine.startProcess({ key: 'recorded-case' }, { variables: { customerId, score: 91, colour: 'green', customerTier: 'core' } });
    await system.engine.startProcess({ key: 'recorded-case' }, { variables: { customerId, score: 74, colour: 'yellow', customerTier: 'priority' } });
    await waitFor('both decisions in the history', async () => {
      const file = (await system.api().get(`/api/customers/${customerId}/credit-file`).auth(...login('manager.zhang')).expect(200)).body;
      return file.history.length === 2 && file.history[1].values.customerTier === 'priority';
    });
    // and its invoices of March 2021 in the ledger: one part-paid after a dunning cost, one paid, one not yet received
    const ledger = new ReceivableLedgerRepository(system.db);
    const open = (id: string, customerTaxId: string, issuedOn: string, dueDate: string | null, principalCents: number) =>
      ledger.openOnce({ id, applicationId: 'ledger-dashboard-case', customerTaxId, currency: 'CNY', principalCents, issuedOn, dueDate, dailyLateFeeRate: 0 });
    const partPaid = `INV-${run}-A`;
    const paid = `INV-${run}-B`;
    const notReceived = `INV-${run}-C`;
    const unknownCustomer = `INV-${run}-D`;
    await open(partPaid, taxId, '2021-03-02', '2021-04-01', 10_000_000);
    await ledger.bookOnce(partPaid, { kind: 'cost', date: '2021-04-10', amountCents: 50_000, reference: 'LETTER-FEE' });
    await ledger.bookOnce(partPaid, { kind: 'payment', date: '2021-04-15', amountCents: 4_050_000, reference: 'BANK-A1' });
    await open(paid, taxId, '2021-03-05', '2021-04-05', 2_000_000);
    await ledger.bookOnce(paid, { kind: 'payment', date: '2021-04-03', amountCents: 2_000_000, reference: 'BANK-B1' });
    await open(notReceived, taxId, '2021-03-08', null, 3_000_000);
    await open(unknownCustomer, `9131NOBODY${run}`, '2021-03-09', '2021-04-09', 5_000_000);

    // when a manager reads the dashboard of March 2021
    const first = (await march2021()).body;

    // then the two invoices with a due date count: the cost was settled first, 60,000 stay open, 30 days past due on 1 May
    expect(first.receivables).toEqual({ receivables: 2, amount: 120_000, openAmount: 60_000, aging: { current: 0, days1to30: 60_000, days31to60: 0, days61to90: 0, over90: 0 } });
    const rows = new ReceivableRepository(system.db);
    expect(await rows.findById(partPaid)).toMatchObject({ customerKey: taxId, customerName: name, tier: 'priority', colour: 'yellow', score: 74, amount: 100_000, openAmount: 60_000, dueAt: '2021-04-01', paidAt: null, applicationId: null });
    expect(await rows.findById(paid)).toMatchObject({ openAmount: 0, paidAt: '2021-04-03' });
    // and neither the invoice without a due date nor the one of a customer we cannot rate is counted
    expect(await rows.findById(notReceived)).toBeUndefined();
    expect(await rows.findById(unknownCustomer)).toBeUndefined();
    expect(first.receivableProjection.unrated).toBeGreaterThanOrEqual(1);

    // when the rest is paid, then the next read shows the invoice paid, and nothing is counted twice
    await ledger.bookOnce(partPaid, { kind: 'payment', date: '2021-05-03', amountCents: 6_000_000, reference: 'BANK-A2' });
    const second = (await march2021()).body;
    expect(second.receivables).toMatchObject({ receivables: 2, amount: 120_000, openAmount: 0 });
    expect(await rows.findById(partPaid)).toMatchObject({ openAmount: 0, paidAt: '2021-05-03' });
  });
});
