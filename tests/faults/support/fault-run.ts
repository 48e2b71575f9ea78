import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { createKnex } from '../../../src/db/knex';
import { seeded } from '../../../src/documents/evaluation/generated-truth';
import { EngineMessageRepository } from '../../../src/db/engine-message.repository';
import { ReceivableLedgerRepository } from '../../../src/db/receivable-ledger.repository';
import { ReceivableService } from '../../../src/dunning/receivable.service';
import { MessageDeliveryService } from '../../../src/engine/messages/message-delivery.service';
import { dropDatabase, type PostgresServer } from '../../../src/engine/local/postgres-database';
import { createLogger } from '../../../src/logger';
import { useInvestigationProvider, type InvestigationProvider } from '../../support/investigation-provider';
import { startSmtpListener, type SmtpListener } from '../../support/smtp-listener';
import { ApiCaller } from './api-caller';
import { EngineNodes, keepFaultDatabases } from './engine-nodes';
import { checkInvariants, type FaultFindings } from './fault-checks';
import { clockStages, legalStage } from './fault-case';
import { topUpProvisions } from './fault-provisions';
import { LifecycleDriver, type DriverOptions } from './lifecycle-driver';
import { SystemProcess } from './system-process';

export const sharedPostgres: PostgresServer = { host: '127.0.0.1', port: 5432, user: 'postgres' };
export const slot = Number(process.env.CREDIT_TEST_ENGINE_SLOT || 0);

/** How many lifecycles a scenario drives: FAULTS_CASES, else the scenario's full run (500 unless it says). */
export const caseCount = (fullRun = 500) => Number(process.env.FAULTS_CASES || fullRun);

/** Everything one scenario runs on: engine nodes, a workers + API process per node, our database, the mail server, the investigation's outside systems. */
export interface FaultWorld {
  nodes: EngineNodes;
  systems: SystemProcess[];
  db: Knex;
  /** Our database's name (the engine's: nodes.database). */
  creditDatabase: string;
  smtp: SmtpListener;
  provider: InvestigationProvider;
  random: () => number;
  log: (line: string) => void;
}

export interface ScenarioOptions {
  name: string;
  engineNodes?: number;
  postgres?: PostgresServer;
  /** Every external task handed to its worker twice, every event published twice. */
  twice?: boolean;
  /** Which workers + API process the driver calls (the one on a node that stays up). */
  driverSystem?: number;
  /** One fault, struck at a seeded random moment; answers what it did. */
  fault?: (world: FaultWorld) => Promise<string>;
  /** Seconds between faults (uniform between the two). */
  faultEverySeconds?: [number, number];
  /** Lifecycles to drive: caseCount() unless given. */
  cases?: number;
  endingOf?: DriverOptions['endingOf'];
  /**
   * Where the run takes place: databases operaton_<purpose> and credit_<purpose> (+ _<slot>), engine
   * ports at `engineOffset` of the slot's band, API ports from `apiPort`; the fault suite's unless given,
   * so a benchmark can run beside the suite.
   */
  place?: { purpose: string; engineOffset: number; apiPort: number };
  /**
   * Awaited at each step, before anything is torn down (a benchmark's clock and measurements):
   * 'system up', 'applications started', each clock stage's name as the clock moves to it, 'every case ended', 'checked'.
   */
  onPhase?: (phase: string, world: FaultWorld) => Promise<void>;
}

export interface ScenarioReport extends FaultFindings {
  scenario: string;
  seed: number;
  faults: string[];
  seconds: number;
  startSeconds: number;
  clockNudges: number;
  apiRetries: number;
  /** E-mails a killed worker left in doubt, resolved by finance from the mail log as the incident asks. */
  mailsResolved: string[];
}

/**
 * Finance's round, as the incident "interrupted while sending; check the mail log" asks: each e-mail in
 * doubt whose task stopped on it is looked up by its Message-ID in the mail server's log, and what the
 * log shows is recorded through the API (which retries the task).
 */
async function resolveMailsInDoubt(api: ApiCaller, smtp: SmtpListener, resolved: string[]): Promise<number> {
  const { mails } = await api.get<{ mails: Array<{ kind: string; id: string; messageId: string; failedTask: unknown }> }>('/api/in-doubt-mail', 'finance.chen');
  let acted = 0;
  for (const mail of mails.filter((candidate) => candidate.failedTask)) {
    const left = smtp.received.some((received) => received.raw.includes(`Message-ID: ${mail.messageId}`));
    const outcome = left ? 'SENT' : 'NOT_SENT';
    await api.post(`/api/in-doubt-mail/${mail.kind}/${mail.id}/resolution`, 'finance.chen', `in-doubt-${mail.id}`, {
      outcome, note: left ? 'the mail log holds its Message-ID' : 'no trace of its Message-ID in the mail log',
    }, 30_000);
    resolved.push(`${mail.kind} ${mail.id} ${outcome}`);
    acted += 1;
  }
  return acted;
}

