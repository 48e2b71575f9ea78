import { spawn } from 'node:child_process';
import { loadConfig } from '../config';
import { EngineSetupError } from './local/engine-setup-error';
import { endpoints, parseProfileName, engineProfile, profileFiles } from './local/engine-profile';
import { engineStatus, lastLogLines, startEngine, stopEngine } from './local/engine-process';
import { parsePostgresUrl } from './local/postgres-database';

const usage = 'Usage: npm run engine -- start|stop|status|logs [--profile dev|test] [--follow]';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const profileFlag = rest.indexOf('--profile');
  const profile = engineProfile(parseProfileName(profileFlag >= 0 ? rest[profileFlag + 1] : process.env.CREDIT_ENGINE_PROFILE));
  const config = loadConfig({ ...process.env, CREDIT_ENGINE_PROFILE: profile.name });

  switch (command) {
    case 'start': {
      if (config.engine.external) {
        console.log(`ENGINE_REST_URL points at an engine we do not run (${config.engine.restAddress}); no local engine is started.`);
        return 0;
      }
      const result = await startEngine(profile, { postgres: parsePostgresUrl(config.databaseUrl).server });
      const urls = endpoints(profile);
      if (result.reused) console.log(`The ${profile.name} engine is already running; reusing it.`);
      else console.log(`Engine ready in ${(result.startMs / 1000).toFixed(1)} s${result.buildMs ? ` (built in ${(result.buildMs / 1000).toFixed(1)} s first)` : ''}; data in ${result.database}.`);
      console.log(`  REST ${urls.restAddress}   Tasklist ${urls.tasklist}   Cockpit ${urls.cockpit}   Admin ${urls.admin}`);
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
        `The ${profile.name} engine is ${status.ready ? 'ready' : 'starting'}: Operaton ${status.version ?? 'unknown'}, ` +
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
