import fs from 'node:fs';
import path from 'node:path';
import { deployResources, type DeployedResource } from '../../src/engine/deployment';
import type { EngineClient } from '../../src/engine/engine-client';

/**
 * Deploys test fixture models together in a deployment of their own (never under the project's
 * deployment name, so the project's models and the modeler's deployments are not touched); models
 * bound by deployment (a call activity, a form) find each other within it.
 */
export function deployFixtures(engine: EngineClient, files: string[], name = `test-fixtures-${path.basename(files[0] as string, path.extname(files[0] as string))}`): Promise<DeployedResource[]> {
  return deployResources(engine, files.map((file) => ({ name: path.basename(file), content: fs.readFileSync(file) })), { name, source: 'tests' });
}
