import { login } from '../support/local-passwords';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { disputeRaisedMessageSchema as lifecycleDisputeSchema } from '../../src/contracts/dispute.contract';
import { disputeRaisedMessageSchema as dunningDisputeSchema } from '../../src/contracts/dunning.contract';
import { messagePayloadSchemas } from '../../src/contracts/credit-lifecycle.contract';
import { engineMessageTable } from '../../src/db/engine-message.repository';
import { deployFixtures } from '../support/fixture-deployment';
import { ProcessDriver } from '../support/process-driver';
import { waitFor } from '../support/wait-for';
import { startTestSystem } from '../support/test-system';

const finance = login('finance.chen');

describe('business events publish lifecycle messages exactly once', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
    await deployFixtures(system.engine, [path.join(__dirname, '..', 'fixtures', 'events', 'payment-listener.bpmn')]);
  });
  afterAll(async () => {
    await system.close();
  });

  const messagesWhere = (where: (query: ReturnType<typeof system.db>) => unknown) => {
    const query = system.db(engineMessageTable);
    where(query);
    return query as Promise<Array<{ message_id: string; message_name: string; correlation_value: string; correlation_process_id: string | null; status: string; delivered_to: string[] | null; variables: Record<string, unknown> }>>;
  };

  it('when a payment is reported twice with one Idempotency-Key, then the waiting case receives it once and the repeat replays the answer', async () => {
    const receivableId = `INV-${Date.now()}`;
    const listener = await ProcessDriver.start(system, 'payment-listener', { receivableId });
    const second = await ProcessDriver.start(system, 'payment-listener', { receivableId: `${receivableId}-OTHER` });
    const body = { receivableId, paymentAmount: 1200.5, paidAt: '2026-11-23T10:00:00+08:00', paymentReference: 'BANK-REF-1' };
    const first = await system.api().post('/api/events/payment-received').auth(...finance).set('Idempotency-Key', `pay-${receivableId}`).send(body).expect(202);
    expect(first.body).toMatchObject({ event: 'payment-received', messages: [{ messageName: 'payment-received', correlationKey: receivableId, status: 'DELIVERED', deliveredTo: [listener.processInstanceId] }] });
    const repeat = await system.api().post('/api/events/payment-received').auth(...finance).set('Idempotency-Key', `pay-${receivableId}`).send(body).expect(202);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(repeat.body).toEqual(first.body);
    await listener.waitUntilCompleted('EndEvent_Paid');
    expect(await listener.variables()).toMatchObject({ paymentAmount: 1200.5, paymentReference: 'BANK-REF-1' });
    // one message recorded and delivered once, to the instance waiting for this invoice only
    const published = await messagesWhere((query) => query.where({ correlation_value: receivableId }));
    expect(published.map((row) => [row.message_name, row.status, row.delivered_to])).toEqual([['payment-received', 'DELIVERED', [listener.processInstanceId]]]);
    const caught = (await system.history.activities(listener.processInstanceId)).filter((activity) => activity.elementId === 'Event_PaymentReceived' && activity.endedAt !== null);
    expect(caught).toHaveLength(1);
    expect(await second.completedElements()).not.toContain('EndEvent_Paid');
  });

  it('when the Idempotency-Key is missing, the event unknown or the payload wrong, then 400 names the field and nothing is published', async () => {
    const noKey = await system.api().post('/api/events/payment-received').auth(...finance).send({ receivableId: 'INV-1', paymentAmount: 1, paidAt: '2026-11-23T10:00:00Z', paymentReference: 'x' }).expect(400);
    expect(noKey.body.errors).toEqual([{ field: 'Idempotency-Key', message: 'is required' }]);
    const unknown = await system.api().post('/api/events/goods-stolen').auth(...finance).set('Idempotency-Key', 'k-unknown').send({}).expect(400);
    expect(unknown.body.errors[0].field).toBe('event');
    const wrong = await system.api().post('/api/events/payment-received').auth(...finance).set('Idempotency-Key', 'k-wrong')
      .send({ receivableId: 'INV 1 with spaces', paymentAmount: -3, paidAt: 'yesterday', paymentReference: '' }).expect(400);
    expect(wrong.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['paidAt', 'paymentAmount', 'paymentReference', 'receivableId']);
    const published = await messagesWhere((query) => query.whereIn('correlation_value', ['INV-1', 'INV 1 with spaces']));
    expect(published).toHaveLength(0);
  });

  it('when a dispute names its category in the lower case earlier clients sent, then the case and the invoice\'s dunning each get the one message shape both models catch', async () => {
    // the lifecycle and the dunning read one schema
    expect(messagePayloadSchemas['dispute-raised']).toBe(lifecycleDisputeSchema);
    expect(dunningDisputeSchema).toBe(lifecycleDisputeSchema);
    const applicationId = randomUUID();
    const receivableId = `INV-DISPUTE-${Date.now()}`;
    const body = { applicationId, receivableId, disputedAmount: 1500, disputeCategory: 'quality', disputeReason: 'Two cartons arrived damaged.' };

    const raised = await system.api().post('/api/events/dispute-raised').auth(...login('sales.li')).set('Idempotency-Key', `dispute-${receivableId}`).send(body).expect(202);

    expect(raised.body.messages.map((message: { correlationKey: string }) => message.correlationKey)).toEqual([applicationId, receivableId]);
    // no case waits for them yet: both stay in the outbox until one does (or their time to live ends)
    const published = await waitFor('both dispute messages recorded', async () => {
      const rows = await messagesWhere((query) => query.whereLike('message_id', `dispute-raised:dispute-${receivableId}%`).orderBy('message_id'));
      return rows.length === 2 ? rows : undefined;
    });
    expect(published.map((row) => [row.correlation_value, row.status])).toEqual([[applicationId, 'PENDING'], [receivableId, 'PENDING']]);
    // the invoice's copy is for its dunning only (the case holds the same invoice number and gets the copy by application)
    expect(published.map((row) => row.correlation_process_id)).toEqual([null, 'dunning']);
    for (const row of published) expect(lifecycleDisputeSchema.parse(row.variables)).toEqual({ ...body, disputeCategory: 'QUALITY' });
    // and a category outside the codes is refused, naming the field
    const wrong = await system.api().post('/api/events/dispute-raised').auth(...login('sales.li')).set('Idempotency-Key', `dispute-wrong-${receivableId}`).send({ ...body, disputeCategory: 'colour' }).expect(400);
    expect(wrong.body.errors.map((error: { field: string }) => error.field)).toEqual(['disputeCategory']);
  });
});
