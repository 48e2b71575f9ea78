import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { deployResources } from '../../src/engine/deployment';
import { portfolioMonitoringProcess as contract, monitoringResultSchema, multiInstanceBodyOf } from '../../src/contracts/portfolio-monitoring.contract';
import { CreditFreezeRepository } from '../../src/db/credit-freeze.repository';
import { CreditRestrictionRepository } from '../../src/db/credit-restriction.repository';
import { CustomerScoreRepository } from '../../src/db/customer-score.repository';
import { DailyMonitoringResultRepository } from '../../src/db/daily-monitoring-result.repository';
import { InvestigationReportRepository } from '../../src/db/investigation-report.repository';
import type { Customer } from '../../src/db/customer.repository';
import { SecondDueDiligenceRepository } from '../../src/db/second-due-diligence.repository';
import { businessDayOf } from '../../src/domain/calendar/business-day';
import type { StatementFigures } from '../../src/domain/scoring/ratios-from-statements';
import { parseEngineDate } from '../../src/engine/variables';
import { ApplicationScoringService } from '../../src/scoring/application-scoring.service';
import { startCollectionSystem, runTag, type CollectionSystem } from '../support/collection-harness';
import { creditRecords, shiftDay, uniqueTaxId } from '../support/credit-records.seed';
import { engineNow } from '../support/engine-clock';

jest.setTimeout(180_000);
const e = contract.elements;
// the statements of two of the labelled sample companies (src/investigation/sample-companies.json)
const cleanStatements: StatementFigures = { revenue: 180_000_000, netProfit: 9_500_000, totalAssets: 120_000_000, totalLiabilities: 52_000_000 };
const riskyStatements: StatementFigures = { revenue: 60_000_000, netProfit: -4_200_000, totalAssets: 48_000_000, totalLiabilities: 41_000_000 };

type Name = 'GREEN' | 'YELLOW' | 'RED' | 'OVERDUE45' | 'SLOWPAYER' | 'TURNOVERDROP';
type AddReceivable = (amount: number, issuedDaysAgo: number, termDays: number, paid?: Array<[number, number]>) => Promise<void>;
const testCopyId = 'portfolio-monitoring-test-copy';
const onTime: Array<[number, number]> = [[1, 0]];
const slow: Array<[number, number]> = [[0.75, 0], [0.25, 10]];
/** Five years of cooperation, a receivable paid (on time or slowly) within the year, one open at a fifth of its 60-day term. */
const regular = (history: Array<[number, number]>) => async (add: AddReceivable) => {
  await add(500_000, 1900, 60, onTime);
  await add(1_000_000, 260, 60, history);
  await add(100_000, 12, 60);
};

/**
 * The daily model is tested twice: its per-customer logic through a test copy of the same XML whose
 * timer start is replaced by a none start (so the test starts exactly one instance), and its timer
 * start by moving the engine clock past 02:00. The portfolio is real data in PostgreSQL: customers,
 * the statements their last case was scored on and their receivable ledger, re-scored by the real
 * model; each test seeds its own customers. The day's results are kept in daily_monitoring_result.
 */
