import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/camunda/engine/engine-profile';
import { portfolioMonitoringProcess as contract, monitoringResultSchema } from '../../src/contracts/portfolio-monitoring.contract';
import { startCollectionSystem, runTag, type CollectionSystem } from '../support/collection-harness';
import { engineNow } from '../support/engine-clock';
import { startLegalAndMonitoringTestWorkers, type TestCustomer } from '../support/test-workers/legal-and-monitoring.test-workers';
import { waitForCompletedElement } from '../support/test-system';

jest.setTimeout(120_000);
const e = contract.elements;
const j = contract.jobTypes;
const id = (name: string) => `CUST-PM-${runTag}-${name}`;
const base = { openAmount: 100_000, daysOverdue: 0, termElapsedRatio: 0.2, collectionRate: 0.95, turnoverDropRatio: 0 };
const portfolio: TestCustomer[] = [
  { ...base, customerId: id('GREEN'), score: 85 },
  { ...base, customerId: id('YELLOW'), score: 70 },
  { ...base, customerId: id('RED'), score: 50 },
  { ...base, customerId: id('OVERDUE45'), score: 82, daysOverdue: 45 },
  { ...base, customerId: id('SLOWPAYER'), score: 90, termElapsedRatio: 0.6, collectionRate: 0.7 },
  { ...base, customerId: id('TURNOVERDROP'), score: 88, turnoverDropRatio: 0.25 },
];

/**
 * The daily model is tested twice: its per-customer logic through a test copy of the same XML whose
 * timer start is replaced by a none start (so each test starts exactly one instance with a known
 * portfolio), and its timer start by moving the engine clock past 02:00.
 */