/** Runs N lifecycles to their end while the scenario's fault strikes, then measures the invariants. */
export async function runScenario(options: ScenarioOptions): Promise<ScenarioReport> {
  const started = Date.now();
  const place = options.place ?? { purpose: 'faults', engineOffset: 4, apiPort: 18_600 };
  const cases = options.cases ?? caseCount();
  const seed = Number(process.env.FAULTS_SEED || Math.floor(Math.random() * 2 ** 31));
  const log = (line: string) => process.stdout.write(`[${place.purpose} ${options.name} ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}\n`);
  log(`seed ${seed} (FAULTS_SEED=${seed} repeats the fault moments), ${cases} lifecycles`);
  const postgres = options.postgres ?? sharedPostgres;
  const database = `credit_${place.purpose}${slot ? `_${slot}` : ''}`;
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), `${place.purpose}-${options.name}-`));
  const nodes = new EngineNodes(postgres, options.engineNodes ?? 1, place.purpose, place.engineOffset);
  const smtp = await startSmtpListener();
  const provider = await useInvestigationProvider([]);
  await dropDatabase(postgres, database);
  const databaseUrl = `postgres://${postgres.user}@${postgres.host}:${postgres.port}/${database}`;
  const systems = nodes.profiles.map((profile, index) => new SystemProcess(`workers+API ${index + 1}`, {
    ...process.env, ...provider.urls, PORT: String(place.apiPort + slot * 10 + index), DATABASE_URL: databaseUrl, SMTP_URL: smtp.url, LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'warn',
    CREDIT_ENGINE_PROFILE: 'test', ENGINE_REST_URL: `http://127.0.0.1:${profile.port}/engine-rest`, CREDIT_ENGINE_SERVICE_USER: 'creditservice', CREDIT_ENGINE_SERVICE_PASSWORD: nodes.servicePassword,
    FAULTS_TASKS_TWICE: options.twice ? '1' : '0',
    // a send to the local mail server lasts milliseconds: a claim 20 s old is in doubt
    IN_DOUBT_MAIL_AFTER_SECONDS: '20',
  }, path.join(runDir, `system-${index + 1}.log`)));
  let db: Knex | undefined;
  try {
    await nodes.startAll();
    for (const system of systems) await system.start();
    const startSeconds = (Date.now() - started) / 1000;
    log(`${nodes.profiles.length} engine node(s) and ${systems.length} workers + API process(es) up in ${startSeconds.toFixed(0)} s; logs in ${runDir}`);
    db = createKnex(databaseUrl);
    const world: FaultWorld = { nodes, systems, db, creditDatabase: database, smtp, provider, random: seeded(seed), log };
    const driverIndex = options.driverSystem ?? 0;
    const api = new ApiCaller(() => `http://127.0.0.1:${systems[driverIndex]!.port}`);
    await options.onPhase?.('system up', world);
    const mailsResolved: string[] = [];
    const driver = new LifecycleDriver({
      operator: () => resolveMailsInDoubt(api, smtp, mailsResolved),
      cases, engine: () => nodes.client(driverIndex), nodes, api, provider, publishTwice: options.twice, log, endingOf: options.endingOf,
      onStage: async (stage) => {
        if (stage === legalStage) {
          const businessDay = (await nodes.now()).toISOString().slice(0, 10);
          const cents = await topUpProvisions({ db: world.db, cases: driver.cases, businessDay, log });
          log(`daily monitoring's provision top-up on ${businessDay}: ${(cents / 100).toFixed(2)} CNY`);
        }
        await options.onPhase?.(clockStages[stage]!.name, world);
      },
      messages: new MessageDeliveryService({ engine: nodes.client(driverIndex), messages: new EngineMessageRepository(db), logger: createLogger('silent') }),
      receivables: new ReceivableService(new ReceivableLedgerRepository(db)),
    });
    const faults: string[] = [];
    let running = true;
    const faultLoop = (async () => {
      if (!options.fault) return;
      const [low, high] = options.faultEverySeconds ?? [8, 30];
      for (;;) {
        const waitMs = (low + world.random() * (high - low)) * 1000;
        const until = Date.now() + waitMs;
        while (running && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 250));
        if (!running) return;
        const what = await options.fault(world);
        faults.push(what);
        log(`fault ${faults.length}: ${what}`);
      }
    })();
    try {
      await driver.startCases();
      log(`${driver.cases.length} applications started`);
      await options.onPhase?.('applications started', world);
      await driver.runToEnd();
    } finally {
      running = false;
      await faultLoop;
    }
    log(`every case ended after ${driver.rounds} rounds; checking the invariants`);
    await options.onPhase?.('every case ended', world);
    const findings = await checkInvariants({ cases: driver.cases, engine: nodes.client(driverIndex), db, smtp });
    await options.onPhase?.('checked', world);
    const report: ScenarioReport = {
      scenario: options.name, seed, faults, seconds: Math.round((Date.now() - started) / 1000), startSeconds: Math.round(startSeconds),
      clockNudges: driver.clockNudges, apiRetries: api.retried, mailsResolved, ...findings,
    };
    log(`report ${JSON.stringify({ ...report, faults: report.faults.length })}`);
    for (const resolution of mailsResolved) log(`e-mail in doubt resolved by finance: ${resolution}`);
    return report;
  } finally {
    for (const system of systems) await system.stop().catch(() => undefined);
    await db?.destroy();
    await nodes.stopAll();
    if (keepFaultDatabases()) log(`databases kept (FAULTS_KEEP_DATABASES=1): ${database} and ${nodes.database}`);
    else await dropDatabase(postgres, database).catch(() => undefined);
    await Promise.all([smtp.close(), provider.close()]);
  }
}
