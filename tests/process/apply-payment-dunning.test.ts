import { applyPaymentJobType } from '../../src/contracts/apply-payment.contract';
import { dunningProcess } from '../../src/contracts/dunning.contract';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { startCollectionSystem, runTag, type CollectionSystem } from '../support/collection-harness';
import { uniqueTaxId } from '../support/credit-records.seed';
import { engineNow } from '../support/engine-clock';

const { elements: e } = dunningProcess;

/** The one apply-payment worker inside the real dunning model: its answer drives the model's "paid in full?" gateway. */
describe('apply-payment in processes/dunning.bpmn', () => {
  let system: CollectionSystem;

  beforeAll(async () => {
    // the real models, and of the workers only apply-payment: nothing else may act on the case
    system = await startCollectionSystem({ workerTopics: [applyPaymentJobType] });
  });
  afterAll(async () => {
    await system.close();
  });

  it('when the customer pays part and then the rest during dunning, then the ledger takes both and dunning ends PAID on the second', async () => {
    // given a receivable of 100,000 in the ledger, due at the start of the engine's day (no stage, no late fee yet), and its dunning
    const now = await engineNow();
    const receivableId = `INV-DUN-${runTag}-${now.getTime()}`;
    const dueDate = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
    const ledger = new ReceivableLedgerRepository(system.db);
    await ledger.openOnce({
      id: receivableId, applicationId: 'dunning-apply-payment', customerTaxId: uniqueTaxId(runTag), currency: 'CNY', principalCents: 10_000_000,
      issuedOn: '2026-01-01', dueDate: dueDate.toISOString().slice(0, 10), dailyLateFeeRate: 0.0005,
    });
    const key = await system.startInstance(dunningProcess.processId, {
      receivableId, customerId: `CUST-DUN-${runTag}`, openAmount: 100_000, currency: 'CNY', dueDate: dueDate.toISOString(), dailyLateFeeRate: 0.0005,
    });
    const pay = async (paymentAmount: number, paymentReference: string, times: number) => {
      await system.waitForActive(key, e.awaitNextStage);
      await system.publish(dunningProcess.messages.paymentReceived, receivableId, { paymentAmount, paymentReference });
      await system.waitForCompletions(key, e.applyPayment, times);
    };

    // when 40,000 are paid (dunning's payment carries no date: the engine's day counts)
    await pay(40_000, `${receivableId}-PAY-1`, 1);

    // then the balance is 60,000 and dunning goes on
    expect(await system.variables(key)).toMatchObject({ openAmount: 60_000, amountApplied: 40_000, paidInFull: false, dunningStage: 'NONE' });
    expect(await system.history.completedElementIds(key)).not.toContain(e.paid);

    // when the rest is paid
    await pay(60_000, `${receivableId}-PAY-2`, 2);

    // then the ledger holds both payments, and dunning ends PAID
    expect(await system.waitForEnd(key)).toBe('COMPLETED');
    expect(await system.history.completedElementIds(key)).toContain(e.paid);
    expect(await system.variables(key)).toMatchObject({ openAmount: 0, amountApplied: 60_000, paidInFull: true, dunningOutcome: 'PAID' });
    expect((await ledger.events(receivableId)).map((event) => [event.amountCents, event.reference])).toEqual([[4_000_000, `${receivableId}-PAY-1`], [6_000_000, `${receivableId}-PAY-2`]]);
    expect(await ledger.find(receivableId)).toMatchObject({ status: 'PAID' });
  });
});
