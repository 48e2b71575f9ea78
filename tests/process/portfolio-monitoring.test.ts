import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { portfolioMonitoringProcess as contract, monitoringResultSchema } from '../../src/contracts/portfolio-monitoring.contract';
import { CreditFreezeRepository } from '../../src/db/credit-freeze.repository';
import { CreditRestrictionRepository } from '../../src/db/credit-restriction.repository';
import { CustomerScoreRepository } from '../../src/db/customer-score.repository';
import { InvestigationReportRepository } from '../../src/db/investigation-report.repository';
import type { Customer } from '../../src/db/customer.repository';
import { SecondDueDiligenceRepository } from '../../src/db/second-due-diligence.repository';
import { businessDayOf } from '../../src/domain/calendar/business-day';
import type { StatementFigures } from '../../src/domain/scoring/ratios-from-statements';
import { ApplicationScoringService } from '../../src/scoring/application-scoring.service';
import { startCollectionSystem, runTag, type CollectionSystem } from '../support/collection-harness';
import { creditRecords, shiftDay, uniqueTaxId } from '../support/credit-records.seed';
import { engineNow } from '../support/engine-clock';
import { waitForCompletedElement } from '../support/test-system';
import { waitFor } from '../support/wait-for';

jest.setTimeout(180_000);
const e = contract.elements;
// the statements of two of the labelled sample companies (src/investigation/sample-companies.json)
const cleanStatements: StatementFigures = { revenue: 180_000_000, netProfit: 9_500_000, totalAssets: 120_000_000, totalLiabilities: 52_000_000 };
const riskyStatements: StatementFigures = { revenue: 60_000_000, netProfit: -4_200_000, totalAssets: 48_000_000, totalLiabilities: 41_000_000 };

type Name = 'GREEN' | 'YELLOW' | 'RED' | 'OVERDUE45' | 'SLOWPAYER' | 'TURNOVERDROP';

/**
 * The daily model is tested twice: its per-customer logic through a test copy of the same XML whose
 * timer start is replaced by a none start (so each test starts exactly one instance), and its timer
 * start by moving the engine clock past 02:00. The portfolio is real data in PostgreSQL: customers,
 * the statements their last case was scored on and their receivable ledger, re-scored by the real model.
 */
