import type { ActiveElementView, EngineHistoryRepository, UserTaskView } from '../camunda/history/engine-history.repository';
import { creditLifecycleProcess } from '../contracts/credit-lifecycle.contract';
import { lifecycleStep, sideActivityOfElement, stepOfCalledProcess, stepOfElement, type LifecycleStep, type StepNumber } from '../contracts/lifecycle-steps.contract';

export interface ActiveElement extends ActiveElementView {
  processId: string;
  processInstanceKey: string;
  /** The lifecycle step it belongs to; null beside the steps (an event sub-process) or outside the lifecycle. */
  step: StepNumber | null;
}

export interface CaseProgress {
  /** ACTIVE while the instance runs; COMPLETED at an end event; TERMINATED when cancelled (e.g. withdrawn). */
  state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  /**
   * Where the case is (or was when it ended): the furthest step of its main path. Null outside the
   * lifecycle, and for a moment after the start, until the engine's first records reach the history.
   */
  currentStep: LifecycleStep | null;
  /** Event sub-processes running beside the step, e.g. a dispute in arbitration. */
  sideActivities: string[];
  activeElements: ActiveElement[];
  /** Open user tasks of the case and of the processes it called. */
  openUserTasks: UserTaskView[];
}

interface InstanceInCase {
  processId: string;
  processInstanceKey: string;
  /** The step every element of a called process belongs to. */
  inheritedStep: StepNumber | null;
}

const furthest = (steps: Array<StepNumber | null>): StepNumber | null => steps.reduce<StepNumber | null>((max, step) => (step !== null && (max === null || step > max) ? step : max), null);

/** The case of an application as the engine's history shows it: its step of DOMAIN §1, what runs, who is waited for. */
export class CaseProgressService {
  constructor(private readonly history: EngineHistoryRepository) {}

  async progress(processInstanceKey: string, processId: string): Promise<CaseProgress> {
    const instances = await this.instancesOfCase({ processId, processInstanceKey, inheritedStep: null });
    const activeElements: ActiveElement[] = [];
    const openUserTasks: UserTaskView[] = [];
    let rootRunning = false;
    for (const instance of instances) {
      const active = await this.history.activeElements(instance.processInstanceKey);
      // the root's own snapshot decides whether the case runs (later reads may already see it ended)
      if (instance.processInstanceKey === processInstanceKey) rootRunning = active.some((element) => element.elementType === 'PROCESS');
      for (const element of active.filter((candidate) => candidate.elementType !== 'PROCESS')) {
        activeElements.push({ ...element, processId: instance.processId, processInstanceKey: instance.processInstanceKey, step: this.stepOf(instance, element.elementId) });
      }
      openUserTasks.push(...(await this.history.openUserTasks(instance.processInstanceKey)));
    }
    const ended = rootRunning ? undefined : await this.endState(processInstanceKey);
    if (ended) {
      return { state: ended, currentStep: this.stepOrNull(await this.lastStep(processInstanceKey, processId, ended)), sideActivities: [], activeElements: [], openUserTasks: [] };
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

  /** The instance and every instance its call activities started, at any depth. */
  private async instancesOfCase(root: InstanceInCase): Promise<InstanceInCase[]> {
    const found = [root];
    for (const child of await this.history.calledInstances(root.processInstanceKey)) {
      const inheritedStep = root.inheritedStep ?? (root.processId === creditLifecycleProcess.processId ? (stepOfCalledProcess[child.bpmnProcessId] ?? null) : null);
      found.push(...(await this.instancesOfCase({ processId: child.bpmnProcessId, processInstanceKey: child.processInstanceKey, inheritedStep })));
    }
    return found;
  }

  /** How the instance ended; undefined when it has not (e.g. before its first records reached the history). */
  private async endState(processInstanceKey: string): Promise<'COMPLETED' | 'TERMINATED' | undefined> {
    const end = (await this.history.elementEvents(processInstanceKey)).find((event) => event.elementType === 'PROCESS' && event.intent !== 'ELEMENT_ACTIVATED');
    if (!end) return undefined;
    return end.intent === 'ELEMENT_TERMINATED' ? 'TERMINATED' : 'COMPLETED';
  }

  /**
   * An ended case stays at its last step: a completed one at the step of the end event it reached,
   * a cancelled one at the furthest step of the elements that were running when it was cancelled.
   */
  private async lastStep(processInstanceKey: string, processId: string, state: 'COMPLETED' | 'TERMINATED'): Promise<StepNumber | null> {
    if (processId !== creditLifecycleProcess.processId) return null;
    const events = (await this.history.elementEvents(processInstanceKey)).filter((event) => stepOfElement[event.elementId] !== undefined);
    if (state === 'TERMINATED') return furthest(events.filter((event) => event.intent === 'ELEMENT_TERMINATED').map((event) => stepOfElement[event.elementId] as StepNumber));
    const last = events.filter((event) => event.intent === 'ELEMENT_COMPLETED').at(-1);
    return last ? (stepOfElement[last.elementId] as StepNumber) : null;
  }
}
