import fs from 'node:fs';
import path from 'node:path';
import { creditLifecycleProcess as lifecycle } from '../../src/contracts/credit-lifecycle.contract';
import { projectModelFiles } from '../../src/engine/deployment';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { useInvestigationProvider, type InvestigationProvider } from './investigation-provider';
import { startTestSystem, type TestSystem } from './test-system';

const fixturesDir = path.join(projectRoot, 'tests', 'fixtures');

/**
 * TEST COPIES of what the lifecycle calls, so its own paths are tested in isolation: minimal called
 * processes with the same ids and I/O, and the policy decisions with DOMAIN defaults. The real ones
 * are tested in their own suites (and together in tests/e2e).
 */
export const lifecycleTestCopies = [
  ...fs.readdirSync(path.join(fixturesDir, 'called-processes')).filter((file) => file.endsWith('.bpmn')).map((file) => path.join(fixturesDir, 'called-processes', file)),
  ...fs.readdirSync(path.join(fixturesDir, 'decisions')).filter((file) => file.endsWith('.dmn')).map((file) => path.join(fixturesDir, 'decisions', file)),
].sort();

/** The project's models, with the test copies in place of the real models of the same name. */
export function lifecycleModelFiles(): string[] {
  const copied = new Set(lifecycleTestCopies.map((file) => path.basename(file)));
  return [...projectModelFiles(projectRoot).filter((file) => !copied.has(path.basename(file))), ...lifecycleTestCopies];
}

export type LifecycleHarness = TestSystem & {
  /** The credit-lifecycle definition deployed with the test copies: cases start this exact version. */
  lifecycleDefinitionId: string;
  /** Registry, court, news and bureau stand-ins: each case adds its own companies. */
  investigation: InvestigationProvider;
};

/**
 * The project's models and the test copies in ONE deployment (the lifecycle binds its called
 * processes, decisions and forms by deployment, so it calls the stand-ins), the project's real
 * workers for the lifecycle's topics, the message outbox, and the investigation's outside systems
 * as HTTP stand-ins that answer about each case's own companies.
 */
export async function startLifecycleHarness(): Promise<LifecycleHarness> {
  const investigation = await useInvestigationProvider();
  let system: TestSystem;
  try {
    system = await startTestSystem({ modelFiles: lifecycleModelFiles(), workerTopics: Object.values(lifecycle.jobTypes) });
  } catch (error) {
    await investigation.close();
    throw error;
  }
  const definition = system.deployed.find((resource) => resource.kind === 'process' && resource.id === lifecycle.processId);
  if (!definition) throw new Error(`${lifecycle.processId} was not deployed`);
  return {
    ...system,
    lifecycleDefinitionId: definition.definitionId,
    investigation,
    close: async () => {
      await system.close();
      await investigation.close();
    },
  };
}
