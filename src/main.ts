import type { Server } from 'node:http';
import type { Knex } from 'knex';
import { startWorkers, type RunningWorkers } from '../workers';
import { createApp } from './api/app';
import { engineDirectoryAuthenticator } from './api/auth/basic-auth';
import { engineIdentityDirectory } from './engine/identity/engine-identity-directory';
import { localUsers } from './api/auth/roles';
import { localUsersNotice } from './engine/identity/local-users.notice';
import { AuditEventRepository } from './db/audit-event.repository';
import { CustomerRepository } from './db/customer.repository';
import { IdempotentRequestRepository } from './db/idempotent-request.repository';
import { CustomerService } from './api/customer.service';
import { CustomerPositionService } from './api/customer-position.service';
import { ReceivableLedgerRepository } from './db/receivable-ledger.repository';
import { DunningNoticeRepository } from './db/dunning-notice.repository';
import { InDoubtMailRepository } from './db/in-doubt-mail.repository';
import { InDoubtMailService } from './dunning/in-doubt-mail.service';
import { LegalCaseRepository } from './db/legal-case.repository';
import { EngineMessageRepository } from './db/engine-message.repository';
import { sourcesFromEnvironment } from './investigation/sources-from-environment';
import { DocumentService } from './api/document.service';
import { BusinessEventService } from './api/business-event.service';
import { CreditApplicationRepository } from './db/credit-application.repository';
import { DocumentRepository } from './db/document.repository';
import { CreditApplicationService } from './api/credit-application.service';
import { ApplicationStatusReconciler } from './api/application-status.reconciler';
import type { EngineClient } from './engine/engine-client';
import { createEngineClient } from './engine/engine-connection';
import { deployModels, projectModelFiles, type DeployedResource } from './engine/deployment';
import { endpoints, projectRoot } from './engine/local/engine-profile';
import { startEngine } from './engine/local/engine-process';
import { parsePostgresUrl } from './engine/local/postgres-database';
import { EngineHistoryReader } from './engine/history/engine-history.reader';
import { CreditFileReader } from './engine/history/credit-file.reader';
import { DeployedModelsReader } from './engine/history/deployed-models.reader';
import { MessageDeliveryService } from './engine/messages/message-delivery.service';
import { seedLocalIdentity } from './engine/identity/local-identity';
import { ReplayService } from './api/replay.service';
import { ModelService } from './api/model.service';
import { ModelDraftRepository } from './db/model-draft.repository';
import { DashboardService } from './api/dashboard.service';
import { DashboardRepository } from './db/dashboard.repository';
import { DashboardTrendRepository } from './db/dashboard-trend.repository';
import { DashboardReceivablesService } from './api/dashboard-receivables.service';
import { ReceivableRepository } from './db/receivable.repository';
import { buildWebPages } from './web/web-bundle';
import { loadConfig, type AppConfig } from './config';
import { loadCreditCommittee } from './policy/credit-committee.policy';
import { createKnex } from './db/knex';
import { migrateToLatest } from './db/migrate';
import { createLogger, type Logger } from './logger';

export interface System {
  app: ReturnType<typeof createApp>;
  engine: EngineClient;
  history: EngineHistoryReader;
  messages: MessageDeliveryService;
  db: Knex;
  workers: RunningWorkers;
  deployed: DeployedResource[];
  /** Passwords generated at this start for users the engine did not know: shown once by the caller, kept nowhere. */
  generatedPasswords: Array<{ username: string; password: string }>;
  close(): Promise<void>;
}

export interface ComposeOptions {
  /** How often pending business messages are offered to the engine again. */
  messageRetryMs?: number;
  /** Topics to start workers for; all by default. */
  workerTopics?: readonly string[];
  /** Model files to deploy (one deployment); every project model by default. */
  modelFiles?: string[];
  /** How often applications whose case ended take the case's end as their status. */
  applicationStatusSyncMs?: number;
}

