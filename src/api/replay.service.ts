import { createHash } from 'node:crypto';
import { firstBreak } from '../audit/audit-chain';
import { assembleReplay, type ReplayStep } from '../audit/instance-replay';
import { reverifyDecision, type DecisionCheck, type ReverificationMode } from '../engine/decision-reverification';
import type { EngineClient } from '../engine/engine-client';
import type { EngineRecord, InstanceHistoryRepository, InstanceSearch, InstanceSummary } from '../camunda/history/instance-history.repository';
import type { DeployedResourceRepository } from '../camunda/history/deployed-resource.repository';
import type { AuditEventRepository } from '../db/audit-event.repository';
import { NotFoundError } from '../domain/errors';

export interface InstanceReplay {
  instance: InstanceSummary;
  diagram: { processDefinitionKey: string; bpmnProcessId: string; version: number; resourceName: string; xml: string; sha256: string };
  children: InstanceSummary[];
  steps: ReplayStep[];
}

export interface AuditPack {
  format: 'credit-lifecycle-audit-pack/1';
  generatedAt: string;
  generatedBy: string;
  instance: InstanceSummary;
  diagram: InstanceReplay['diagram'];
  children: InstanceSummary[];
  timeline: Array<Omit<ReplayStep, 'activeElementIds' | 'completedElementIds' | 'takenFlowIds' | 'variables' | 'changedVariables'>>;
  finalVariables: Record<string, unknown>;
  decisionReverification: DecisionCheck[];
  auditChain: { checkedRows: number; intact: boolean; firstBreak: unknown };
}

/** Variables an element saw at a point of the record stream: process scope, overridden by the element's own scope. */
function variablesBefore(records: EngineRecord[], position: string, scopes: string[]): Record<string, unknown> {
  const byScope = new Map<string, Record<string, unknown>>(scopes.map((scope) => [scope, {}]));
  for (const record of records) {
    if (record.valueType !== 'VARIABLE' || BigInt(record.position) >= BigInt(position)) continue;
    const scope = byScope.get(String(record.value.scopeKey));
    if (scope) scope[String(record.value.name)] = JSON.parse(String(record.value.value));
  }
  return Object.assign({}, ...scopes.map((scope) => byScope.get(scope)));
}

/** The auditor's view of one instance: diagram as deployed, merged timeline, decisions checked again. */
export class ReplayService {
  constructor(private readonly deps: { history: InstanceHistoryRepository; deployed: DeployedResourceRepository; audit: AuditEventRepository; engine: EngineClient }) {}

  search(search: InstanceSearch): Promise<InstanceSummary[]> {
    return this.deps.history.searchInstances(search);
  }

  async replay(processInstanceKey: string): Promise<InstanceReplay> {
    const { history } = this.deps;
    const instance = await history.instance(processInstanceKey);
    if (!instance) throw new NotFoundError(`No process instance ${processInstanceKey} in the engine's history.`);
    const deployed = await this.deps.deployed.processXml(instance.processDefinitionKey);
    if (!deployed) throw new NotFoundError(`The deployed diagram ${instance.processDefinitionKey} is not in the engine's history.`);
    const [records, decisions, children] = await Promise.all([
      history.instanceRecords(processInstanceKey),
      history.decisionEvaluations(processInstanceKey),
      history.childInstances(processInstanceKey),
    ]);
    const applicationIds = records
      .filter((record) => record.valueType === 'VARIABLE' && record.value.name === 'applicationId')
      .map((record) => String(JSON.parse(String(record.value.value))));
    const auditEvents = await this.deps.audit.forTargetsContaining([processInstanceKey, ...new Set(applicationIds)]);
    return {
      instance,
      diagram: {
        processDefinitionKey: instance.processDefinitionKey,
        bpmnProcessId: deployed.bpmnProcessId,
        version: deployed.version,
        resourceName: deployed.resourceName,
        xml: deployed.xml,
        sha256: createHash('sha256').update(deployed.xml, 'utf8').digest('hex'),
      },
      children,
      steps: assembleReplay({ processInstanceKey, records, decisions, auditEvents, children }),
    };
  }

  /** Every recorded decision of the instance evaluated again: against its own version or today's. */
  async reverify(processInstanceKey: string, mode: ReverificationMode): Promise<DecisionCheck[]> {
    const { history } = this.deps;
    if (!(await history.instance(processInstanceKey))) throw new NotFoundError(`No process instance ${processInstanceKey} in the engine's history.`);
    const [records, decisions] = await Promise.all([history.instanceRecords(processInstanceKey), history.decisionEvaluations(processInstanceKey)]);
    const checks: DecisionCheck[] = [];
    for (const evaluation of decisions) {
      const graphKey = String(evaluation.value.decisionRequirementsKey);
      const dmnXml = await this.deps.deployed.decisionRequirementsXml(graphKey);
      if (!dmnXml) throw new NotFoundError(`The deployed DMN ${graphKey} of decision ${String(evaluation.value.decisionId)} is not in the engine's history.`);
      const variablesAtEvaluation = variablesBefore(records, evaluation.position, [processInstanceKey, String(evaluation.value.elementInstanceKey)]);
      checks.push(await reverifyDecision(this.deps.engine, evaluation, { dmnXml, variablesAtEvaluation }, mode));
    }
    return checks;
  }

  async auditPack(processInstanceKey: string, generatedBy: string): Promise<AuditPack> {
    const replay = await this.replay(processInstanceKey);
    const chain = await this.deps.audit.allInOrder();
    const broken = firstBreak(chain);
    const last = replay.steps[replay.steps.length - 1];
    return {
      format: 'credit-lifecycle-audit-pack/1',
      generatedAt: new Date().toISOString(),
      generatedBy,
      instance: replay.instance,
      diagram: replay.diagram,
      children: replay.children,
      timeline: replay.steps.map(({ activeElementIds: _a, completedElementIds: _c, takenFlowIds: _f, variables: _v, changedVariables: _cv, ...step }) => step),
      finalVariables: last?.variables ?? {},
      decisionReverification: await this.reverify(processInstanceKey, 'recorded-version'),
      auditChain: { checkedRows: chain.length, intact: !broken, firstBreak: broken ?? null },
    };
  }
}
