import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { jobTypesAwaitingWorkers, jobWorkers } from '../../workers';
import { projectModelFiles } from '../../src/engine/deployment';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { lintBpmnFile } from '../../src/engine/model-lint';
import { decisionIds, policyDecisions } from '../../src/contracts/decisions.contract';
import { decisionFile, readDecisionModel, type DecisionModel } from '../support/dmn-model';
import { creditApplicationProcess } from '../../src/contracts/credit-application.contract';
import { creditLifecycleProcess } from '../../src/contracts/credit-lifecycle.contract';
import { greenChannelProcess } from '../../src/contracts/green-channel.contract';
import { tieredReviewProcess } from '../../src/contracts/tiered-review.contract';
import { dunningProcess } from '../../src/contracts/dunning.contract';
import { legalEscalationProcess } from '../../src/contracts/legal-escalation.contract';
import { portfolioMonitoringProcess } from '../../src/contracts/portfolio-monitoring.contract';
import { findZeebeTraces, readBpmnModel, type BpmnModel, type ModdleElement } from './bpmn-model';

/** The Camunda 7 dialect the models are written in (Operaton 1.0 forked from Camunda 7.24). */
const targetPlatform = { executionPlatform: 'Camunda Platform', executionPlatformVersion: '7.24.0' };

/** Each process's contract, by process id: the message names, error codes and forms it may use. */
interface ProcessContract {
  messages: Record<string, string>;
  errorCodes: Record<string, string>;
  forms: Record<string, string>;
}
const contracts: Record<string, ProcessContract> = {
  [creditApplicationProcess.processId]: { messages: {}, errorCodes: {}, forms: creditApplicationProcess.forms },
  [dunningProcess.processId]: dunningProcess,
  [legalEscalationProcess.processId]: legalEscalationProcess,
  [portfolioMonitoringProcess.processId]: portfolioMonitoringProcess,
  [creditLifecycleProcess.processId]: { messages: creditLifecycleProcess.messages, errorCodes: creditLifecycleProcess.errors, forms: creditLifecycleProcess.forms },
  [greenChannelProcess.processId]: { messages: {}, errorCodes: {}, forms: greenChannelProcess.forms },
  [tieredReviewProcess.processId]: { messages: {}, errorCodes: {}, forms: tieredReviewProcess.forms },
};

const bpmnFiles = projectModelFiles(projectRoot).filter((file) => file.endsWith('.bpmn'));
const formFiles = projectModelFiles(projectRoot).filter((file) => file.endsWith('.form'));
const formIds = formFiles.map((file) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string }).id);

/** Every model of the project, read once: catches of an error may sit in another model (the caller's call activity). */
let models: BpmnModel[];
beforeAll(async () => {
  models = await Promise.all(bpmnFiles.map((file) => readBpmnModel(file)));
});
const modelOf = (file: string) => models.find((model) => model.file === file) as BpmnModel;

const errorCodeOf = (definition: ModdleElement | undefined) => (definition?.errorRef as ModdleElement | undefined)?.errorCode as string | undefined;
const errorDefinitions = (element: ModdleElement) => ((element.eventDefinitions as ModdleElement[] | undefined) ?? []).filter((definition) => definition.$type === 'bpmn:ErrorEventDefinition');

/**
 * Whether a BPMN error with this code, raised at `element` of `model`, is caught: by an error boundary
 * event on the element or an enclosing sub-process, by an error event sub-process in an enclosing scope,
 * or, raised at the process level, by a boundary on a call activity (of any model) that calls this process.
 * A catch without an error reference catches every code.
 */
function isCaught(models: BpmnModel[], model: BpmnModel, element: ModdleElement, code: string): boolean {
  const catches = (definition: ModdleElement) => errorCodeOf(definition) === undefined || errorCodeOf(definition) === code;
  const boundaryCatches = (holder: BpmnModel, activity: ModdleElement) =>
    holder.elements.some((candidate) => candidate.$type === 'bpmn:BoundaryEvent' && candidate.attachedToRef === activity && errorDefinitions(candidate).some(catches));
  const eventSubProcessCatches = (scope: ModdleElement) =>
    ((scope.flowElements as ModdleElement[] | undefined) ?? []).some(
      (child) => child.$type === 'bpmn:SubProcess' && child.triggeredByEvent === true &&
        ((child.flowElements as ModdleElement[] | undefined) ?? []).some((start) => start.$type === 'bpmn:StartEvent' && errorDefinitions(start).some(catches)),
    );
  for (let scope: ModdleElement | undefined = element; scope; scope = scope.$parent as ModdleElement | undefined) {
    if (scope !== element && eventSubProcessCatches(scope)) return true;
    if (scope.$type === 'bpmn:Process') {
      return models.some((caller) =>
        caller.elements.some((activity) => activity.$type === 'bpmn:CallActivity' && activity.calledElement === scope?.id && boundaryCatches(caller, activity)));
    }
    if (boundaryCatches(model, scope)) return true;
  }
  return false;
}

