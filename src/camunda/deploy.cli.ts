import { loadConfig } from '../config';
import { createCamunda } from './camunda-client';
import { projectRoot } from './engine/engine-profile';
import { deployModels, LintRefusedError, projectModelFiles } from './deployment';

async function main(): Promise<number> {
  const config = loadConfig();
  const camunda = createCamunda(config.camunda);
  const zeebe = camunda.getZeebeGrpcApiClient();
  try {
    const deployed = await deployModels(zeebe, projectModelFiles(projectRoot), projectRoot);
    for (const resource of deployed) console.log(`deployed ${resource.kind} ${resource.id} version ${resource.version} (${resource.file})`);
    return 0;
  } catch (error) {
    console.error(error instanceof LintRefusedError ? error.message : `Deployment failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await zeebe.close();
  }
}

main().then((code) => process.exit(code));
