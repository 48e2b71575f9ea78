import fs from 'node:fs';
import path from 'node:path';
import { jobTypesAwaitingWorkers, jobWorkers } from '../../workers';
import { projectModelFiles } from '../../src/camunda/deployment';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { lintBpmnFile } from '../../src/camunda/model-lint';
import { decisionIds, policyDecisions } from '../../src/contracts/decisions.contract';
import type { z } from 'zod';
import engineSettings from '../../engine/engine.json';
import { decisionFile, readDecisionModel, type DecisionModel } from '../support/dmn-model';
import { creditApplicationProcess } from '../../src/contracts/credit-application.contract';
import { creditLifecycleProcess } from '../../src/contracts/credit-lifecycle.contract';
import { greenChannelProcess } from '../../src/contracts/green-channel.contract';
import { tieredReviewProcess } from '../../src/contracts/tiered-review.contract';
import { dunningProcess } from '../../src/contracts/dunning.contract';
import { legalEscalationProcess } from '../../src/contracts/legal-escalation.contract';
import { portfolioMonitoringProcess } from '../../src/contracts/portfolio-monitoring.contract';

/** Each process's contract, by process id. */
const contracts: Record<string, { messages?: Record<string, string>; errorCodes?: Record<string, string> }> = {
  [creditApplicationProcess.processId]: { ...creditApplicationProcess, messages: {}, errorCodes: {} },
  [dunningProcess.processId]: dunningProcess,
  [legalEscalationProcess.processId]: legalEscalationProcess,
  [portfolioMonitoringProcess.processId]: portfolioMonitoringProcess,
  [creditLifecycleProcess.processId]: { messages: creditLifecycleProcess.messages, errorCodes: creditLifecycleProcess.errors },
  [greenChannelProcess.processId]: { ...greenChannelProcess, messages: {}, errorCodes: {} },
  [tieredReviewProcess.processId]: { ...tieredReviewProcess, messages: {}, errorCodes: {} },
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BpmnModdle } = require('bpmn-moddle');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const zeebeDescriptor = require('zeebe-bpmn-moddle/resources/zeebe.json');

interface ModdleElement {
  $type: string;
  id?: string;
  values?: ModdleElement[];
  type?: string;
  formId?: string;
  [key: string]: unknown;
}

function walk(element: unknown, visit: (element: ModdleElement) => void, seen = new Set<unknown>()): void {
  if (!element || typeof element !== 'object' || seen.has(element)) return;
  seen.add(element);
  const node = element as ModdleElement;
  if (typeof node.$type === 'string') visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('$') || key === 'sourceRef' || key === 'targetRef' || key === 'attachedToRef' || key === 'processRef' || key === 'bpmnElement' || key === 'errorRef' || key === 'messageRef') continue;
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit, seen));
    else if (value && typeof value === 'object') walk(value, visit, seen);
  }
}

const bpmnFiles = projectModelFiles(projectRoot).filter((file) => file.endsWith('.bpmn'));
const formIds = projectModelFiles(projectRoot)
  .filter((file) => file.endsWith('.form'))
  .map((file) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string }).id);

