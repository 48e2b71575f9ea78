import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { projectModelFiles } from '../../../src/engine/deployment';
import { ExternalTaskPoller, type LockedExternalTask } from '../../../src/engine/external-task-poller';
import { projectRoot } from '../../../src/engine/local/engine-profile';
import { createLogger } from '../../../src/logger';
import { composeSystem } from '../../../src/main';

/**
 * The workers and the API as one process of their own, so a fault test can kill it with SIGKILL: the
 * composition root of `npm start` against the engine named by ENGINE_REST_URL. Without the daily
 * portfolio monitoring (a run over every customer at each clock move would only slow the test down;
 * it has suites of its own). FAULTS_TASKS_TWICE=1 hands every external task to its worker twice,
 * the second time after the first finished, as a redelivery after a lost completion would.
 */
if (process.env.FAULTS_TASKS_TWICE === '1') {
  const subscribe = ExternalTaskPoller.prototype.subscribe;
  ExternalTaskPoller.prototype.subscribe = function (subscription) {
    const handler = async (task: LockedExternalTask) => {
      await subscription.handler(task);
      await subscription.handler(task);
    };
    return subscribe.call(this, { ...subscription, handler });
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const modelFiles = projectModelFiles(projectRoot).filter((file) => path.basename(file) !== 'portfolio-monitoring.bpmn');
  const system = await composeSystem(config, logger, { modelFiles, messageRetryMs: 500, applicationStatusSyncMs: 5_000 });
  const server = system.app.listen(config.port, '127.0.0.1', () => process.stdout.write(`READY ${process.pid}\n`));
  process.on('SIGTERM', () => {
    server.close();
    void system.close().then(() => process.exit(0));
  });
}

main().catch((error: Error) => {
  process.stderr.write(`fault-test system failed to start: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