describe.each(bpmnFiles.map((file) => [path.relative(projectRoot, file), file]))('model %s', (_name, file) => {
  const model = () => modelOf(file);
  const contract = () => contracts[model().processIds[0] ?? ''];
  const ofType = (type: string) => model().elements.filter((element) => element.$type === type);

  it('when read, then nothing of the Zeebe dialect is left (no zeebe: namespace, element or attribute)', () => {
    expect(findZeebeTraces(model())).toEqual([]);
  });

  it('when read, then it targets Camunda Platform 7.24 and keeps its history ten years', () => {
    expect(model().definitions).toMatchObject(targetPlatform);
    for (const process of ofType('bpmn:Process')) expect(process.historyTimeToLive).toBe('P3650D');
  });

  it('when linted with camunda-platform-7-24, then it has no errors', async () => {
    const errors = (await lintBpmnFile(file, projectRoot)).filter((finding) => finding.category === 'error');
    expect(errors).toEqual([]);
  });

  it('when its executable process id is read, then it equals the file name and has a contract', () => {
    expect(model().processIds).toEqual([path.basename(file, '.bpmn')]);
    expect(contract()).toBeDefined();
  });

  it('when its service tasks are read, then each is an external task whose topic a worker in workers/index.ts serves', () => {
    const served = [...Object.keys(jobWorkers), ...jobTypesAwaitingWorkers];
    for (const task of [...ofType('bpmn:ServiceTask'), ...ofType('bpmn:SendTask')]) {
      expect({ id: task.id, type: task.type }).toEqual({ id: task.id, type: 'external' });
      expect({ id: task.id, topic: task.topic, served: served.includes(task.topic as string) }).toEqual({ id: task.id, topic: task.topic, served: true });
    }
  });

  it("when its user tasks are read, then each has a candidate group or assignee and a linked form of this project bound by deployment, named in the process's contract", () => {
    for (const task of ofType('bpmn:UserTask')) {
      const form = { id: task.id, formRef: task.formRef, binding: task.formRefBinding, inProject: formIds.includes(task.formRef as string), inContract: Object.values(contract()?.forms ?? {}).includes(task.formRef as string) };
      expect(form).toEqual({ id: task.id, formRef: task.formRef, binding: 'deployment', inProject: true, inContract: true });
      expect({ id: task.id, formKey: task.formKey }).toEqual({ id: task.id, formKey: undefined });
      expect({ id: task.id, assigned: Boolean(task.candidateGroups || task.candidateUsers || task.assignee) }).toEqual({ id: task.id, assigned: true });
    }
  });

  it('when its message names are read, then each is declared in the process contract', () => {
    for (const message of ofType('bpmn:Message')) expect(Object.values(contract()?.messages ?? {})).toContain(message.name);
  });

  it('when its error codes are read, then each is SCREAMING_SNAKE, thrown ones are in the contract, and every code the process raises has a catch', () => {
    for (const error of ofType('bpmn:Error')) expect(error.errorCode).toMatch(/^[A-Z][A-Z0-9_]*$/);
    const throwers = ofType('bpmn:EndEvent').flatMap((end) => errorDefinitions(end).map((definition) => ({ element: end, code: errorCodeOf(definition) })));
    for (const { element, code } of throwers) {
      expect({ element: element.id, code, inContract: Object.values(contract()?.errorCodes ?? {}).includes(code as string) }).toEqual({ element: element.id, code: expect.any(String), inContract: true });
      expect({ element: element.id, code, caught: isCaught(models, model(), element, code as string) }).toEqual({ element: element.id, code, caught: true });
    }
    // codes of the contract (raised by its workers, or by a process it calls): caught somewhere in it, or by its callers
    const process = ofType('bpmn:Process')[0] as ModdleElement;
    const catchable = (code: string) => [process, ...ofType('bpmn:ServiceTask'), ...ofType('bpmn:CallActivity'), ...ofType('bpmn:SubProcess')].some((element) => isCaught(models, model(), element, code));
    for (const code of Object.values(contract()?.errorCodes ?? {})) expect({ code, caught: catchable(code) }).toEqual({ code, caught: true });
  });

  it('when its ids are read, then none is a modeler-generated one', () => {
    const generated = model().elements.map((element) => element.id).filter((id) => id && /^(Activity|Event|Gateway|Flow|StartEvent|EndEvent)_[0-9a-z]{7}$/.test(id));
    expect(generated).toEqual([]);
  });
});

