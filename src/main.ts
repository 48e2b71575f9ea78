import type { Server } from 'node:http';
import type { Camunda8 } from '@camunda8/sdk';
import type { Knex } from 'knex';
import { startWorkers, type RunningWorkers } from '../workers';
import { createApp } from './api/app';
import { basicAuthenticator } from './api/auth/basic-auth';
import { localUsers, passwordVariable } from './api/auth/roles';
import { AuditEventRepository } from './db/audit-event.repository';
import { CustomerRepository } from './db/customer.repository';
import { IdempotentRequestRepository } from './db/idempotent-request.repository';
import { CustomerService } from './api/customer.service';
import { CustomerPositionService } from './api/customer-position.service';
import { ReceivableLedgerRepository } from './db/receivable-ledger.repository';
import { DunningNoticeRepository } from './db/dunning-notice.repository';
import { LegalCaseRepository } from './db/legal-case.repository';
import { sourcesFromEnvironment } from './investigation/sources-from-environment';
import { DocumentService } from './api/document.service';
import { BusinessEventService } from './api/business-event.service';
import { CreditApplicationRepository } from './db/credit-application.repository';
import { DocumentRepository } from './db/document.repository';
import { CreditApplicationService } from './api/credit-application.service';
import { createCamunda } from './camunda/camunda-client';
import { deployModels, projectModelFiles, type DeployedResource } from './camunda/deployment';
import { endpoints, projectRoot } from './camunda/engine/engine-profile';
import { startEngine } from './camunda/engine/engine-process';
import { parsePostgresUrl } from './camunda/engine/postgres-database';
import { EngineHistoryRepository } from './camunda/history/engine-history.repository';
import { CreditFileRepository } from './camunda/history/credit-file.repository';
import { InstanceHistoryRepository } from './camunda/history/instance-history.repository';
import { DeployedResourceRepository } from './camunda/history/deployed-resource.repository';
import { ReplayService } from './api/replay.service';
import { ModelService } from './api/model.service';
import { ModelDraftRepository } from './db/model-draft.repository';
import { DashboardService } from './api/dashboard.service';
import { DashboardRepository } from './db/dashboard.repository';
import { buildWebPages } from './web/web-bundle';
import { loadConfig, type AppConfig } from './config';
import { createKnex } from './db/knex';
import { migrateToLatest } from './db/migrate';
import { createLogger, type Logger } from './logger';

export interface System {
  app: ReturnType<typeof createApp>;
  camunda: Camunda8;
  db: Knex;
  historyDb: Knex;
  workers: RunningWorkers;
  deployed: DeployedResource[];
  close(): Promise<void>;
}

/** Wires everything once: one knex per database, one Camunda client, one logger. */
export async function composeSystem(config: AppConfig, logger: Logger): Promise<System> {
  await migrateToLatest(config.databaseUrl);
  const camunda = createCamunda(config.camunda);
  const zeebe = camunda.getZeebeGrpcApiClient();
  const deployed = await deployModels(zeebe, projectModelFiles(projectRoot), projectRoot);
  const db = createKnex(config.databaseUrl);
  const historyDb = createKnex(config.historyDatabaseUrl);
  const history = new EngineHistoryRepository(historyDb);
  const workers = startWorkers({ zeebe, db, historyDb, logger, mail: config.mail });
  const audit = new AuditEventRepository(db);
  const instanceHistory = new InstanceHistoryRepository(historyDb);
  const deployedResources = new DeployedResourceRepository(historyDb);
  const app = createApp({
    applications: new CreditApplicationService({ db, zeebe, history }),
    customers: new CustomerService(new CustomerRepository(db)),
    positions: new CustomerPositionService({
      customers: new CustomerRepository(db),
      sources: sourcesFromEnvironment(),
      ledger: new ReceivableLedgerRepository(db),
      notices: new DunningNoticeRepository(db),
      creditFile: new CreditFileRepository(historyDb),
    }),
    legalCases: new LegalCaseRepository(db),
    documents: new DocumentService(new DocumentRepository(db), new CreditApplicationRepository(db)),
    businessEvents: new BusinessEventService(zeebe),
    idempotentRequests: new IdempotentRequestRepository(db),
    audit,
    replay: new ReplayService({ history: instanceHistory, deployed: deployedResources, audit, zeebe }),
    models: new ModelService({ history: deployedResources, drafts: new ModelDraftRepository(db), zeebe }),
    dashboard: new DashboardService({ dashboard: new DashboardRepository(db), history: instanceHistory, zeebe }),
    authenticator: basicAuthenticator(),
    logger,
  });
  return {
    app,
    camunda,
    db,
    historyDb,
    workers,
    deployed,
    close: async () => {
      await workers.close();
      await zeebe.close();
      await Promise.all([db.destroy(), historyDb.destroy()]);
    },
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.camunda.external) {
    console.log(`Using the cluster the SDK's environment points at; no local engine is started.`);
  } else {
    const started = await startEngine(config.camunda.profile, { postgres: parsePostgresUrl(config.databaseUrl).server });
    console.log(started.reused ? 'Camunda engine already running; reusing it.' : `Camunda engine ready in ${(started.startMs / 1000).toFixed(1)} s.`);
  }
  const system = await composeSystem(config, logger);
  const web = await buildWebPages();
  console.log(`web pages built in ${(web.ms / 1000).toFixed(1)} s`);
  for (const resource of system.deployed) console.log(`deployed ${resource.kind} ${resource.id} v${resource.version}`);
  const server: Server = system.app.listen(config.port, () => {
    const engine = endpoints(config.camunda.profile);
    console.log(`
Credit lifecycle is up.
  API             http://localhost:${config.port}/api   (health: /healthz)
  Pages           http://localhost:${config.port}/replay  /modeler  /dashboard  /portal  (same logins)
  Camunda REST    ${config.camunda.restAddress ?? engine.restAddress}/v2
  Camunda gRPC    ${config.camunda.grpcAddress ?? engine.grpcAddress}
  Tasklist/Operate: not part of the Camunda ${'8.6.0'} distribution served on Maven Central without Elasticsearch (see README).
Local users (HTTP basic auth; password from the variable, else "<username>-local"):
${localUsers.map((user) => `  ${user.username.padEnd(16)} ${user.role.padEnd(15)} ${passwordVariable(user.username)}`).join('\n')}
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
