import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { EngineMessageRepository } from '../../src/db/engine-message.repository';
import { createKnex } from '../../src/db/knex';
import { migrateToLatest } from '../../src/db/migrate';
import { createEngineClient } from '../../src/engine/engine-connection';
import { dropDatabase, parsePostgresUrl } from '../../src/engine/local/postgres-database';
import { MessageDeliveryService } from '../../src/engine/messages/message-delivery.service';
import { createLogger } from '../../src/logger';
import { deployFixtures } from '../support/fixture-deployment';

/**
 * The retry of pending messages. Found by the duplicate-delivery fault run: every event published a
 * second time under another key leaves a copy no instance will ever wait for, pending until it
 * expires; retried oldest-first 200 at a time, that backlog took every retry, and a payment published
 * a moment before its dunning was ready to catch it was never tried again — the case went to legal
 * and was written off although the customer had paid.
 */
describe('pending messages: a backlog that will never be delivered does not starve a newer message', () => {
  const config = loadConfig();
  const { server } = parsePostgresUrl(config.databaseUrl);
  // a database of its own: other suites' pending messages would take the retry's places
  const database = `credit_test_message_retry_${process.env.CREDIT_TEST_ENGINE_SLOT ?? 0}`;
  const databaseUrl = `postgres://${server.user}@${server.host}:${server.port}/${database}`;
  const engine = createEngineClient(config.engine);
  let db: ReturnType<typeof createKnex>;
  let messages: MessageDeliveryService;

  beforeAll(async () => {
    await dropDatabase(server, database);
    await migrateToLatest(databaseUrl);
    db = createKnex(databaseUrl);
    messages = new MessageDeliveryService({ engine, messages: new EngineMessageRepository(db), logger: createLogger('silent') });
    await deployFixtures(engine, [path.join(__dirname, '..', 'fixtures', 'messages', 'await-payment-message.bpmn')]);
  });
  afterAll(async () => {
    await db.destroy();
    await dropDatabase(server, database);
  });

  const publish = (receivableId: string) => messages.publish({
    messageId: `test-payment:${randomUUID()}`, messageName: 'test-payment-received', correlateBy: { variable: 'receivableId', value: receivableId },
    variables: { paymentAmount: 1000 }, timeToLiveMs: 3_600_000,
  });

  it('tries the least-tried first, so a payment that came a moment early reaches its case on a later round', async () => {
    const run = randomUUID().slice(0, 8);
    // five copies whose case will never wait for them, then the payment whose case is not waiting yet
    for (let i = 0; i < 5; i += 1) expect((await publish(`INV-NEVER-${run}-${i}`)).status).toBe('PENDING');
    const receivableId = `INV-EARLY-${run}`;
    const early = await publish(receivableId);
    expect(early).toMatchObject({ status: 'PENDING', attempts: 1 });

    const instance = await engine.startProcess({ key: 'test-await-payment-message' }, { businessKey: receivableId, variables: { receivableId } });
    // rounds of two: oldest-first would try the first two copies for ever
    for (let round = 0; round < 3; round += 1) await messages.deliverPending(2);

    const delivered = await new EngineMessageRepository(db).find(early.messageId);
    expect({ status: delivered?.status, deliveredTo: delivered?.deliveredTo }).toEqual({ status: 'DELIVERED', deliveredTo: [instance.id] });
    const attempts = await db('engine_message').where('correlation_value', 'like', `INV-NEVER-${run}-%`).orderBy('correlation_value').pluck('attempts');
    expect(attempts).toEqual([2, 2, 2, 2, 2]);
  });
});
