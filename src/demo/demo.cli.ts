/**
 * npm run demo [-- --remove]: loads the labelled demo customers and cases into a running system (npm start)
 * through its API and the engine's tasks, or removes exactly them again. Target: CREDIT_API_URL (else this
 * machine's PORT) and the engine of the configuration (CREDIT_ENGINE_PROFILE / ENGINE_REST_URL).
 */
import { loadConfig } from '../config';
import { CustomerRepository } from '../db/customer.repository';
import { DemoDataRepository } from '../db/demo-data.repository';
import { createKnex } from '../db/knex';
import { createEngineClient } from '../engine/engine-connection';
import { endpoints } from '../engine/local/engine-profile';
import { demoLabel } from './demo-cases';
import { DemoLoader, type DemoCaseResult } from './demo-loader';
import { removeDemo } from './demo-removal';

const stateNames = {
  'green-channel-approved': '绿色通道已批准 Green channel approved (sales sign the contract)',
  'analyst-review': '待分析师审核 Waiting for analyst review',
  'committee-vote': '委员会表决 Committee vote',
  dunning: '催收中 Receivable in dunning',
  legal: '法律程序 Legal case',
} as const;

export function demoSummary(results: DemoCaseResult[], urls: { api: string; engineBase: string }): string {
  const lines = results.map((result) => `  ${stateNames[result.state].padEnd(44)} ${result.created ? 'created' : result.atState ? 'already there' : 'moved on since'}  application ${result.applicationId}  step ${result.currentStep}${result.receivableId ? `  invoice ${result.receivableId}` : ''}\n      Cockpit: ${urls.engineBase}/operaton/app/cockpit/default/#/process-instance/${result.processInstanceId}`);
  return [
    `${demoLabel} demo data (every name starts with ${demoLabel}; remove with: npm run demo -- --remove):`,
    ...lines,
    `  Tasklist   ${urls.engineBase}/operaton/app/tasklist/   (analyst.wang: the analyst review; head.* and general.manager: the committee's ballots; legal.zhao: the legal route)`,
    `  Cockpit    ${urls.engineBase}/operaton/app/cockpit/`,
    `  Dashboard  ${urls.api}/dashboard   Replay ${urls.api}/replay   Legal cases ${urls.api}/api/legal-cases`,
  ].join('\n');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const engine = createEngineClient(config.engine);
  const engineBase = config.engine.external ? config.engine.restAddress.replace(/\/engine-rest$/, '') : endpoints(config.engine.profile).base;
  if (process.argv.includes('--remove')) {
    const db = createKnex(config.databaseUrl);
    try {
      const customers = new CustomerRepository(db);
      const removed = await removeDemo({
        engine, data: new DemoDataRepository(db),
        customersByTaxId: async (taxIds) => (await Promise.all(taxIds.map((taxId) => customers.findByTaxId(taxId)))).filter((customer) => customer !== undefined),
      });
      console.log(`${demoLabel} removed: ${removed.customers} customers, ${removed.engineInstances} engine process instances (runtime and history), rows ${JSON.stringify(removed.rows)}; the audit log keeps its rows (hash chain).`);
    } finally {
      await db.destroy();
    }
    return;
  }
  const clock = config.engine.profile.clockControlled && !config.engine.external ? endpoints(config.engine.profile).clock : undefined;
  const loader = new DemoLoader({
    apiBase: config.apiUrl, engine, serviceUser: config.engine.credentials(), log: (line) => console.log(line),
    engineNow: async () => (clock ? new Date(((await (await fetch(clock)).json()) as { epochMilli: number }).epochMilli) : new Date()),
  });
  const health = await fetch(`${config.apiUrl}/healthz`).catch(() => undefined);
  if (!health?.ok) throw new Error(`No running system at ${config.apiUrl}: start it with npm start (or set CREDIT_API_URL).`);
  console.log(demoSummary(await loader.load(), { api: config.apiUrl, engineBase }));
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`demo failed: ${error.message}`);
    process.exit(1);
  });
}
