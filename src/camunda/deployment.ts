import fs from 'node:fs';
import path from 'node:path';
import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { Deployment } from '@camunda8/sdk/dist/zeebe/lib/interfaces-grpc-1.0';
import { formatFinding, lintBpmnFile, lintBpmnXml, type LintFinding } from './model-lint';

export class LintRefusedError extends Error {
  override name = 'LintRefusedError';
  constructor(readonly findings: LintFinding[]) {
    super(`Deployment refused: bpmnlint reports ${findings.length} error(s):\n${findings.map(formatFinding).join('\n')}`);
  }
}

export interface DeployedResource {
  kind: 'process' | 'decision' | 'form' | 'decisionRequirements';
  id: string;
  version: number;
  key: string;
  file: string;
}

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

/** Lints, then deploys all files in one deployment, so processes and their forms arrive together. */
export async function deployModels(zeebe: ZeebeGrpcClient, files: string[], root: string): Promise<DeployedResource[]> {
  await lintModels(files, root);
  const resources = files.map((file) => ({ name: path.basename(file), content: fs.readFileSync(file) }));
  const response = await zeebe.deployResources(
    resources.map((resource) =>
      resource.name.endsWith('.bpmn')
        ? { process: resource.content, name: resource.name }
        : resource.name.endsWith('.dmn')
          ? { decision: resource.content, name: resource.name }
          : { form: resource.content, name: resource.name },
    ),
  );
  const deployments = response.deployments as Deployment[];
  // A decision's metadata carries no resource name; its decision requirements graph does.
  const dmnFileOfGraph = new Map(
    deployments.flatMap((deployment) =>
      'decisionRequirements' in deployment && deployment.decisionRequirements
        ? [[deployment.decisionRequirements.dmnDecisionRequirementsId, deployment.decisionRequirements.resourceName] as const]
        : [],
    ),
  );
  return deployments.map((deployment): DeployedResource => {
    if ('process' in deployment && deployment.process) {
      const p = deployment.process;
      return { kind: 'process', id: p.bpmnProcessId, version: p.version, key: String(p.processDefinitionKey), file: p.resourceName };
    }
    if ('decision' in deployment && deployment.decision) {
      const d = deployment.decision;
      return { kind: 'decision', id: d.dmnDecisionId, version: d.version, key: String(d.decisionKey), file: dmnFileOfGraph.get(d.dmnDecisionRequirementsId) ?? d.dmnDecisionName };
    }
    if ('decisionRequirements' in deployment && deployment.decisionRequirements) {
      const r = deployment.decisionRequirements;
      return { kind: 'decisionRequirements', id: r.dmnDecisionRequirementsId, version: r.version, key: String(r.decisionRequirementsKey), file: r.resourceName };
    }
    const f = (deployment as { form: { formId: string; version: number; formKey: string; resourceName: string } }).form;
    return { kind: 'form', id: f.formId, version: f.version, key: String(f.formKey), file: f.resourceName };
  });
}

/** Lints one BPMN (as the deployment gate does) and deploys it alone; returns its process version. */
export async function deployBpmnXml(zeebe: ZeebeGrpcClient, fileName: string, xml: string): Promise<DeployedResource> {
  const errors = (await lintBpmnXml(xml, fileName)).filter((finding) => finding.category === 'error');
  if (errors.length > 0) throw new LintRefusedError(errors);
  const response = await zeebe.deployResource({ process: Buffer.from(xml, 'utf8'), name: fileName });
  const process = (response.deployments as Deployment[]).flatMap((deployment) => ('process' in deployment && deployment.process ? [deployment.process] : []))[0];
  if (!process) throw new Error(`The engine deployed ${fileName} but returned no process.`);
  return { kind: 'process', id: process.bpmnProcessId, version: process.version, key: String(process.processDefinitionKey), file: process.resourceName };
}
