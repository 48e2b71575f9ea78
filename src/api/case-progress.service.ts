import { EngineRestError, type ActivityInstanceDto, type EngineClient } from '../engine/engine-client';
import type { EngineHistoryReader, InstanceView, UserTaskView } from '../engine/history/engine-history.reader';
import { creditLifecycleProcess } from '../contracts/credit-lifecycle.contract';
import { lifecycleStep, sideActivityOfElement, stepOfCalledProcess, stepOfElement, type LifecycleStep, type StepNumber } from '../contracts/lifecycle-steps.contract';

export interface ActiveElement {
  activityInstanceId: string;
  elementId: string;
  elementName: string | null;
  elementType: string;
  processId: string;
  processInstanceId: string;
  /** The lifecycle step it belongs to; null beside the steps (an event sub-process) or outside the lifecycle. */
  step: StepNumber | null;
  /** Incidents held at this element (a job whose retries are spent). */
  incidentIds: string[];
}

export interface CaseProgress {
  /** ACTIVE while the instance runs; COMPLETED at an end event; TERMINATED when cancelled (e.g. withdrawn). */
  state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  /** Where the case is (or was when it ended): the furthest step of its main path; null outside the lifecycle. */
  currentStep: LifecycleStep | null;
  /** Event sub-processes running beside the step, e.g. a dispute in arbitration. */
  sideActivities: string[];
  activeElements: ActiveElement[];
  /** Open user tasks of the case and of the processes it called. */
  openUserTasks: UserTaskView[];
}

interface InstanceInCase {
  processId: string;
  processInstanceId: string;
  /** The step every element of a called process belongs to. */
  inheritedStep: StepNumber | null;
}

const furthest = (steps: Array<StepNumber | null>): StepNumber | null => steps.reduce<StepNumber | null>((max, step) => (step !== null && (max === null || step > max) ? step : max), null);

/** Leaves of the activity-instance tree (the elements waiting or working now), scopes left out; async continuations included. */
function runningLeaves(tree: ActivityInstanceDto): Array<{ id: string; activityId: string; activityType: string; activityName: string | null; incidentIds: string[] }> {
  const own = tree.childTransitionInstances.map((transition) => ({ id: transition.id, activityId: transition.activityId, activityType: transition.activityType, activityName: null, incidentIds: [] as string[] }));
  const children = tree.childActivityInstances.flatMap((child) => {
    const leaves = runningLeaves(child);
    const self = { id: child.id, activityId: child.activityId, activityType: child.activityType, activityName: child.activityName ?? null, incidentIds: child.incidentIds ?? [] };
    return child.childActivityInstances.length === 0 && child.childTransitionInstances.length === 0 ? [self] : [self, ...leaves];
  });
  return [...own, ...children];
}

/**
 * The case of an application as the engine shows it: its step of DOMAIN §1 (from the activity-instance
 * tree of the case and of the processes it called), what runs, who is waited for; an ended case from
 * its history.
 */
export class CaseProgressService {
  constructor(private readonly deps: { engine: EngineClient; history: EngineHistoryReader }) {}

  async progress(processInstanceId: string, processId: string): Promise<CaseProgress> {
    const root = await this.deps.history.instance(processInstanceId);
    if (root && root.endedAt !== null) {
      const state = root.state === 'COMPLETED' ? 'COMPLETED' : 'TERMINATED';
      return { state, currentStep: this.stepOrNull(await this.lastStep(root, processId)), sideActivities: [], activeElements: [], openUserTasks: [] };
    }
    const activeElements: ActiveElement[] = [];
    const openUserTasks: UserTaskView[] = [];
    for (const instance of await this.instancesOfCase({ processId, processInstanceId, inheritedStep: null })) {
      const tree = await this.deps.engine.activityInstanceTree(instance.processInstanceId).catch((error: unknown) => {
        // the instance ended between the two reads: nothing of it runs
        if (error instanceof EngineRestError && (error.status === 404 || error.status === 500)) return undefined;
        throw error;
      });
      if (!tree) continue;
      for (const leaf of runningLeaves(tree)) {
        activeElements.push({
          activityInstanceId: leaf.id, elementId: leaf.activityId, elementName: leaf.activityName, elementType: leaf.activityType,
          processId: instance.processId, processInstanceId: instance.processInstanceId, step: this.stepOf(instance, leaf.activityId), incidentIds: leaf.incidentIds,
        });
      }
      openUserTasks.push(...(await this.deps.history.openUserTasks(instance.processInstanceId)));
    }
    return {
      state: 'ACTIVE',
      currentStep: this.stepOrNull(furthest(activeElements.map((element) => element.step))),
      sideActivities: [...new Set(activeElements.flatMap((element) => sideActivityOfElement[element.elementId] ?? []))],
      activeElements,
      openUserTasks,
    };
  }

  private stepOrNull(step: StepNumber | null): LifecycleStep | null {
    return step === null ? null : lifecycleStep(step);
  }

  private stepOf(instance: InstanceInCase, elementId: string): StepNumber | null {
    if (instance.inheritedStep !== null) return instance.inheritedStep;
    return instance.processId === creditLifecycleProcess.processId ? (stepOfElement[elementId] ?? null) : null;
  }

  /**
   * The instance and every running instance its call activities started, at any depth. A called
   * instance belongs to the step of the lifecycle's call activity that started it (by the called
   * process's id where the history does not say which call it was).
   */
  private async instancesOfCase(root: InstanceInCase): Promise<InstanceInCase[]> {
    const found = [root];
    const running = (await this.deps.history.calledInstances(root.processInstanceId)).filter((child) => child.endedAt === null);
    const lifecycleRoot = root.inheritedStep === null && root.processId === creditLifecycleProcess.processId;
    const caller = lifecycleRoot && running.length > 0
      ? new Map((await this.deps.history.activities(root.processInstanceId)).flatMap((activity) => (activity.calledProcessInstanceId ? [[activity.calledProcessInstanceId, activity.elementId] as const] : [])))
      : new Map<string, string>();
    for (const child of running) {
      const callStep = stepOfElement[caller.get(child.processInstanceId) ?? ''] ?? stepOfCalledProcess[child.processId] ?? null;
      const inheritedStep = root.inheritedStep ?? (lifecycleRoot ? callStep : null);
      found.push(...(await this.instancesOfCase({ processId: child.processId, processInstanceId: child.processInstanceId, inheritedStep })));
    }
    return found;
  }

  /**
   * An ended case stays at its last step: a completed one at the step of the end event it reached,
   * a cancelled one at the furthest step of the elements that were running when it was cancelled.
   */
  private async lastStep(instance: InstanceView, processId: string): Promise<StepNumber | null> {
    if (processId !== creditLifecycleProcess.processId) return null;
    const activities = (await this.deps.history.activities(instance.processInstanceId)).filter((activity) => stepOfElement[activity.elementId] !== undefined);
    if (instance.state !== 'COMPLETED') return furthest(activities.filter((activity) => activity.canceled).map((activity) => stepOfElement[activity.elementId] as StepNumber));
    const last = activities.filter((activity) => activity.endedAt !== null && !activity.canceled).at(-1);
    return last ? (stepOfElement[last.elementId] as StepNumber) : null;
  }
}
