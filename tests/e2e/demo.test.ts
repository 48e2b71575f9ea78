import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadConfig } from '../../src/config';
import { CustomerRepository } from '../../src/db/customer.repository';
import { DemoDataRepository } from '../../src/db/demo-data.repository';
import { ReceivableRepository } from '../../src/db/receivable.repository';
import { demoCases, demoLabel } from '../../src/demo/demo-cases';
import { DemoLoader, type DemoCaseResult } from '../../src/demo/demo-loader';
import { removeDemo } from '../../src/demo/demo-removal';
import { endpoints, engineProfile } from '../../src/engine/local/engine-profile';
import { buildWebPages } from '../../src/web/web-bundle';
import { demoScreenshots } from '../support/demo-screenshots';
import { engineNow } from '../support/engine-clock';
import { login, passwordOf } from '../support/local-passwords';
import { startTestSystem, type TestSystem } from '../support/test-system';

jest.setTimeout(900_000);

/** npm run demo's loader and removal against the test system over real HTTP, as the CLI runs them against npm start. */
describe('the demo data', () => {
  let system: TestSystem;
  let server: Server;
  let loader: DemoLoader;
  let loaded: DemoCaseResult[];
  const byState = (state: DemoCaseResult['state']) => loaded.find((result) => result.state === state) as DemoCaseResult;
  const as = (user: string) => ({ user, password: passwordOf(user) });
  const counts = async () => Object.fromEntries(await Promise.all(['customer', 'credit_application', 'document', 'receivable_ledger', 'dunning_notice', 'legal_case'].map(async (table) => [table, Number((await system.db(table).count<Array<{ count: string }>>('* as count'))[0]?.count)])));
  const remove = () => removeDemo({
    engine: system.engine, data: new DemoDataRepository(system.db),
    customersByTaxId: async (taxIds) => (await Promise.all(taxIds.map((taxId) => new CustomerRepository(system.db).findByTaxId(taxId)))).filter((customer) => customer !== undefined),
  });
  let someoneElse: { customerId: string; applicationId: string };

  beforeAll(async () => {
    system = await startTestSystem();
    server = await new Promise<Server>((resolve) => {
      const listening = system.app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    loader = new DemoLoader({ apiBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, engine: system.engine, serviceUser: loadConfig().engine.credentials(), engineNow });
    // given data that is not the demo's: a customer of sales.li with an application
    const customer = (await system.api().post('/api/customers').auth(...login('sales.li')).send({ name: `Not A Demo Trading ${Date.now()} Co., Ltd.`, taxId: `91310000${String(Date.now()).slice(-10)}`, industry: 'wholesale', industryRisk: 'medium' }).expect(201)).body as { id: string };
    const application = (await system.api().post('/api/applications').auth(...login('sales.li')).send({ customerId: customer.id, requestedLimit: 100_000 }).expect(201)).body as { id: string };
    someoneElse = { customerId: customer.id, applicationId: application.id };
    await remove(); // what an earlier run of this suite left on a kept engine
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await system?.close();
  });

  it('when the demo is loaded, then Tasklist, the dunning, the legal cases and the dashboard show its cases in their states', async () => {
    loaded = await loader.load();
    expect(loaded.map((result) => [result.state, result.created])).toEqual(demoCases.map((demo) => [demo.state, true]));
    for (const result of loaded) expect((await system.api().get(`/api/customers/${result.customerId}`).auth(...login('analyst.wang')).expect(200)).body.name).toMatch(new RegExp(`^${demoLabel}`));

    // the green channel's coordinator approved: sales sign the contract
    expect((await system.history.variables(byState('green-channel-approved').processInstanceId))).toMatchObject({ creditDecision: 'APPROVED', decidedBy: 'URGENT_COORDINATOR' });
    // Tasklist: the analyst sees the review, a committee member their ballot (the engine's REST API as each person, as Tasklist asks it)
    const analystTasks = await system.engine.get<Array<{ taskDefinitionKey: string; name: string }>>('/task', { processInstanceBusinessKey: byState('analyst-review').applicationId }, as('analyst.wang'));
    expect(analystTasks.map((task) => [task.taskDefinitionKey, task.name])).toEqual([['Task_AnalystReview', '信用专员审查 Review as credit analyst']]);
    const ballots = await system.engine.get<Array<{ taskDefinitionKey: string }>>('/task', { processInstanceBusinessKey: byState('committee-vote').applicationId, assignee: 'head.risk' }, as('head.risk'));
    expect(ballots.map((task) => task.taskDefinitionKey)).toEqual(['Task_CommitteeVote']);
    // a dunning notice went out for the overdue receivable
    const dunning = byState('dunning');
    const history = (await system.api().get(`/api/receivables/${dunning.receivableId}/dunning-history`).auth(...login('finance.chen')).expect(200)).body as { notices: Array<{ stage: string }> };
    expect(history.notices.map((notice) => notice.stage)).toContain('REMINDER');
    // legal has the long-overdue receivable as a case
    const legal = (await system.api().get('/api/legal-cases').auth(...login('legal.zhao')).expect(200)).body;
    expect(JSON.stringify(legal)).toContain(byState('legal').receivableId as string);
    // the dashboard shows the two receivables: aged past due, and its top customers
    // as of the engine's day (other suites move the test engine's clock ahead of the wall clock)
    const engineDay = (await engineNow()).toISOString().slice(0, 10);
    const dashboard = (await system.api().get(`/api/dashboard?asOf=${engineDay}`).auth(...login('manager.zhang')).expect(200)).body as {
      receivables: { receivables: number; aging: Record<string, number> }; topCustomers: Array<{ customerName: string; openAmount: number }>;
    };
    expect(dashboard.receivables.receivables).toBeGreaterThanOrEqual(2);
    expect(dashboard.receivables.aging.days31to60).toBeGreaterThan(0);
    expect(dashboard.receivables.aging.over90).toBeGreaterThan(0);
    // each with what its receivable still has open (the invoice, less a prepayment where the decision asked for one)
    const openOf = async (state: DemoCaseResult['state']) => (await new ReceivableRepository(system.db).findById(byState(state).receivableId as string))?.openAmount;
    const demoOpen = [await openOf('dunning'), await openOf('legal')].sort();
    expect(demoOpen.every((amount) => amount !== undefined && amount > 0)).toBe(true);
    expect(dashboard.topCustomers.filter((customer) => customer.customerName.startsWith(demoLabel)).map((customer) => customer.openAmount).sort()).toEqual(demoOpen);
  });

  it('when people look at it in a Chinese browser, then Tasklist, Cockpit and the dashboard show the demo (screenshots in test-output/e2e/demo-zh-*.png)', async () => {
    await buildWebPages({ minify: false });
    const screens = await demoScreenshots({
      engineBase: endpoints(engineProfile('test')).base, apiBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, password: passwordOf, expectOnTasklist: '信用专员审查 Review as credit analyst',
      asOf: (await engineNow()).toISOString().slice(0, 10),
    });
    expect(screens.tasklist).toContain('我的组任务 My group\'s tasks');
    expect(screens.cockpit).toMatch(/信用全生命周期 Credit lifecycle/);
    expect(screens.dashboard).toContain(`${demoLabel}诉讼建材有限公司`);
  });

  it('when the demo is loaded again, then nothing is added', async () => {
    const before = await counts();
    const again = await loader.load();
    expect(again.map((result) => [result.applicationId, result.created, result.atState])).toEqual(loaded.map((result) => [result.applicationId, false, true]));
    expect(await counts()).toEqual(before);
  });

  it('when the demo is removed, then its cases and rows are gone and nothing else is', async () => {
    const before = await counts();
    const removed = await remove();
    expect(removed.customers).toBe(5);
    const after = await counts();
    expect(before.customer - after.customer).toBe(5);
    expect(before.credit_application - after.credit_application).toBe(5);
    expect(after.dunning_notice).toBeLessThan(before.dunning_notice);
    for (const result of loaded) {
      expect(await system.engine.get<unknown[]>('/history/process-instance', { processInstanceBusinessKey: result.applicationId })).toEqual([]);
      await system.api().get(`/api/customers/${result.customerId}`).auth(...login('analyst.wang')).expect(404);
    }
    // someone else's customer and case are untouched
    await system.api().get(`/api/customers/${someoneElse.customerId}`).auth(...login('analyst.wang')).expect(200);
    expect((await system.api().get(`/api/applications/${someoneElse.applicationId}`).auth(...login('analyst.wang')).expect(200)).body.state).toBe('ACTIVE');
  });
});
