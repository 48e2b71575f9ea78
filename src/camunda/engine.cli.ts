import { spawn } from 'node:child_process';
import { loadConfig } from '../config';
import { EngineSetupError } from './engine/engine-setup-error';
import { endpoints, parseProfileName, engineProfile, profileFiles } from './engine/engine-profile';
import { engineStatus, lastLogLines, startEngine, stopEngine } from './engine/engine-process';
import { parsePostgresUrl } from './engine/postgres-database';

const usage = 'Usage: npm run engine -- start|stop|status|logs [--profile dev|test] [--follow]';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const profileFlag = rest.indexOf('--profile');
  const profile = engineProfile(parseProfileName(profileFlag >= 0 ? rest[profileFlag + 1] : process.env.CREDIT_ENGINE_PROFILE));
  const config = loadConfig({ ...process.env, CREDIT_ENGINE_PROFILE: profile.name });

  switch (command) {
    case 'start': {
      if (config.camunda.external) {
        console.log(`The SDK's environment points at an existing cluster (${config.camunda.grpcAddress ?? config.camunda.restAddress ?? 'SaaS'}); no local engine is started.`);
        return 0;
      }
      const result = await startEngine(profile, { postgres: parsePostgresUrl(config.databaseUrl).server });
      const urls = endpoints(profile);
      console.log(result.reused ? `The ${profile.name} engine is already running; reusing it.` : `Engine ready in ${(result.startMs / 1000).toFixed(1)} s; history in ${result.historyStore}.`);
      console.log(`  gRPC ${urls.grpcAddress}   REST ${urls.restAddress}/v2   management ${urls.managementAddress}`);
      return 0;
    }
    case 'stop':
      console.log((await stopEngine(profile)) ? `Stopped the ${profile.name} engine.` : `No ${profile.name} engine was running.`);
      return 0;
    case 'status': {
      const status = await engineStatus(profile);
      if (!status.running) {
        console.log(`The ${profile.name} engine is not running.`);
        return 3;
      }
      console.log(
        `The ${profile.name} engine is ${status.ready ? 'ready' : 'starting'}: version ${status.version ?? 'unknown'}, ` +
          `pid ${status.pid ?? '?'}, up ${status.uptimeSeconds ?? '?'} s, resident memory ${status.residentMemoryMb ?? '?'} MB.`,
      );
      return 0;
    }
    case 'logs':
      if (rest.includes('--follow')) {
        const tail = spawn('tail', ['-n', '50', '-f', profileFiles(profile).logFile], { stdio: 'inherit' });
        await new Promise((resolve) => tail.on('exit', resolve));
        return 0;
      }
      console.log(lastLogLines(profile, 100));
      return 0;
    default:
      console.error(usage);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EngineSetupError || error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