/** Wires everything once: one knex, one engine client, one logger. */
export async function composeSystem(config: AppConfig, logger: Logger, options: ComposeOptions = {}): Promise<System> {
  await migrateToLatest(config.databaseUrl);
  const engine = createEngineClient(config.engine);
  const deployed = await deployModels(engine, options.modelFiles ?? projectModelFiles(projectRoot), projectRoot);
  const identity = config.engine.seedIdentity
    ? await seedLocalIdentity(engine, { users: localUsers, configuredPassword: (username) => config.localPasswords.get(username), serviceUser: config.engine.credentials(), logger })
    : undefined;
  const db = createKnex(config.databaseUrl);
  const history = new EngineHistoryReader(engine);
  const creditFile = new CreditFileReader(engine);
  const messageRecords = new EngineMessageRepository(db);
  const messages = new MessageDeliveryService({ engine, messages: messageRecords, logger: logger.child({ component: 'messages' }) });
  messages.start(options.messageRetryMs ?? 5_000);
  const workers = startWorkers({ engine, db, messages, creditFile, logger, mail: config.mail, invoiceVerification: config.invoiceVerification }, options.workerTopics);
  const audit = new AuditEventRepository(db);
  const deployedModels = new DeployedModelsReader(engine);
  const statuses = new ApplicationStatusReconciler({ applications: new CreditApplicationRepository(db), history, logger: logger.child({ component: 'application-status' }) });
  statuses.start(options.applicationStatusSyncMs ?? 10_000);
  const app = createApp({
    applications: new CreditApplicationService({ db, engine, history, committee: loadCreditCommittee(), statuses }),
    customers: new CustomerService(new CustomerRepository(db)),
    positions: new CustomerPositionService({
      customers: new CustomerRepository(db),
      sources: sourcesFromEnvironment(),
      ledger: new ReceivableLedgerRepository(db),
      notices: new DunningNoticeRepository(db),
      creditFile,
    }),
    legalCases: new LegalCaseRepository(db),
    inDoubtMail: new InDoubtMailService({ mails: new InDoubtMailRepository(db), engine, inDoubtAfterSeconds: config.inDoubtMailAfterSeconds }),
    documents: new DocumentService(new DocumentRepository(db), new CreditApplicationRepository(db)),
    businessEvents: new BusinessEventService(messages),
    idempotentRequests: new IdempotentRequestRepository(db),
    audit,
    replay: new ReplayService({ history, deployed: deployedModels, audit, messages: messageRecords, engine }),
    models: new ModelService({ deployed: deployedModels, drafts: new ModelDraftRepository(db), engine }),
    dashboard: new DashboardService({
      dashboard: new DashboardRepository(db), trend: new DashboardTrendRepository(db), history, engine,
      receivables: new DashboardReceivablesService({ dashboard: new DashboardRepository(db), receivables: new ReceivableRepository(db), creditFile }),
    }),
    authenticator: engineDirectoryAuthenticator(engineIdentityDirectory(engine)),
    logger,
  });
  return {
    app,
    engine,
    history,
    messages,
    db,
    workers,
    deployed,
    generatedPasswords: identity?.generatedPasswords ?? [],
    close: async () => {
      await workers.close();
      await messages.stop();
      await statuses.stop();
      await db.destroy();
    },
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.engine.external) {
    console.log(`Using the engine at ${config.engine.restAddress}; no local engine is started.`);
  } else {
    const started = await startEngine(config.engine.profile, { postgres: parsePostgresUrl(config.databaseUrl).server });
    console.log(started.reused ? 'Operaton engine already running; reusing it.' : `Operaton engine ready in ${(started.startMs / 1000).toFixed(1)} s.`);
  }
  const system = await composeSystem(config, logger);
  const web = await buildWebPages();
  console.log(`web pages built in ${(web.ms / 1000).toFixed(1)} s`);
  for (const resource of system.deployed) console.log(`deployed ${resource.kind} ${resource.id} v${resource.version}`);
  const server: Server = system.app.listen(config.port, () => {
    const engine = endpoints(config.engine.profile);
    const engineBase = config.engine.external ? config.engine.restAddress.replace(/\/engine-rest$/, '') : engine.base;
    console.log(`
Credit lifecycle is up.
  API             http://localhost:${config.port}/api   (health: /healthz)
  Pages           http://localhost:${config.port}/replay  /modeler  /dashboard  /portal  (same logins)
  Tasklist        ${engineBase}/operaton/app/tasklist/
  Cockpit         ${engineBase}/operaton/app/cockpit/
  Admin           ${engineBase}/operaton/app/admin/
  Engine REST     ${config.engine.restAddress}   (service user ${config.engine.credentials().user})
${localUsersNotice(system.generatedPasswords)}
Press Ctrl-C to stop the workers and the API (the engine keeps running: npm run engine -- stop).`);
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing jobs in hand and stopping…`);
    server.close();
    await system.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`Start-up failed: ${error.message}`);
    process.exit(1);
  });
}