describe('the checks themselves, on fixtures that break them', () => {
  const fixture = (name: string) => path.join(projectRoot, 'tests', 'fixtures', 'contract', name);

  it('when a model still carries Zeebe extensions, then each is reported', async () => {
    const traces = findZeebeTraces(await readBpmnModel(fixture('zeebe-leftover.bpmn')));
    expect(traces).toEqual(expect.arrayContaining([
      'the Zeebe namespace is declared',
      expect.stringMatching(/^element zeebe:taskDefinition in Task_CheckSomething$/),
      expect.stringMatching(/^attribute zeebe:modelerTemplate on Task_CheckSomething$/),
    ]));
  });

  it('when an error end event has no boundary on a calling activity, then it counts as not caught; a caller with the boundary catches it', async () => {
    const thrower = await readBpmnModel(fixture('uncaught-error.bpmn'));
    const caller = await readBpmnModel(fixture('uncaught-error-caller.bpmn'));
    const end = thrower.elements.find((element) => element.id === 'EndEvent_Failed') as ModdleElement;
    expect(isCaught([thrower], thrower, end, 'CHECK_FAILED')).toBe(false);
    expect(isCaught([thrower, caller], thrower, end, 'CHECK_FAILED')).toBe(true);
    expect(isCaught([thrower, caller], thrower, end, 'OTHER_CODE')).toBe(false);
  });
});

describe('forms', () => {
  it.each(formFiles.map((file) => [path.relative(projectRoot, file), file]))('when %s is read, then its id equals its file name and it targets Camunda Platform 7.24', (_name, file) => {
    const form = JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string; executionPlatform?: string; executionPlatformVersion?: string };
    expect(form.id).toBe(path.basename(file, '.form'));
    expect(form).toMatchObject(targetPlatform);
    expect(fs.readFileSync(file, 'utf8')).not.toMatch(/zeebe/i);
  });

  it.each(formFiles.map((file) => [path.relative(projectRoot, file), file]))('when %s is shown, then every label, text and choice is Chinese with English beside', (_name, file) => {
    const texts: string[] = [];
    const collect = (components: FormComponent[]) => {
      for (const component of components) {
        for (const text of [component.label, component.text, component.description, ...(component.values ?? []).map((value) => value.label)]) {
          // a FEEL expression (starting with =) builds its text from fixed parts and data
          if (typeof text === 'string' && !text.startsWith('=')) texts.push(text);
        }
        collect(component.components ?? []);
      }
    };
    collect((JSON.parse(fs.readFileSync(file, 'utf8')) as { components: FormComponent[] }).components);
    expect(texts.filter((text) => !(/[\u4e00-\u9fff]/.test(text) && /[A-Za-z]{2,}/.test(text)))).toEqual([]);
  });
});

interface FormComponent {
  label?: string;
  text?: string;
  description?: string;
  values?: Array<{ label: string }>;
  components?: FormComponent[];
}

const dmnFiles = projectModelFiles(projectRoot).filter((file) => file.endsWith('.dmn'));

describe.each(dmnFiles.map((file) => [path.relative(projectRoot, file), file]))('decision model %s', (_name, file) => {
  let model: DecisionModel;
  beforeAll(async () => {
    model = await readDecisionModel(file);
  });

  it('when parsed as Camunda Modeler reads it, then it has no warnings and nothing of Zeebe', () => {
    expect(model.warnings).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).not.toMatch(/zeebe/i);
  });

  it('when its decisions are read, then there is a single one, its id equals the file name and the contract knows it', () => {
    expect(model.decisions.map((decision) => decision.id)).toEqual([path.basename(file, '.dmn')]);
    expect(Object.values(decisionIds)).toContain(model.decisions[0]?.id);
  });

  it('when its decision table is read, then its description states and explains the hit policy', () => {
    const [decision] = model.decisions;
    expect(decision?.hitPolicy).toMatch(/^(UNIQUE|FIRST|PRIORITY|ANY|COLLECT|RULE ORDER|OUTPUT ORDER)$/);
    expect(decision?.description).toMatch(new RegExp(`Hit policy ${decision?.hitPolicy}: \\S.{20,}`));
    expect(decision?.ruleIds.length).toBeGreaterThan(0);
  });

  it('when its diagram is read, then the decision has a shape, so the DRD shows in the Modeler', () => {
    expect(model.diagramElementIds).toContain(model.decisions[0]?.id);
  });

  it('when its rule ids are read, then none is a modeler-generated one', () => {
    const generated = model.decisions.flatMap((decision) => decision.ruleIds).filter((id) => /^DecisionRule_[0-9a-z]{7}$/.test(id));
    expect(generated).toEqual([]);
  });
});

describe.each(Object.values(decisionIds))('decisions contract: %s', (decisionId) => {
  it("when its .dmn file is read, then the table's inputs and outputs are exactly the contract's fields", async () => {
    expect(dmnFiles).toContain(decisionFile(decisionId));
    const [decision] = (await readDecisionModel(decisionFile(decisionId))).decisions;
    const contract: { input: z.ZodObject; output: z.ZodObject; singleOutput?: string } = policyDecisions[decisionId];
    expect([...(decision?.inputs ?? [])].sort()).toEqual(Object.keys(contract.input.shape).sort());
    expect([...(decision?.outputs ?? [])].sort()).toEqual(Object.keys(contract.output.shape).sort());
    // the engine returns a one-column table's result as the bare value, so the contract must say so
    expect(contract.singleOutput).toBe(decision?.outputs.length === 1 ? decision.outputs[0] : undefined);
  });
});
