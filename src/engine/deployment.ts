import fs from 'node:fs';
import path from 'node:path';
import type { EngineClient } from './engine-client';
import { formatFinding, lintBpmnFile, lintBpmnXml, type LintFinding } from './model-lint';

export class LintRefusedError extends Error {
  override name = 'LintRefusedError';
  constructor(readonly findings: LintFinding[]) {
    super(`Deployment refused: bpmnlint reports ${findings.length} error(s):\n${findings.map(formatFinding).join('\n')}`);
  }
}

export interface DeployedResource {
  kind: 'process' | 'decision' | 'decisionRequirements';
  /** The BPMN process id or DMN decision id (the definition's key in Operaton's terms). */
  id: string;
  version: number;
  /** The definition's id: one exact deployed version. */
  definitionId: string;
  deploymentId: string;
  file: string;
}

export interface ModelResource {
  name: string;
  content: Buffer;
}

/** The deployment name of the project's models: a redeployment with nothing changed is filtered out by the engine. */
export const projectDeploymentName = 'credit-lifecycle';

function listFiles(dir: string, extensions: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(full, extensions);
      return extensions.some((extension) => entry.name.endsWith(extension)) ? [full] : [];
    })
    .sort();
}

/** Every model of the project: processes/**.bpmn and .dmn, forms/*.form. */
export function projectModelFiles(root: string): string[] {
  return [...listFiles(path.join(root, 'processes'), ['.bpmn', '.dmn']), ...listFiles(path.join(root, 'forms'), ['.form'])];
}

/** Lints every BPMN file; any error refuses the whole deployment, warnings are returned. */
export async function lintModels(files: string[], root: string): Promise<LintFinding[]> {
  const findings = (await Promise.all(files.filter((file) => file.endsWith('.bpmn')).map((file) => lintBpmnFile(file, root)))).flat();
  const errors = findings.filter((finding) => finding.category === 'error');
  if (errors.length > 0) throw new LintRefusedError(errors);
  return findings;
}

interface DefinitionDto {
  id: string;
  key: string;
  version: number;
  resource: string;
  deploymentId: string;
}

/** The process and decision definitions of one deployment. */
export async function definitionsOfDeployment(engine: EngineClient, deploymentId: string): Promise<DeployedResource[]> {
  const [processes, decisions, graphs] = await Promise.all([
    engine.get<DefinitionDto[]>('/process-definition', { deploymentId }),
    engine.get<DefinitionDto[]>('/decision-definition', { deploymentId }),
    engine.get<DefinitionDto[]>('/decision-requirements-definition', { deploymentId }),
  ]);
  const resource = (kind: DeployedResource['kind']) => (definition: DefinitionDto): DeployedResource => ({
    kind, id: definition.key, version: definition.version, definitionId: definition.id, deploymentId, file: definition.resource,
  });
  return [...processes.map(resource('process')), ...decisions.map(resource('decision')), ...graphs.map(resource('decisionRequirements'))];
}

/**
 * Deploys resources together in one deployment, so that a process finds its forms, decisions and
 * called processes by deployment binding. With duplicate filtering, an unchanged set is not deployed
 * again: the answer is then the deployment that already holds it.
 */
export async function deployResources(engine: EngineClient, resources: ModelResource[], options: { name: string; source: string; filterDuplicates?: boolean }): Promise<DeployedResource[]> {
  const form = new FormData();
  form.set('deployment-name', options.name);
  form.set('deployment-source', options.source);
  const filterDuplicates = options.filterDuplicates ?? true;
  form.set('enable-duplicate-filtering', String(filterDuplicates));
  form.set('deploy-changed-only', 'false');
  for (const resource of resources) form.set(resource.name, new Blob([new Uint8Array(resource.content)]), resource.name);
  const deployment = await engine.request<{ id: string; deployedProcessDefinitions: Record<string, unknown> | null; deployedDecisionDefinitions: Record<string, unknown> | null }>(
    // with duplicate filtering a deployment that arrives twice is deployed once: safe to ask again on a dropped connection
    'POST', '/deployment/create', { form, timeoutMs: 120_000, idempotent: filterDuplicates },
  );
  const nothingNew = !deployment.deployedProcessDefinitions && !deployment.deployedDecisionDefinitions;
  if (nothingNew) {
    const [latest] = await engine.get<Array<{ id: string }>>('/deployment', { name: options.name, sortBy: 'deploymentTime', sortOrder: 'desc', maxResults: 1 });
    // that deployment may hold more (an approved draft is deployed with the project's models): answer only for these resources
    const names = new Set(resources.map((resource) => resource.name));
    if (latest) return (await definitionsOfDeployment(engine, latest.id)).filter((definition) => names.has(definition.file));
  }
  return definitionsOfDeployment(engine, deployment.id);
}

/** Lints, then deploys all project files in one deployment. */
export async function deployModels(engine: EngineClient, files: string[], root: string, options = { name: projectDeploymentName, source: 'npm run deploy' }): Promise<DeployedResource[]> {
  await lintModels(files, root);
  return deployResources(engine, files.map((file) => ({ name: path.basename(file), content: fs.readFileSync(file) })), options);
}

/** Lints one BPMN (as the deployment gate does); refuses it with the findings when any is an error. */
export async function assertLintClean(fileName: string, xml: string): Promise<void> {
  const errors = (await lintBpmnXml(xml, fileName)).filter((finding) => finding.category === 'error');
  if (errors.length > 0) throw new LintRefusedError(errors);
}

const processIdsOf = (xml: string) => [...xml.matchAll(/<(?:\w+:)?process\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1] as string);

/**
 * Deploys a process owner's approved draft WITH the rest of the latest project deployment (its forms,
 * decisions and called processes), so that everything it binds by deployment is found beside it. The
 * draft replaces the resource of the same name and any other resource defining the same process.
 */
export async function deployDraft(engine: EngineClient, fileName: string, xml: string): Promise<DeployedResource> {
  await assertLintClean(fileName, xml);
  const [processId] = processIdsOf(xml);
  const [latest] = await engine.get<Array<{ id: string }>>('/deployment', { name: projectDeploymentName, sortBy: 'deploymentTime', sortOrder: 'desc', maxResults: 1 });
  const resources: ModelResource[] = [];
  if (latest) {
    for (const resource of await engine.get<Array<{ id: string; name: string }>>(`/deployment/${latest.id}/resources`)) {
      if (resource.name === fileName) continue;
      const response = await fetch(`${engine.restAddress}/deployment/${latest.id}/resources/${resource.id}/data`, { headers: engine.authorizationHeader() });
      if (!response.ok) throw new Error(`reading ${resource.name} of deployment ${latest.id} answered ${response.status}`);
      const content = Buffer.from(await response.arrayBuffer());
      if (resource.name.endsWith('.bpmn') && processId !== undefined && processIdsOf(content.toString('utf8')).includes(processId)) continue;
      resources.push({ name: resource.name, content });
    }
  }
  resources.push({ name: fileName, content: Buffer.from(xml, 'utf8') });
  // an approval always deploys: a draft equal to an older version (a rollback) must become the latest, which duplicate filtering would skip
  const deployed = await deployResources(engine, resources, { name: projectDeploymentName, source: 'modeler (four eyes)', filterDuplicates: false });
  const process = deployed.find((resource) => resource.kind === 'process' && resource.id === processId);
  if (!process) throw new Error(`The engine deployed ${fileName} but returned no process ${processId ?? ''}.`);
  return process;
}
