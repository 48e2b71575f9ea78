import { legalEscalationProcess as contract } from '../../src/contracts/legal-escalation.contract';
import { startCollectionSystem, runTag, type CollectionSystem } from '../support/collection-harness';
import { startLegalAndMonitoringTestWorkers } from '../support/test-workers/legal-and-monitoring.test-workers';
import { waitForCompletedElement, waitForUserTask } from '../support/test-system';

jest.setTimeout(120_000);
const e = contract.elements;

describe('legal escalation on the real engine', () => {
  let system: CollectionSystem;
  let workers: ReturnType<typeof startLegalAndMonitoringTestWorkers>;
  let sequence = 0;
  const started: string[] = [];

  beforeAll(async () => {
    system = await startCollectionSystem();
    workers = startLegalAndMonitoringTestWorkers(system.zeebe, system.logger, {
      portfolio: [],
      portfolioFor: () => false,
      // the customer and its related enterprises (same group)
      groupOf: (customerId) => [customerId, `${customerId}-SUBSIDIARY`, `${customerId}-SISTER`],
    });
  });
  afterAll(async () => {
    for (const key of started) await system.zeebe.cancelProcessInstance(key).catch(() => undefined);
    await workers.close();
    await system.close();
  });

  const escalate = async (daysOverdue: number) => {
    sequence += 1;
    const variables = { receivableId: `INV-LEGAL-${runTag}-${sequence}`, customerId: `CUST-LEGAL-${runTag}-${sequence}`, openAmount: 250_000, daysOverdue };
    const key = await system.startInstance(contract.processId, variables);
    started.push(key);
    return { key, variables };
  };

  /** Evidence pack, legal's choice, then the case updates; returns the instance's final variables and path. */
  const runCase = async (daysOverdue: number, route: 'AGENCY' | 'LAWSUIT', updates: Record<string, string | number>[]) => {
    const { key, variables } = await escalate(daysOverdue);
    const task = await waitForUserTask(system.history, key, e.chooseLegalRoute);
    const form = system.deployed.find((resource) => resource.id === contract.forms.chooseLegalRoute);
    expect(task).toMatchObject({ candidateGroups: ['legal'], formKey: form?.key });
    await system.camunda.getCamundaRestClient().completeUserTask({
      userTaskKey: task.userTaskKey,
      variables: { legalRoute: route, legalCounterparty: route === 'AGENCY' ? 'Shanghai Recovery Partners' : 'Hangzhou Intermediate Court', legalRouteReason: 'Debtor unresponsive after formal warning.' },
    });
    for (const [index, update] of updates.entries()) {
      await system.waitForActive(key, e.legalCaseUpdated);
      await system.publish(contract.messages.legalCaseUpdated, variables.receivableId, update);
      await system.waitForCompletions(key, e.legalCaseUpdated, index + 1);
    }
    await waitForCompletedElement(system.history, key, contract.processId);
    return { key, variables, path: await system.history.completedElementIds(key), final: await system.details.variables(key) };
  };

  const expectGroupFrozenOnce = (key: string, customerId: string, path: string[]) => {
    expect(path.filter((id) => id === e.freezeGroupCredit)).toHaveLength(1);
    expect(workers.callsOf(key, contract.jobTypes.freezeGroupCredit)).toHaveLength(1);
    expect(workers.frozenGroups.get(`FREEZE-${customerId}`)).toEqual([customerId, `${customerId}-SUBSIDIARY`, `${customerId}-SISTER`]);
  };

  it('when an agency recovers the debt after a status update, then the group is frozen once, diligence and evidence precede the choice, and provisions follow RECOVERED', async () => {
    const { key, variables, path, final } = await runCase(95, 'AGENCY', [{ caseStatus: 'HANDED_OVER' }, { caseStatus: 'CLOSED', legalOutcome: 'RECOVERED', recoveredAmount: 250_000 }]);
    expectGroupFrozenOnce(key, variables.customerId, path);
    expect(path).toEqual(expect.arrayContaining([e.assessEarlyWarning, e.runSecondDueDiligence, e.confirmLegalStage, e.buildEvidencePack, e.chooseLegalRoute, e.updateProvisions, e.legalCaseClosed]));
    expect(path.indexOf(e.freezeGroupCredit)).toBeLessThan(path.indexOf(e.buildEvidencePack));
    expect(path.filter((id) => id === e.legalCaseUpdated)).toHaveLength(2);
    expect(path).not.toContain(e.legalEngaged);
    expect(final).toMatchObject({ warningLevel: 'RED', legalRoute: 'AGENCY', legalOutcome: 'RECOVERED', recoveredAmount: 250_000, writtenOffAmount: 0, evidencePackId: `EVIDENCE-${variables.receivableId}` });
    expect(workers.callsOf(key, contract.jobTypes.updateProvisions)[0]?.input).toMatchObject({ legalOutcome: 'RECOVERED', recoveredAmount: 250_000 });
  });

  it('when a lawsuit ends in a settlement after two updates, then provisions follow SETTLED and the group is frozen once', async () => {
    const { key, variables, path, final } = await runCase(120, 'LAWSUIT', [
      { caseStatus: 'FILED' },
      { caseStatus: 'HEARING' },
      { caseStatus: 'CLOSED', legalOutcome: 'SETTLED', recoveredAmount: 180_000 },
    ]);
    expectGroupFrozenOnce(key, variables.customerId, path);
    expect(path.filter((id) => id === e.legalCaseUpdated)).toHaveLength(3);
    expect(final).toMatchObject({ legalRoute: 'LAWSUIT', legalOutcome: 'SETTLED', recoveredAmount: 180_000, writtenOffAmount: 70_000, caseStatus: 'CLOSED' });
  });

  it('when the case closes uncollectable at once, then the receivable is written off and the group is frozen once', async () => {
    const { key, variables, path, final } = await runCase(100, 'LAWSUIT', [{ caseStatus: 'CLOSED', legalOutcome: 'WRITTEN_OFF' }]);
    expectGroupFrozenOnce(key, variables.customerId, path);
    expect(path.filter((id) => id === e.legalCaseUpdated)).toHaveLength(1);
    expect(final).toMatchObject({ legalOutcome: 'WRITTEN_OFF', recoveredAmount: 0, writtenOffAmount: 250_000 });
  });

  it('when escalated at a red warning before the legal stage (45 days), then the group is frozen and diligence runs, but no legal action starts', async () => {
    const { key, variables } = await escalate(45);
    await waitForCompletedElement(system.history, key, contract.processId);
    const path = await system.history.completedElementIds(key);
    expectGroupFrozenOnce(key, variables.customerId, path);
    expect(path).toEqual(expect.arrayContaining([e.runSecondDueDiligence, e.legalEngaged]));
    expect(path).not.toContain(e.buildEvidencePack);
    expect(path).not.toContain(e.chooseLegalRoute);
    expect(await system.details.variables(key)).toMatchObject({ warningLevel: 'RED', legalOutcome: 'ENGAGED' });
  });

  it('when escalated without a red warning (20 days), then nothing is frozen and no legal action starts', async () => {
    const { key } = await escalate(20);
    await waitForCompletedElement(system.history, key, contract.processId);
    const path = await system.history.completedElementIds(key);
    expect(path).toContain(e.legalEngaged);
    expect(path).not.toContain(e.freezeGroupCredit);
    expect(path).not.toContain(e.runSecondDueDiligence);
    expect(workers.callsOf(key)).toEqual([]);
  });
});
