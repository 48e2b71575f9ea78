import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { z } from 'zod';
import { EngineClient, type TaskDto } from '../../src/engine/engine-client';
import { deployResources } from '../../src/engine/deployment';
import { ExternalTaskPoller } from '../../src/engine/external-task-poller';
import { EngineHistoryReader } from '../../src/engine/history/engine-history.reader';
import { endpoints, scratchEngineProfile } from '../../src/engine/local/engine-profile';
import { startEngine, stopEngine } from '../../src/engine/local/engine-process';
import { dropDatabase, ensureDatabase } from '../../src/engine/local/postgres-database';
import { serviceCredentials } from '../../src/engine/local/service-credentials';
import { MappedOutputs } from '../../src/engine/mapped-outputs';
import { createZodJobWorker } from '../../src/engine/zod-external-task-worker';
import { createLogger } from '../../src/logger';
import { waitFor } from '../support/wait-for';

const postgres = { host: '127.0.0.1', port: 5432, user: 'postgres' };
/** A scratch engine of its own (port, database, folder): killing it does not disturb the run's test engine. */
const profile = scratchEngineProfile('restart_test', 2, fs.mkdtempSync(path.join(os.tmpdir(), 'engine-restart-')));
const sideEffectDatabase = profile.database.replace(/^operaton_/, 'credit_');
const letterLockMs = 10 * 60_000;

/** What the workers did, by business key: every attempt, and each side effect once (unique key + upsert). */
class SideEffects {
  constructor(readonly db: Pool) {}
  async migrate() {
    await this.db.query('CREATE TABLE restart_attempt (id serial PRIMARY KEY, topic text NOT NULL, business_key text NOT NULL)');
    await this.db.query('CREATE TABLE restart_side_effect (topic text NOT NULL, business_key text NOT NULL, PRIMARY KEY (topic, business_key))');
  }
  attempt = (topic: string, businessKey: string) => this.db.query('INSERT INTO restart_attempt (topic, business_key) VALUES ($1, $2)', [topic, businessKey]);
  effect = (topic: string, businessKey: string) => this.db.query('INSERT INTO restart_side_effect (topic, business_key) VALUES ($1, $2) ON CONFLICT DO NOTHING', [topic, businessKey]);
  async count(table: 'restart_attempt' | 'restart_side_effect', topic: string, businessKey: string): Promise<number> {
    return Number((await this.db.query(`SELECT count(*) AS n FROM ${table} WHERE topic = $1 AND business_key = $2`, [topic, businessKey])).rows[0].n);
  }
}