describe('portfolio monitoring on the real engine', () => {
  let system: CollectionSystem;
  let records: ReturnType<typeof creditRecords>;
  const portfolio = new Map<Name, Customer>();
  let inactive: Customer;
  let copyVersion = -1;
  const id = (name: Name) => (portfolio.get(name) as Customer).id;

  /** Seeds one customer: its case scored on its statements by the lifecycle's scoring, industry risk and its ledger (dates relative to today). */
  const seed = async (name: Name | 'INACTIVE', industryRisk: Customer['industryRisk'], statements: StatementFigures, ledger: (add: (amount: number, issuedDaysAgo: number, termDays: number, paid?: Array<[number, number]>) => Promise<void>) => Promise<void>, today: string) => {
    const customer = await records.customer({ name: `Monitored ${name} ${runTag} Co`, taxId: uniqueTaxId(runTag), industryRisk });
    const applicationId = await records.application(customer);
    await new ApplicationScoringService(new CustomerScoreRepository(system.db), new InvestigationReportRepository(system.db)).score({
      applicationId, customerId: customer.id, asOf: new Date(`${shiftDay(today, -400)}T00:00:00Z`), documentData: statements,
      hasPaymentHistory: false, yearsOfCooperation: 0, collectionRate: 0, industryRisk, checklistPassed: true, redFlagCount: 0,
    });
    let invoice = 0;
    await ledger(async (amount, issuedDaysAgo, termDays, paid = []) => {
      const issuedOn = shiftDay(today, -issuedDaysAgo);
      const dueDate = shiftDay(issuedOn, termDays);
      invoice += 1;
      // paid: [share of the amount, days after the due date]
      await records.receivable({ id: `INV-PM-${runTag}-${name}-${invoice}`, applicationId, customer, amount, issuedOn, dueDate, payments: paid.map(([share, late]) => ({ on: shiftDay(dueDate, late), amount: amount * share })) });
    });
    return customer;
  };

  beforeAll(async () => {
    system = await startCollectionSystem();
    records = creditRecords(system.db);
    const today = businessDayOf(await engineNow());
    const onTime: Array<[number, number]> = [[1, 0]];
    const slow: Array<[number, number]> = [[0.75, 0], [0.25, 10]];
    // five years of cooperation, a receivable paid on time within the year, one open at a fifth of its 60-day term
    const regular = (history: Array<[number, number]>) => async (add: (amount: number, issuedDaysAgo: number, termDays: number, paid?: Array<[number, number]>) => Promise<void>) => {
      await add(500_000, 1900, 60, onTime);
      await add(1_000_000, 260, 60, history);
      await add(100_000, 12, 60);
    };
    portfolio.set('GREEN', await seed('GREEN', 'low', cleanStatements, regular(onTime), today));
    portfolio.set('YELLOW', await seed('YELLOW', 'high', cleanStatements, regular(slow), today));
    portfolio.set('RED', await seed('RED', 'high', riskyStatements, regular(slow), today));
    portfolio.set('OVERDUE45', await seed('OVERDUE45', 'low', cleanStatements, async (add) => {
      await add(500_000, 1900, 60, onTime);
      await add(2_000_000, 200, 60, onTime);
      await add(100_000, 105, 60); // due 45 days ago, unpaid
      await add(100_000, 12, 60);
    }, today));
    portfolio.set('SLOWPAYER', await seed('SLOWPAYER', 'low', cleanStatements, async (add) => {
      await add(500_000, 1900, 60, onTime);
      await add(1_000_000, 260, 60, slow);
      await add(100_000, 36, 60); // 60 % of its term elapsed
    }, today));
    portfolio.set('TURNOVERDROP', await seed('TURNOVERDROP', 'low', cleanStatements, async (add) => {
      await add(500_000, 1900, 60, onTime);
      await add(400_000, 150, 60, onTime); // invoiced in the previous 90 days
      await add(300_000, 12, 60); // invoiced in the last 90 days: −25 %
    }, today));
    inactive = await seed('INACTIVE', 'low', cleanStatements, async (add) => add(100_000, 300, 60, onTime), today);

    const xml = fs
      .readFileSync(path.join(projectRoot, 'processes', `${contract.processId}.bpmn`), 'utf8')
      .replace(/<bpmn:timerEventDefinition id="TimerEventDefinition_DailyMonitoring">[\s\S]*?<\/bpmn:timerEventDefinition>/, '')
      .replaceAll(`"${contract.processId}"`, '"portfolio-monitoring-test-copy"');
    const deployed = await system.zeebe.deployResource({ process: Buffer.from(xml), name: 'portfolio-monitoring-test-copy.bpmn' });
    copyVersion = deployed.deployments[0] && 'process' in deployed.deployments[0] ? deployed.deployments[0].process.version : -1;
  });
  afterAll(async () => {
    await system.close();
  });

  const restrictions = async (name: Name) => (await new CreditRestrictionRepository(system.db).forCustomer(id(name))).map(({ kind, limitFactor, maxTermDays, turnoverDropRatio, openAmountCents }) => ({ kind, limitFactor, maxTermDays, turnoverDropRatio, openAmountCents }));

  it('when the daily run monitors a portfolio, then each colour and each warning gets its consequence and every provision is topped up', async () => {
    // given a green, a yellow and a red customer, one 45 days overdue, one slow payer and one whose turnover dropped 25 %, and one without open receivables
    const { processInstanceKey: key } = await system.zeebe.createProcessInstance({ bpmnProcessId: 'portfolio-monitoring-test-copy', version: copyVersion, variables: {} });

    // when the run completes
    await waitForCompletedElement(system.history, key, 'portfolio-monitoring-test-copy');

    // then every active customer was listed, scored and monitored once; the one without open receivables was not
    const variables = await system.details.variables(key);
    const listed = (variables.customers as Array<{ customerId: string }>).map((customer) => customer.customerId);
    expect(listed).toEqual(expect.arrayContaining([...portfolio.values()].map((customer) => customer.id)));
    expect(listed).not.toContain(inactive.id);
    const pathTaken = await system.history.completedElementIds(key);
    expect(pathTaken.filter((element) => element === e.customerMonitored)).toHaveLength(listed.length);
    // each inner instance plus the multi-instance body, which carries the same element id
    expect(pathTaken.filter((element) => element === e.topUpProvisions)).toHaveLength(listed.length + 1);
    expect(pathTaken).toContain(e.portfolioMonitored);
    const results = monitoringResultSchema.array().parse(variables.monitoringResults);
    const byName = (name: Name) => results.find((result) => result.customerId === id(name));

    // green: no restriction; yellow: limit −30 %, term ≤ 30 days; red: trading suspended and preservation started
    expect(byName('GREEN')).toMatchObject({ colour: 'green', warningLevel: 'NONE', provisionRate: 0.03, openAmount: 100_000, consequences: [] });
    expect(byName('YELLOW')).toMatchObject({ colour: 'yellow', provisionRate: 0.08, consequences: ['CREDIT_RESTRICTED'] });
    expect(byName('RED')).toMatchObject({ colour: 'red', provisionRate: 0.15, openAmount: 100_000, consequences: ['TRADING_SUSPENDED', 'PRESERVATION_STARTED'] });
    expect((byName('GREEN')?.score ?? 0)).toBeGreaterThan(byName('YELLOW')?.score ?? 100);
    expect((byName('YELLOW')?.score ?? 0)).toBeGreaterThan(byName('RED')?.score ?? 100);
    expect(await restrictions('GREEN')).toEqual([]);
    expect(await restrictions('YELLOW')).toEqual([{ kind: 'LIMIT_AND_TERM', limitFactor: 0.7, maxTermDays: 30, turnoverDropRatio: null, openAmountCents: null }]);
    expect(await restrictions('RED')).toEqual([
      { kind: 'RECEIVABLE_PRESERVATION', limitFactor: null, maxTermDays: null, turnoverDropRatio: null, openAmountCents: 10_000_000 },
      { kind: 'TRADING_SUSPENDED', limitFactor: null, maxTermDays: null, turnoverDropRatio: null, openAmountCents: null },
    ]);

    // red warning (> 30 days overdue): second due diligence and the group's credit frozen; yellow warning recorded; turnover drop restricts new business
    expect(byName('OVERDUE45')).toMatchObject({ colour: 'green', warningLevel: 'RED', consequences: ['SECOND_DUE_DILIGENCE', 'GROUP_CREDIT_FROZEN'] });
    expect(await new SecondDueDiligenceRepository(system.db).forCustomer(id('OVERDUE45'))).toHaveLength(1);
    expect(await new CreditFreezeRepository(system.db).all([portfolio.get('OVERDUE45')?.taxId as string, portfolio.get('GREEN')?.taxId as string])).toEqual([
      expect.objectContaining({ taxId: portfolio.get('OVERDUE45')?.taxId, relation: 'customer', triggeredByReceivable: 'portfolio-monitoring' }),
    ]);
    expect(byName('SLOWPAYER')).toMatchObject({ colour: 'green', warningLevel: 'YELLOW', consequences: [] });
    expect(byName('TURNOVERDROP')).toMatchObject({ colour: 'green', warningLevel: 'NONE', consequences: ['NEW_BUSINESS_RESTRICTED'] });
    expect(await restrictions('TURNOVERDROP')).toEqual([{ kind: 'NEW_BUSINESS', limitFactor: null, maxTermDays: null, turnoverDropRatio: 0.25, openAmountCents: null }]);

    // and each provision is topped up from the provision-rate decision, on the receivables it covers
    expect(variables.provisionTopUps).toEqual(expect.arrayContaining([
      { customerId: id('GREEN'), provisionTopUp: 3_000 },
      { customerId: id('YELLOW'), provisionTopUp: 8_000 },
      { customerId: id('RED'), provisionTopUp: 15_000 },
    ]));
    const redOpen = await records.ledger.openForCustomers([portfolio.get('RED')?.taxId as string]);
    expect(await system.db('provision_entry').whereIn('receivable_id', redOpen.map((receivable) => receivable.id)).select('kind', 'amount_cents', 'rate')).toEqual([{ kind: 'TOP_UP', amount_cents: '1500000', rate: '0.1500' }]);
  });

  it('when the engine clock passes 02:00, then the timer start event starts a daily run over the active customers', async () => {
    // given the real model (timer start) deployed by this run, and a customer whose only credit decision approved a limit
    const deployed = system.deployed.find((resource) => resource.kind === 'process' && resource.id === contract.processId);
    expect(deployed).toBeDefined();
    const approvedOnly = await records.customer({ name: `Monitored APPROVED ${runTag} Co`, taxId: uniqueTaxId(runTag), industryRisk: 'low' });
    await system.zeebe.deployResource({ processFilename: path.join(__dirname, '..', 'fixtures', 'credit-file', 'recorded-case.bpmn') });
    await system.zeebe.createProcessInstanceWithResult({ bpmnProcessId: 'recorded-case', variables: { customerId: approvedOnly.id, approvedLimit: 300_000, creditDecision: 'APPROVED' } });
    const before = new Set((await system.details.instancesOfDefinition(String(deployed?.key))).map((instance) => instance.processInstanceKey));

    // when the clock passes the next 02:00 UTC
    const now = await engineNow();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 2, 0, 0));
    if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
    const run = await system.driveClockUntil('a daily run', new Date(next.getTime() + 60_000), async () =>
      (await system.details.instancesOfDefinition(String(deployed?.key))).some((instance) => !before.has(instance.processInstanceKey)),
    );
    expect(run).toBe(true);

    // then a new instance of the daily process monitored the active customers to its end
    const started = (await system.details.instancesOfDefinition(String(deployed?.key))).find((instance) => !before.has(instance.processInstanceKey));
    const key = String(started?.processInstanceKey);
    await waitFor('the daily run to finish', async () => (await system.history.completedElementIds(key)).includes(e.portfolioMonitored), 90_000);
    const pathTaken = await system.history.completedElementIds(key);
    expect(pathTaken).toEqual(expect.arrayContaining([e.start, e.listActiveCustomers, e.monitorCustomer, e.scoreCustomer, e.topUpProvisions]));
    const listed = ((await system.details.variables(key)).customers as Array<{ customerId: string }>).map((customer) => customer.customerId);
    expect(listed).toEqual(expect.arrayContaining([...[...portfolio.values()].map((customer) => customer.id), approvedOnly.id]));
    expect(listed).not.toContain(inactive.id);
  });
});
