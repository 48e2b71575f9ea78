import { createHash } from 'node:crypto';
import { firstBreak } from '../audit/audit-chain';
import { diagramFlows } from '../audit/diagram-flows';
import { assembleReplay, type ReplayStep } from '../audit/instance-replay';
import { reverifyDecision, type DecisionCheck, type ReverificationMode } from '../engine/decision-reverification';
import type { EngineClient } from '../engine/engine-client';
import type { DeployedModelsReader } from '../engine/history/deployed-models.reader';
import type { DecisionInstanceView, EngineHistoryReader, InstanceView, VariableUpdateView } from '../engine/history/engine-history.reader';
import type { AuditEventRepository } from '../db/audit-event.repository';
import type { EngineMessageRepository } from '../db/engine-message.repository';
import { NotFoundError } from '../domain/errors';

/** An instance as the auditor finds it: its history entry and how many incidents it has open. */
export type ReplayInstance = InstanceView & { openIncidents: number };

export interface ReplaySearch {
  processId?: string;
  from?: Date;
  to?: Date;
  outcome?: 'active' | 'completed' | 'terminated' | 'incident';
  limit: number;
}

export interface InstanceReplay {
  instance: ReplayInstance;
  diagram: { processDefinitionId: string; processId: string; version: number; resourceName: string; xml: string; sha256: string };
  /** The instances its call activities started. */
  children: ReplayInstance[];
  steps: ReplayStep[];
}

export interface AuditPack {
  format: 'credit-lifecycle-audit-pack/1';
  generatedAt: string;
  generatedBy: string;
  instance: ReplayInstance;
  diagram: InstanceReplay['diagram'];
  children: ReplayInstance[];
  timeline: Array<Omit<ReplayStep, 'activeElementIds' | 'completedElementIds' | 'takenFlowIds' | 'variables' | 'changedVariables'>>;
  finalVariables: Record<string, unknown>;
  decisionReverification: DecisionCheck[];
  auditChain: { checkedRows: number; intact: boolean; firstBreak: unknown };
}

/** The auditor's view of one instance, read from Operaton's history: diagram as deployed, merged timeline, decisions checked again. */
export class ReplayService {
  constructor(private readonly deps: { history: EngineHistoryReader; deployed: DeployedModelsReader; audit: AuditEventRepository; messages: EngineMessageRepository; engine: EngineClient }) {}

  async search(search: ReplaySearch): Promise<ReplayInstance[]> {
    const [found, incidents] = await Promise.all([
      this.deps.history.searchInstances({ processId: search.processId, startedAfter: search.from, startedBefore: search.to, outcome: search.outcome, maxResults: search.limit }),
      this.deps.history.openIncidentCounts(search.processId),
    ]);
    return found.map((instance) => ({ ...instance, openIncidents: incidents.get(instance.processInstanceId) ?? 0 }));
  }

  private async instance(processInstanceId: string): Promise<ReplayInstance> {
    const [instance, incidents] = await Promise.all([this.deps.history.instance(processInstanceId), this.deps.history.incidents(processInstanceId)]);
    if (!instance) throw new NotFoundError(`No process instance ${processInstanceId} in the engine's history.`);
    return { ...instance, openIncidents: incidents.length };
  }

  async replay(processInstanceId: string): Promise<InstanceReplay> {
    return (await this.read(processInstanceId)).replay;
  }

  /** The replay and the history it was assembled from (re-verification reads the same decisions and variables). */
  private async read(processInstanceId: string) {
    const { history } = this.deps;
    const instance = await this.instance(processInstanceId);
    const deployed = await this.deps.deployed.processXml(instance.processDefinitionId);
    if (!deployed) throw new NotFoundError(`The deployed diagram ${instance.processDefinitionId} is no longer in the engine's repository.`);
    const [activities, variableUpdates, userTasks, operations, incidents, decisions, externalTasks, jobs, messages, called] = await Promise.all([
      history.activities(processInstanceId), history.variableUpdates(processInstanceId), history.userTaskHistory(processInstanceId), history.operations(processInstanceId),
      history.incidents(processInstanceId, { all: true }), history.decisionInstances(processInstanceId), history.externalTaskLog(processInstanceId), history.jobLog(processInstanceId),
      this.deps.messages.deliveredTo(processInstanceId), history.calledInstances(processInstanceId),
    ]);
    // our audit rows name the instance or its application (the business key and applicationId variable)
    const applicationIds = variableUpdates.filter((update) => update.processLevel && update.name === 'applicationId').map((update) => String(update.value));
    const auditEvents = await this.deps.audit.forTargetsContaining([...new Set([processInstanceId, ...(instance.businessKey ? [instance.businessKey] : []), ...applicationIds])]);
    const children = await Promise.all(called.map((child) => this.instance(child.processInstanceId)));
    const replay: InstanceReplay = {
      instance,
      diagram: {
        processDefinitionId: instance.processDefinitionId, processId: deployed.processId, version: deployed.version, resourceName: deployed.resourceName,
        xml: deployed.xml, sha256: createHash('sha256').update(deployed.xml, 'utf8').digest('hex'),
      },
      children,
      steps: assembleReplay({ instance, activities, variableUpdates, userTasks, operations, incidents, decisions, externalTasks, jobs, messages, auditEvents, diagram: diagramFlows(deployed.xml) }),
    };
    return { replay, decisions, variableUpdates };
  }

  /** Every recorded decision of the instance evaluated again: against its own version (re-verify) or today's (what-if). */
  async reverify(processInstanceId: string, mode: ReverificationMode): Promise<DecisionCheck[]> {
    const { history } = this.deps;
    await this.instance(processInstanceId);
    const [decisions, variableUpdates] = await Promise.all([history.decisionInstances(processInstanceId), history.variableUpdates(processInstanceId)]);
    return this.checks(decisions, variableUpdates, mode);
  }

  private async checks(decisions: DecisionInstanceView[], variableUpdates: VariableUpdateView[], mode: ReverificationMode): Promise<DecisionCheck[]> {
    const checks: DecisionCheck[] = [];
    for (const decision of decisions.filter((candidate) => candidate.rootDecisionInstanceId === null)) {
      const dmnXml = await this.deps.deployed.decisionXml(decision.decisionDefinitionId);
      if (!dmnXml) throw new NotFoundError(`The deployed DMN of decision ${decision.decisionDefinitionId} is no longer in the engine's repository.`);
      // what the business rule task saw: the instance's variables and its own, as they stood when it evaluated
      const variablesAtEvaluation = Object.fromEntries(variableUpdates
        .filter((update) => update.at <= decision.evaluatedAt && (update.processLevel || update.activityInstanceId === decision.activityInstanceId))
        .map((update) => [update.name, update.value]));
      const requiredDecisions = decisions.filter((candidate) => candidate.rootDecisionInstanceId === decision.decisionInstanceId);
      checks.push(await reverifyDecision(this.deps.engine, decision, { dmnXml, requiredDecisions, variablesAtEvaluation }, mode));
    }
    return checks;
  }

  async auditPack(processInstanceId: string, generatedBy: string): Promise<AuditPack> {
    const { replay, decisions, variableUpdates } = await this.read(processInstanceId);
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
      decisionReverification: await this.checks(decisions, variableUpdates, 'recorded-version'),
      auditChain: { checkedRows: chain.length, intact: !broken, firstBreak: broken ?? null },
    };
  }
}