describe('when the engine is killed (kill -9) while cases wait, then after a restart every case goes on from where it was', () => {
  let engine: EngineClient;
  let history: EngineHistoryReader;
  let poller: ExternalTaskPoller;
  let db: Pool;
  let effects: SideEffects;
  let releaseHeldLetter: () => void = () => undefined;
  let heldLetterStarted: () => void = () => undefined;
  const heldLetter = { started: new Promise<void>((resolve) => { heldLetterStarted = resolve; }), release: new Promise<void>((resolve) => { releaseHeldLetter = resolve; }) };
  const run = randomUUID().slice(0, 8);
  const cases = { userTask: `restart-user-${run}`, timer: `restart-timer-${run}`, externalTask: `restart-worker-${run}` };

  beforeAll(async () => {
    await dropDatabase(postgres, profile.database);
    await dropDatabase(postgres, sideEffectDatabase);
    await ensureDatabase(postgres, sideEffectDatabase);
    // a pool: the workers write concurrently
    db = new Pool({ ...postgres, database: sideEffectDatabase, max: 4 });
    effects = new SideEffects(db);
    await effects.migrate();
    await startEngine(profile, { postgres, log: () => undefined });
    engine = new EngineClient({ restAddress: endpoints(profile).restAddress, credentials: () => serviceCredentials(profile) as { user: string; password: string } });
    history = new EngineHistoryReader(engine);
    await deployResources(engine, [{ name: 'engine-restart.bpmn', content: fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'durability', 'engine-restart.bpmn')) }], { name: 'engine-restart-fixture', source: 'engine-restart test' });

    const logger = createLogger('silent');
    poller = new ExternalTaskPoller(engine, { logger, longPollMs: 2_000 });
    const runtime = { engine, poller, outputs: new MappedOutputs(engine) };
    const noInput = z.object({}).passthrough();
    createZodJobWorker(runtime, {
      taskType: 'restart-record-receipt', inputSchema: noInput, outputSchema: z.object({ receiptRecorded: z.literal(true) }), logger,
      handler: async (_input, job) => {
        await effects.attempt('record-receipt', job.businessKey as string);
        await effects.effect('record-receipt', job.businessKey as string);
        return { receiptRecorded: true as const };
      },
    });
    createZodJobWorker(runtime, {
      taskType: 'restart-send-letter', inputSchema: noInput, outputSchema: z.object({ letterSent: z.literal(true) }), logger, lockDurationMs: letterLockMs,
      handler: async (_input, job) => {
        const businessKey = job.businessKey as string;
        await effects.attempt('send-letter', businessKey);
        if (businessKey === cases.externalTask && (await effects.count('restart_attempt', 'send-letter', businessKey)) === 1) {
          // mid-work when the engine dies: the letter goes out only after the crash, the completion then fails
          heldLetterStarted();
          await heldLetter.release;
        }
        await effects.effect('send-letter', businessKey);
        return { letterSent: true as const };
      },
    });
  }, 300_000);

  afterAll(async () => {
    releaseHeldLetter();
    await poller?.close();
    await db?.end();
    await stopEngine(profile, { kill: true });
    fs.rmSync(profile.runDir, { recursive: true, force: true });
    await dropDatabase(postgres, profile.database);
    await dropDatabase(postgres, sideEffectDatabase);
  });

  const instanceOf = async (businessKey: string) => (await engine.get<Array<{ id: string }>>('/process-instance', { businessKey }))[0]?.id;
  const lockedLetter = async () => (await engine.get<Array<{ id: string; workerId: string | null; lockExpirationTime: string | null }>>('/external-task', { topicName: 'restart-send-letter', locked: true }))[0];

  it('at a user task, a locked external task and a timer; no side effect is repeated', async () => {
    // given three cases, each past its recorded receipt and waiting: at a person, at a worker holding the letter mid-work, at a timer
    for (const [waitAt, businessKey] of Object.entries(cases)) {
      await engine.startProcess({ key: 'engine-restart' }, { businessKey, variables: { waitAt } });
    }
    const ids = Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([waitAt, key]) => [waitAt, await waitFor(`instance ${key}`, () => instanceOf(key))]))) as Record<keyof typeof cases, string>;
    const [userTask] = await waitFor('the confirmation task', async () => {
      const tasks: TaskDto[] = await engine.tasks({ processInstanceId: ids.userTask });
      return tasks.length > 0 ? tasks : undefined;
    });
    await heldLetter.started;
    const held = await waitFor('the letter locked by the worker', lockedLetter);
    expect(held.workerId).toBe(poller.workerId);
    const [timerJob] = await waitFor('the timer job', async () => {
      const jobs = await engine.jobs({ processInstanceId: ids.timer, timers: true });
      return jobs.length > 0 ? jobs : undefined;
    });
    for (const key of Object.values(cases)) expect(await effects.count('restart_side_effect', 'record-receipt', key)).toBe(1);

    // when the engine is killed without a chance to shut down, the worker finishes its letter (its completion fails), and the engine starts again
    expect(await stopEngine(profile, { kill: true })).toBe(true);
    releaseHeldLetter();
    await waitFor('the held letter written', async () => (await effects.count('restart_side_effect', 'send-letter', cases.externalTask)) === 1);
    await startEngine(profile, { postgres, log: () => undefined });

    // then each case is where it was: the same user task, the same timer job with its due date, the letter still locked by that worker
    expect((await engine.tasks({ processInstanceId: ids.userTask })).map((task) => task.id)).toEqual([userTask?.id]);
    expect((await engine.jobs({ processInstanceId: ids.timer, timers: true })).map((job) => [job.id, job.dueDate])).toEqual([[timerJob?.id, timerJob?.dueDate]]);
    expect(await lockedLetter()).toMatchObject({ id: held.id, workerId: poller.workerId });

    // when the person confirms, the timer falls due and the letter's lock expires (the engine's clock moved past both)
    await engine.completeTask(userTask?.id as string, {});
    // (the confirmed case's own letter is sent first: moving the clock while its worker held it would expire that lock too)
    await waitFor('the confirmed case to end', async () => (await history.instance(ids.userTask))?.state === 'COMPLETED', 120_000);
    await fetch(`${endpoints(profile).clock}/add`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ offsetMilli: letterLockMs + 60 * 60_000 }) });

    // then every case ends, each receipt recorded once and each letter sent once; only the held letter was tried twice
    for (const [waitAt, id] of Object.entries(ids)) {
      await waitFor(`the ${waitAt} case to end`, async () => (await history.instance(id))?.state === 'COMPLETED', 120_000);
      expect(await history.completedElementIds(id)).toEqual(expect.arrayContaining(['Task_RecordReceipt', 'Task_SendLetter', 'EndEvent_Done']));
    }
    for (const key of Object.values(cases)) {
      expect({ key, receipts: await effects.count('restart_side_effect', 'record-receipt', key), receiptAttempts: await effects.count('restart_attempt', 'record-receipt', key) }).toEqual({ key, receipts: 1, receiptAttempts: 1 });
      expect({ key, letters: await effects.count('restart_side_effect', 'send-letter', key) }).toEqual({ key, letters: 1 });
    }
    expect(await effects.count('restart_attempt', 'send-letter', cases.userTask)).toBe(1);
    expect(await effects.count('restart_attempt', 'send-letter', cases.timer)).toBe(1);
    expect(await effects.count('restart_attempt', 'send-letter', cases.externalTask)).toBe(2);
    expect(await history.completedElementIds(ids.userTask)).toContain('Task_ConfirmReceipt');
    expect(await history.completedElementIds(ids.timer)).toContain('Event_OneHourLater');
  }, 480_000);
});