describe('portfolio monitoring on the real engine', () => {
  let system: CollectionSystem;
  let workers: ReturnType<typeof startLegalAndMonitoringTestWorkers>;
  const portfolioInstances = new Set<string>();
  let copyVersion = -1;

  beforeAll(async () => {
    system = await startCollectionSystem();
    workers = startLegalAndMonitoringTestWorkers(system.zeebe, system.logger, {
      portfolio,
      portfolioFor: (processInstanceKey) => portfolioInstances.has(processInstanceKey),
      groupOf: (customerId) => [customerId, `${customerId}-GROUP`],
    });
    const xml = fs
      .readFileSync(path.join(projectRoot, 'processes', `${contract.processId}.bpmn`), 'utf8')
      .replace(/<bpmn:timerEventDefinition id="TimerEventDefinition_DailyMonitoring">[\s\S]*?<\/bpmn:timerEventDefinition>/, '')
      .replaceAll(`"${contract.processId}"`, '"portfolio-monitoring-test-copy"');
    const deployed = await system.zeebe.deployResource({ process: Buffer.from(xml), name: 'portfolio-monitoring-test-copy.bpmn' });
    copyVersion = deployed.deployments[0] && 'process' in deployed.deployments[0] ? deployed.deployments[0].process.version : -1;
  });
  afterAll(async () => {
    await workers.close();
    await system.close();
  });

  it('when the daily run monitors a portfolio, then each colour and each warning gets its consequence and every provision is topped up', async () => {
    // given a portfolio with a green, a yellow and a red customer, one 45 days overdue, one slow payer and one whose turnover dropped 25 %
    const { processInstanceKey: key } = await system.zeebe.createProcessInstance({ bpmnProcessId: 'portfolio-monitoring-test-copy', version: copyVersion, variables: {} });
    portfolioInstances.add(key);

    // when the run completes
    await waitForCompletedElement(system.history, key, 'portfolio-monitoring-test-copy');

    // then every customer was scored and monitored once
    const pathTaken = await system.history.completedElementIds(key);
    expect(pathTaken.filter((element) => element === e.customerMonitored)).toHaveLength(portfolio.length);
    // six inner instances plus the multi-instance body, which carries the same element id
    expect(pathTaken.filter((element) => element === e.topUpProvisions)).toHaveLength(portfolio.length + 1);
    expect(pathTaken).toContain(e.portfolioMonitored);
    const variables = await system.details.variables(key);
    const results = monitoringResultSchema.array().parse(variables.monitoringResults);
    const byName = (name: string) => results.find((result) => result.customerId === id(name));

    // green: no restriction; yellow: limit −30 %, term ≤ 30 days; red: trading suspended and preservation started
    expect(byName('GREEN')).toMatchObject({ colour: 'green', warningLevel: 'NONE', provisionRate: 0.03, consequences: [] });
    expect(byName('YELLOW')).toMatchObject({ colour: 'yellow', provisionRate: 0.08, consequences: ['CREDIT_RESTRICTED'] });
    expect(byName('RED')).toMatchObject({ colour: 'red', provisionRate: 0.15, consequences: ['TRADING_SUSPENDED', 'PRESERVATION_STARTED'] });
    const calls = (jobType: string) => workers.callsOf(key, jobType).map((call) => call.input);
    expect(calls(j.applyCreditRestrictions)).toEqual([expect.objectContaining({ customerId: id('YELLOW'), limitFactor: 0.7, maxTermDays: 30 })]);
    expect(calls(j.suspendTrading)).toEqual([expect.objectContaining({ customerId: id('RED') })]);
    expect(calls(j.startReceivablePreservation)).toEqual([expect.objectContaining({ customerId: id('RED'), openAmount: 100_000 })]);

    // red warning (> 30 days overdue): second due diligence and the group's credit frozen; yellow warning recorded; turnover drop restricts new business
    expect(byName('OVERDUE45')).toMatchObject({ colour: 'green', warningLevel: 'RED', consequences: ['SECOND_DUE_DILIGENCE', 'GROUP_CREDIT_FROZEN'] });
    expect(calls(j.runSecondDueDiligence)).toEqual([expect.objectContaining({ customerId: id('OVERDUE45') })]);
    expect(calls(j.freezeGroupCredit)).toEqual([expect.objectContaining({ customerId: id('OVERDUE45') })]);
    expect(byName('SLOWPAYER')).toMatchObject({ warningLevel: 'YELLOW', consequences: [] });
    expect(byName('TURNOVERDROP')).toMatchObject({ warningLevel: 'NONE', consequences: ['NEW_BUSINESS_RESTRICTED'] });
    expect(calls(j.restrictNewBusiness)).toEqual([expect.objectContaining({ customerId: id('TURNOVERDROP'), turnoverDropRatio: 0.25 })]);

    // and each provision is topped up from the provision-rate decision
    const topUps = calls(j.topUpProvision);
    expect(topUps).toHaveLength(portfolio.length);
    expect(topUps).toEqual(expect.arrayContaining([
      expect.objectContaining({ customerId: id('GREEN'), provisionRate: 0.03, openAmount: 100_000 }),
      expect.objectContaining({ customerId: id('YELLOW'), provisionRate: 0.08 }),
      expect.objectContaining({ customerId: id('RED'), provisionRate: 0.15 }),
    ]));
    expect(variables.provisionTopUps).toEqual(expect.arrayContaining([{ customerId: id('RED'), provisionTopUp: 15_000 }]));
  });

  it('when the engine clock passes 02:00, then the timer start event starts a daily run', async () => {
    // given the real model (timer start) deployed by this run
    const deployed = system.deployed.find((resource) => resource.kind === 'process' && resource.id === contract.processId);
    expect(deployed).toBeDefined();
    const before = new Set((await system.details.instancesOfDefinition(String(deployed?.key))).map((instance) => instance.processInstanceKey));

    // when the clock passes the next 02:00 UTC
    const now = await engineNow();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 2, 0, 0));
    if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
    const run = await system.driveClockUntil('a daily run', new Date(next.getTime() + 60_000), async () =>
      (await system.details.instancesOfDefinition(String(deployed?.key))).some((instance) => !before.has(instance.processInstanceKey)),
    );
    expect(run).toBe(true);

    // then a new instance of the daily process ran (this test gives it an empty portfolio) to its end
    const started = (await system.details.instancesOfDefinition(String(deployed?.key))).find((instance) => !before.has(instance.processInstanceKey));
    await waitForCompletedElement(system.history, String(started?.processInstanceKey), e.portfolioMonitored);
    const pathTaken = await system.history.completedElementIds(String(started?.processInstanceKey));
    expect(pathTaken).toEqual(expect.arrayContaining([e.start, e.listActiveCustomers, e.monitorCustomer, e.topUpProvisions]));
    expect(pathTaken).not.toContain(e.scoreCustomer);
  });
});