describe.each(bpmnFiles.map((file) => [path.relative(projectRoot, file), file]))('model %s', (_name, file) => {
  let elements: ModdleElement[];
  let processIds: string[];
  beforeAll(async () => {
    const { rootElement } = await new BpmnModdle({ zeebe: zeebeDescriptor }).fromXML(fs.readFileSync(file, 'utf8'));
    elements = [];
    walk(rootElement, (element) => elements.push(element));
    processIds = elements.filter((element) => element.$type === 'bpmn:Process').map((element) => element.id as string);
  });

  it('when linted for the engine version, then it has no errors', async () => {
    const errors = (await lintBpmnFile(file, projectRoot)).filter((finding) => finding.category === 'error');
    expect(errors).toEqual([]);
  });

  it('when its executable process id is read, then it equals the file name', () => {
    expect(processIds).toEqual([path.basename(file, '.bpmn')]);
  });

  it('when its job types are read, then each has a worker or is declared as awaiting one', () => {
    const jobTypes = elements.filter((element) => element.$type === 'zeebe:TaskDefinition').map((element) => element.type as string);
    for (const jobType of jobTypes) expect([...Object.keys(jobWorkers), ...jobTypesAwaitingWorkers]).toContain(jobType);
  });

  it('when its user tasks are read, then each is a Camunda user task with a linked form of this project', () => {
    const userTasks = elements.filter((element) => element.$type === 'bpmn:UserTask');
    for (const task of userTasks) {
      const extensions = ((task.extensionElements as ModdleElement | undefined)?.values ?? []).map((value) => value.$type);
      expect(extensions).toContain('zeebe:UserTask');
      const form = (task.extensionElements as ModdleElement).values?.find((value) => value.$type === 'zeebe:FormDefinition');
      expect(formIds).toContain(form?.formId);
    }
  });

  it('when its message names are read, then each is declared in the process contract', () => {
    const contract = contracts[path.basename(file, '.bpmn')];
    expect(contract).toBeDefined();
    const messageNames = elements.filter((element) => element.$type === 'bpmn:Message').map((element) => element.name as string);
    for (const name of messageNames) expect(Object.values(contract?.messages ?? {})).toContain(name);
  });

  it('when its thrown error codes are read, then each is declared in the process contract', () => {
    const contract = contracts[path.basename(file, '.bpmn')];
    const errors = elements.filter((element) => element.$type === 'bpmn:Error');
    const thrownErrorRefs = elements
      .filter((element) => element.$type === 'bpmn:EndEvent')
      .flatMap((element) => ((element.eventDefinitions as ModdleElement[] | undefined) ?? []).filter((definition) => definition.$type === 'bpmn:ErrorEventDefinition'))
      .map((definition) => (definition.errorRef as ModdleElement | undefined)?.errorCode as string);
    expect(thrownErrorRefs.every((code) => typeof code === 'string')).toBe(true);
    for (const code of thrownErrorRefs) expect(Object.values(contract?.errorCodes ?? {})).toContain(code);
    for (const error of errors) expect(error.errorCode).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('when its ids are read, then none is a modeler-generated one', () => {
    const generated = elements.map((element) => element.id).filter((id) => id && /^(Activity|Event|Gateway|Flow|StartEvent|EndEvent)_[0-9a-z]{7}$/.test(id));
    expect(generated).toEqual([]);
  });
});

describe('forms', () => {
  it('when the form files are read, then each id equals its file name', () => {
    for (const file of projectModelFiles(projectRoot).filter((candidate) => candidate.endsWith('.form'))) {
      expect((JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string }).id).toBe(path.basename(file, '.form'));
    }
  });
});

const dmnFiles = projectModelFiles(projectRoot).filter((file) => file.endsWith('.dmn'));

describe.each(dmnFiles.map((file) => [path.relative(projectRoot, file), file]))('decision model %s', (_name, file) => {
  let model: DecisionModel;
  beforeAll(async () => {
    model = await readDecisionModel(file);
  });

  it('when parsed as Camunda Modeler reads it, then it has no warnings and targets our engine version', () => {
    expect(model.warnings).toEqual([]);
    expect(model).toMatchObject({ executionPlatform: 'Camunda Cloud', executionPlatformVersion: engineSettings.distribution.version });
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
  it('when its .dmn file is read, then the table\'s inputs and outputs are exactly the contract\'s fields', async () => {
    expect(dmnFiles).toContain(decisionFile(decisionId));
    const [decision] = (await readDecisionModel(decisionFile(decisionId))).decisions;
    const contract: { input: z.ZodObject; output: z.ZodObject; singleOutput?: string } = policyDecisions[decisionId];
    expect([...(decision?.inputs ?? [])].sort()).toEqual(Object.keys(contract.input.shape).sort());
    expect([...(decision?.outputs ?? [])].sort()).toEqual(Object.keys(contract.output.shape).sort());
    // the engine returns a one-column table's result as the bare value, so the contract must say so
    expect(contract.singleOutput).toBe(decision?.outputs.length === 1 ? decision.outputs[0] : undefined);
  });
});
