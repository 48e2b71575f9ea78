import type { EngineClient } from '../engine-client';
import { isoOf } from './engine-history.reader';

export interface DeployedProcess {
  /** The definition's id: one exact deployed version. */
  processDefinitionId: string;
  processId: string;
  version: number;
  resourceName: string;
  deploymentId: string;
  deployedAt: string | null;
}

interface ProcessDefinitionDto {
  id: string;
  key: string;
  version: number;
  resource: string;
  deploymentId: string;
}

/** Deployed models as the engine's repository holds them: every version, and each one's XML exactly as deployed. */
export class DeployedModelsReader {
  constructor(private readonly engine: EngineClient) {}

  /** Every deployed process version, newest deployment first. */
  async deployedProcesses(): Promise<DeployedProcess[]> {
    const [definitions, deployments] = await Promise.all([
      this.engine.get<ProcessDefinitionDto[]>('/process-definition', { sortBy: 'version', sortOrder: 'desc' }),
      this.engine.get<Array<{ id: string; deploymentTime: string }>>('/deployment'),
    ]);
    const deployedAt = new Map(deployments.map((deployment) => [deployment.id, isoOf(deployment.deploymentTime)]));
    return definitions
      .map((definition) => ({
        processDefinitionId: definition.id, processId: definition.key, version: definition.version, resourceName: definition.resource,
        deploymentId: definition.deploymentId, deployedAt: deployedAt.get(definition.deploymentId) ?? null,
      }))
      .sort((a, b) => (b.deployedAt ?? '').localeCompare(a.deployedAt ?? '') || a.processId.localeCompare(b.processId));
  }

  /** The BPMN XML exactly as deployed for one process definition; undefined for an unknown one. */
  async processXml(processDefinitionId: string): Promise<{ xml: string; processId: string; version: number; resourceName: string } | undefined> {
    const definition = await this.engine.get<ProcessDefinitionDto>(`/process-definition/${encodeURIComponent(processDefinitionId)}`).catch(() => undefined);
    if (!definition) return undefined;
    const { bpmn20Xml } = await this.engine.get<{ bpmn20Xml: string }>(`/process-definition/${encodeURIComponent(processDefinitionId)}/xml`);
    return { xml: bpmn20Xml, processId: definition.key, version: definition.version, resourceName: definition.resource };
  }

  /** The DMN XML as deployed for one decision definition. */
  async decisionXml(decisionDefinitionId: string): Promise<string | undefined> {
    const found = await this.engine.get<{ dmnXml: string }>(`/decision-definition/${encodeURIComponent(decisionDefinitionId)}/xml`).catch(() => undefined);
    return found?.dmnXml;
  }
}
