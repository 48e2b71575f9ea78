import path from 'node:path';
import { createCamunda } from '../../src/camunda/camunda-client';
import { deployModels } from '../../src/camunda/deployment';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { EngineHistoryRepository } from '../../src/camunda/history/engine-history.repository';
import { loadConfig } from '../../src/config';
import { applyPaymentJobType } from '../../src/contracts/apply-payment.contract';
import { dunningProcess } from '../../src/contracts/dunning.contract';
import { createKnex } from '../../src/db/knex';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { createLogger } from '../../src/logger';
import { jobWorkers, workerDependencies } from '../../workers';
import { engineNow } from '../support/engine-clock';
import { quietEngine } from '../support/test-system';
import { waitFor } from '../support/wait-for';

const { elements: e } = dunningProcess;

/** The one apply-payment worker inside the real dunning model: its answer drives the model's "paid in full?" gateway. */
describe('apply-payment in processes/dunning.bpmn', () => {
  const config = loadConfig();
  const db = createKnex(config.databaseUrl);
  const historyDb = createKnex(config.historyDatabaseUrl);
  const history = new EngineHistoryRepository(historyDb);
  const camunda = createCamunda(config.camunda);
  const zeebe = camunda.getZeebeGrpcApiClient();
  let worker: { close(): Promise<unknown> };
  let version: number;

  beforeAll(async () => {
    await quietEngine(config);
    const deployed = await deployModels(zeebe, [path.join(projectRoot, 'processes', 'dunning.bpmn'), path.join(projectRoot, 'processes', 'decisions', 'dunning-stage.dmn')], projectRoot);
    version = deployed.find((resource) => resource.kind === 'process' && resource.id === dunningProcess.processId)?.version ?? -1;
    worker = jobWorkers[applyPaymentJobType]!(workerDependencies({ zeebe, db, logger: createLogger('silent') }));
  });
  afterAll(async () => {
    await worker.close();
    await zeebe.close();
    await Promise.all([db.destroy(), historyDb.destroy()]);
  });

  it('when the customer pays part and then the rest during dunning, then the ledger takes both and dunning ends PAID on the second', async () => {
    // given a receivable of 100,000 in the ledger, due at the start of the engine's day (no stage, no late fee yet), and its dunning
    const now = await engineNow();
    const receivableId = `INV-DUN-${now.getTime()}`;
    const dueDate = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
    await new ReceivableLedgerRepository(db).openOnce({
      id: receivableId, applicationId: 'dunning-apply-payment', customerTaxId: '91330100MA27XL0E2G', currency: 'CNY', principalCents: 10_000_000,
      issuedOn: '2026-01-01', dueDate: dueDate.toISOString().slice(0, 10), dailyLateFeeRate: 0.0005,
    });
    const { processInstanceKey } = await zeebe.createProcessInstance({
      bpmnProcessId: dunningProcess.processId, version,
      variables: { receivableId, customerId: 'CUST-DUN-1', openAmount: 100_000, currency: 'CNY', dueDate: dueDate.toISOString(), dailyLateFeeRate: 0.0005 },
    });
    const key = String(processInstanceKey);
    const completions = async (elementId: string) => (await history.completedElementIds(key)).filter((id) => id === elementId).length;
    const active = async (elementId: string) => {
      const events = (await history.elementEvents(key)).filter((event) => event.elementId === elementId);
      return events.filter((event) => event.intent === 'ELEMENT_ACTIVATED').length > events.filter((event) => event.intent === 'ELEMENT_COMPLETED' || event.intent === 'ELEMENT_TERMINATED').length;
    };
    const pay = async (paymentAmount: number, paymentReference: string, times: number) => {
      await waitFor('dunning to wait for the next stage or a payment', () => active(e.awaitNextStage));
      await zeebe.publishMessage({ name: dunningProcess.messages.paymentReceived, correlationKey: receivableId, variables: { paymentAmount, paymentReference }, timeToLive: 600_000 });
      await waitFor(`apply-payment to complete ${times}×`, async () => (await completions(e.applyPayment)) >= times);
    };

    // when 40,000 are paid (dunning's payment carries no date: the engine's day counts)
    await pay(40_000, `${receivableId}-PAY-1`, 1);

    // then the balance is 60,000 and dunning goes on
    expect(await history.variables(key)).toMatchObject({ openAmount: 60_000, amountApplied: 40_000, paidInFull: false });
    expect(await history.completedElementIds(key)).not.toContain(e.paid);

    // when the rest is paid
    await pay(60_000, `${receivableId}-PAY-2`, 2);

    // then the ledger holds both payments, and dunning ends PAID
    await waitFor('dunning to end PAID', async () => (await history.completedElementIds(key)).includes(e.paid));
    expect(await history.variables(key)).toMatchObject({ openAmount: 0, amountApplied: 60_000, paidInFull: true, dunningOutcome: 'PAID' });
    expect((await new ReceivableLedgerRepository(db).events(receivableId)).map((event) => [event.amountCents, event.reference])).toEqual([[4_000_000, `${receivableId}-PAY-1`], [6_000_000, `${receivableId}-PAY-2`]]);
    expect(await new ReceivableLedgerRepository(db).find(receivableId)).toMatchObject({ status: 'PAID' });
  });
});