describe('portfolio monitoring on the real engine', () => {
  let system: CollectionSystem;
  let records: ReturnType<typeof creditRecords>;
  let copyDefinitionId: string;

  /** Seeds one customer: its case scored on its statements by the lifecycle's scoring, industry risk and its ledger (dates relative to today). */
  const seed = async (name: string, industryRisk: Customer['industryRisk'], statements: StatementFigures, ledger: (add: AddReceivable) => Promise<void>, today: string) => {
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
    // the test copy binds its decisions by deployment: it is deployed with them
    const xml = fs
      .readFileSync(path.join(projectRoot, 'processes', `${contract.processId}.bpmn`), 'utf8')
      .replace(/<bpmn:timerEventDefinition id="TimerEventDefinition_DailyMonitoring">[\s\S]*?<\/bpmn:timerEventDefinition>/, '')
      .replaceAll(`"${contract.processId}"`, `"${testCopyId}"`);
    const decisions = Object.values(contract.decisions).map((decision) => path.join(projectRoot, 'processes', 'decisions', `${decision}.dmn`));
    const deployed = await deployResources(system.engine, [
      { name: `${testCopyId}.bpmn`, content: Buffer.from(xml) },
      ...decisions.map((file) => ({ name: path.basename(file), content: fs.readFileSync(file) })),
    ], { name: `test-copy:${testCopyId}`, source: 'process tests' });
    copyDefinitionId = deployed.find((resource) => resource.kind === 'process' && resource.id === testCopyId)?.definitionId as string;
  });
  afterAll(async () => {
    await system.close();
  });

  const restrictions = async (customer: Customer) => (await new CreditRestrictionRepository(system.db).forCustomer(customer.id)).map(({ kind, limitFactor, maxTermDays, turnoverDropRatio, openAmountCents }) => ({ kind, limitFactor, maxTermDays, turnoverDropRatio, openAmountCents }));

  it('when the daily run monitors a portfolio, then each colour and each warning gets its consequence, every provision is topped up and the results of the day are kept per customer', async () => {
    // given a green, a yellow and a red customer, one 45 days overdue, one slow payer and one whose turnover dropped 25 %, and one without open receivables
    const today = businessDayOf(await engineNow());
    const portfolio = new Map<Name, Customer>();
    const id = (name: Name) => (portfolio.get(name) as Customer).id;
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
    const inactive = await seed('INACTIVE', 'low', cleanStatements, async (add) => add(100_000, 300, 60, onTime), today);
    const key = (await system.engine.startProcess({ id: copyDefinitionId }, { variables: {} })).id;

    // when the run completes
    expect(await system.waitForEnd(key, 120_000)).toBe('COMPLETED');

    // then every active customer was listed, scored and monitored once; the one without open receivables was not
    const variables = await system.variables(key);
    expect(variables.businessDay).toBe(today);
    const listed = (variables.customers as Array<{ customerId: string }>).map((customer) => customer.customerId);
    expect(listed).toEqual(expect.arrayContaining([...portfolio.values()].map((customer) => customer.id)));
    expect(listed).not.toContain(inactive.id);
    const pathTaken = await system.history.completedElementIds(key);
    expect(pathTaken.filter((element) => element === e.customerMonitored)).toHaveLength(listed.length);
    expect(pathTaken.filter((element) => element === e.recordMonitoringResult)).toHaveLength(listed.length);
    // each inner instance, and once the multi-instance body (Operaton gives it an id of its own)
    expect(pathTaken.filter((element) => element === e.monitorCustomer)).toHaveLength(listed.length);
    expect(pathTaken.filter((element) => element === multiInstanceBodyOf(e.monitorCustomer))).toHaveLength(1);
    expect(pathTaken.filter((element) => element === e.topUpProvisions)).toHaveLength(listed.length);
    expect(pathTaken.filter((element) => element === multiInstanceBodyOf(e.topUpProvisions))).toHaveLength(1);
    expect(pathTaken.filter((element) => element === e.collectMonitoringResults)).toHaveLength(1);
    expect(pathTaken).toContain(e.portfolioMonitored);
    const results = monitoringResultSchema.array().parse(variables.monitoringResults);
    expect(results.map((result) => result.customerId).sort()).toEqual([...listed].sort());
    const byName = (name: Name) => results.find((result) => result.customerId === id(name));

    // green: no restriction; yellow: limit −30 %, term ≤ 30 days; red: trading suspended and preservation started
    expect(byName('GREEN')).toMatchObject({ colour: 'green', warningLevel: 'NONE', provisionRate: 0.03, openAmount: 100_000, consequences: [] });
    expect(byName('YELLOW')).toMatchObject({ colour: 'yellow', provisionRate: 0.08, consequences: ['CREDIT_RESTRICTED'] });
    expect(byName('RED')).toMatchObject({ colour: 'red', provisionRate: 0.15, openAmount: 100_000, consequences: ['TRADING_SUSPENDED', 'PRESERVATION_STARTED'] });
    expect((byName('GREEN')?.score ?? 0)).toBeGreaterThan(byName('YELLOW')?.score ?? 100);
    expect((byName('YELLOW')?.score ?? 0)).toBeGreaterThan(byName('RED')?.score ?? 100);
    expect(await restrictions(portfolio.get('GREEN') as Customer)).toEqual([]);
    expect(await restrictions(portfolio.get('YELLOW') as Customer)).toEqual([{ kind: 'LIMIT_AND_TERM', limitFactor: 0.7, maxTermDays: 30, turnoverDropRatio: null, openAmountCents: null }]);
    expect(await restrictions(portfolio.get('RED') as Customer)).toEqual([
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
    expect(await restrictions(portfolio.get('TURNOVERDROP') as Customer)).toEqual([{ kind: 'NEW_BUSINESS', limitFactor: null, maxTermDays: null, turnoverDropRatio: 0.25, openAmountCents: null }]);

    // and the day's results are kept in PostgreSQL, one row per customer and business day, written by this run
    const kept = await new DailyMonitoringResultRepository(system.db).forRun(key);
    expect(kept.map(({ customerId, score, colour, warningLevel, provisionRate, openAmount, consequences }) => ({ customerId, score, colour, warningLevel, provisionRate, openAmount, consequences })))
      .toEqual([...results].sort((a, b) => a.customerId.localeCompare(b.customerId)));
    expect(kept.every((row) => row.businessDay === today && row.monitoringRunId === key && row.scoreModelVersion.length > 0)).toBe(true);
    expect(await new DailyMonitoringResultRepository(system.db).forCustomer(id('RED'))).toEqual([expect.objectContaining({ businessDay: today, colour: 'red', monitoringRunId: key })]);
    // and each provision is topped up from the provision-rate decision, on the receivables it covers, and kept with the day's result
    expect(kept.map((row) => ({ customerId: row.customerId, provisionTopUp: (row.provisionTopUpCents as number) / 100 }))).toEqual(expect.arrayContaining([
      { customerId: id('GREEN'), provisionTopUp: 3_000 },
      { customerId: id('YELLOW'), provisionTopUp: 8_000 },
      { customerId: id('RED'), provisionTopUp: 15_000 },
    ]));
    expect(kept.find((row) => row.customerId === id('RED'))).toMatchObject({ provisionRequiredCents: 1_500_000, provisionTopUpCents: 1_500_000 });
    const redOpen = await records.ledger.openForCustomers([portfolio.get('RED')?.taxId as string]);
    expect(await system.db('provision_entry').whereIn('receivable_id', redOpen.map((receivable) => receivable.id)).select('kind', 'amount_cents', 'rate')).toEqual([{ kind: 'TOP_UP', amount_cents: '1500000', rate: '0.1500' }]);
  });

  it('when the engine clock passes 02:00, then the timer start event starts a daily run over the active customers', async () => {
    // given the real model (timer start) deployed by this run; a customer with an open receivable, one whose only credit decision approved a limit, and one without either
    const deployed = system.deployed.find((resource) => resource.kind === 'process' && resource.id === contract.processId);
    expect(deployed).toBeDefined();
    const today = businessDayOf(await engineNow());
    const active = await seed('TIMER', 'low', cleanStatements, regular(onTime), today);
    const inactive = await seed('TIMERIDLE', 'low', cleanStatements, async (add) => add(100_000, 300, 60, onTime), today);
    const approvedOnly = await records.customer({ name: `Monitored APPROVED ${runTag} Co`, taxId: uniqueTaxId(runTag), industryRisk: 'low' });
    const recordedCase = (await system.deployFixture(path.join(__dirname, '..', 'fixtures', 'credit-file', 'recorded-case.bpmn'))).find((resource) => resource.kind === 'process') as { definitionId: string };
    const recorded = await system.engine.startProcess({ id: recordedCase.definitionId }, { variables: { customerId: approvedOnly.id, approvedLimit: 300_000, creditDecision: 'APPROVED' } });
    expect(recorded.ended).toBe(true);
    const runs = async () => (await system.history.searchInstances({ processId: contract.processId })).map((instance) => instance.processInstanceId);
    const before = new Set(await runs());
    // the timer start waits for the next 02:00 of the engine's clock
    const [timer] = await system.engine.jobs({ processDefinitionId: deployed?.definitionId, timers: true });
    expect(new Date(parseEngineDate(timer?.dueDate as string)).getUTCHours()).toBe(2);

    // when the clock passes the next 02:00 UTC
    const now = await engineNow();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 2, 0, 0));
    if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
    const run = await system.driveClockUntil('a daily run', new Date(next.getTime() + 60_000), async () => (await runs()).some((id) => !before.has(id)));
    expect(run).toBe(true);

    // then one new instance of the daily process monitored the active customers to its end
    const started = (await runs()).filter((id) => !before.has(id));
    expect(started).toHaveLength(1);
    const key = started[0] as string;
    expect(await system.waitForEnd(key, 180_000)).toBe('COMPLETED');
    const pathTaken = await system.history.completedElementIds(key);
    expect(pathTaken).toEqual(expect.arrayContaining([e.start, e.listActiveCustomers, e.monitorCustomer, e.scoreCustomer, e.recordMonitoringResult, e.collectMonitoringResults, e.topUpProvisions, e.portfolioMonitored]));
    const variables = await system.variables(key);
    expect(variables.businessDay).toBe(businessDayOf(next));
    const listed = (variables.customers as Array<{ customerId: string }>).map((customer) => customer.customerId);
    expect(listed).toEqual(expect.arrayContaining([active.id, approvedOnly.id]));
    expect(listed).not.toContain(inactive.id);
    // the day's results of the scheduled run are kept too
    expect((await new DailyMonitoringResultRepository(system.db).forRun(key)).map((row) => row.customerId).sort()).toEqual([...listed].sort());
  });
});
