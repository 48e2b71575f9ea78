import { loadConfig } from '../config';
import { createEngineClient } from './engine-connection';
import { projectRoot } from './local/engine-profile';
import { deployModels, LintRefusedError, projectModelFiles } from './deployment';

async function main(): Promise<number> {
  const config = loadConfig();
  const engine = createEngineClient(config.engine);
  try {
    const deployed = await deployModels(engine, projectModelFiles(projectRoot), projectRoot);
    for (const resource of deployed) console.log(`deployed ${resource.kind} ${resource.id} version ${resource.version} (${resource.file})`);
    return 0;
  } catch (error) {
    console.error(error instanceof LintRefusedError ? error.message : `Deployment failed: ${(error as Error).message}`);
    return 1;
  }
}

main().then((code) => process.exit(code));
