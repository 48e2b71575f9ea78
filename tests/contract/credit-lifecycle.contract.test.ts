import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../src/engine/local/engine-profile';
import * as contract from '../../src/contracts/credit-lifecycle.contract';
import { dunningStartVariablesSchema } from '../../src/contracts/dunning.contract';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BpmnModdle } = require('bpmn-moddle');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const zeebeDescriptor = require('zeebe-bpmn-moddle/resources/zeebe.json');

const lifecycle = contract.creditLifecycleProcess;
const bpmnFile = path.join(projectRoot, 'processes', `${lifecycle.processId}.bpmn`);

interface Element {
  $type: string;
  id?: string;
  name?: string;
  [key: string]: unknown;
}

/** Every element of the model (process, nested scopes, extension elements, DI), visited once. */
function collect(root: unknown): Element[] {
  const found: Element[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const element = node as Element;
    if (typeof element.$type === 'string') found.push(element);
    for (const [key, value] of Object.entries(element)) {
      if (key.startsWith('$') || ['sourceRef', 'targetRef', 'attachedToRef', 'processRef', 'bpmnElement', 'messageRef', 'errorRef', 'categoryValueRef', 'flowNodeRef', 'default'].includes(key)) continue;
      if (Array.isArray(value)) value.forEach(visit);
      else visit(value);
    }
  };
  visit(root);
  return found;
}

const extension = (element: Element, type: string) => ((element.extensionElements as { values?: Element[] } | undefined)?.values ?? []).find((value) => value.$type === type);
const ioTargets = (element: Element, kind: 'inputParameters' | 'outputParameters') =>
  ((extension(element, 'zeebe:IoMapping')?.[kind] as Array<{ target: string; source: string }> | undefined) ?? []).map((parameter) => parameter.target);

/** The keys a form submits: its editable fields, nested keys (a.b) folded into their top-level key. */
function submittedKeys(formId: string): Record<string, string[]> {
  const form = JSON.parse(fs.readFileSync(path.join(projectRoot, 'forms', `${formId}.form`), 'utf8')) as { components: Array<{ key?: string; readonly?: boolean }> };
  const keys: Record<string, string[]> = {};
  for (const component of form.components) {
    if (!component.key || component.readonly) continue;
    const [top, nested] = component.key.split('.') as [string, string | undefined];
    keys[top] = [...(keys[top] ?? []), ...(nested ? [nested] : [])];
  }
  return keys;
}

/** The object schema behind a contract schema (zod 4 keeps refinements on the object itself). */
const shapeOf = (schema: z.ZodType): z.ZodObject => {
  if (!(schema instanceof z.ZodObject)) throw new Error('expected an object schema');
  return schema;
};

describe(`model ${lifecycle.processId} against its contract`, () => {
  let elements: Element[];
  const byType = (type: string) => elements.filter((element) => element.$type === type);
  const byId = (id: string) => elements.find((element) => element.id === id);

  beforeAll(async () => {
    const { rootElement } = await new BpmnModdle({ zeebe: zeebeDescriptor }).fromXML(fs.readFileSync(bpmnFile, 'utf8'));
    elements = collect(rootElement);
  });

  it('when the contract names an element, then the model has it', () => {
    const missing = Object.values(lifecycle.elements).filter((id) => !byId(id));
    expect(missing).toEqual([]);
  });

  it('when the model uses job types, messages, errors, decisions and called processes, then they are exactly the contract ones', () => {
    const jobTypes = new Set(byType('zeebe:TaskDefinition').map((definition) => definition.type as string));
    expect([...jobTypes].sort()).toEqual(Object.values(lifecycle.jobTypes).sort());
    expect(byType('bpmn:Message').map((message) => message.name).sort()).toEqual(Object.values(lifecycle.messages).sort());
    for (const message of byType('bpmn:Message')) {
      const key = extension(message, 'zeebe:Subscription')?.correlationKey;
      expect([message.name, key]).toEqual([message.name, message.name === lifecycle.messages.paymentReceived ? '=receivableId' : '=applicationId']);
    }
    expect(byType('bpmn:Error').map((error) => error.errorCode).sort()).toEqual(Object.values(lifecycle.errors).sort());
    const called = byType('zeebe:CalledDecision');
    expect(called.map((decision) => decision.decisionId).sort()).toEqual(Object.values(lifecycle.decisions).sort());
    const calledProcesses = byType('zeebe:CalledElement');
    expect(calledProcesses.map((element) => element.processId).sort()).toEqual(Object.values(lifecycle.calledProcesses).sort());
    for (const binding of [...called, ...calledProcesses]) expect(binding.bindingType).toBe('deployment');
  });

  it('when an error code is thrown by a job, then a boundary event of that job catches it', () => {
    const boundaries = byType('bpmn:BoundaryEvent');
    const caught = boundaries.flatMap((boundary) => ((boundary.eventDefinitions as Element[] | undefined) ?? []).map((definition) => (definition.errorRef as Element | undefined)?.errorCode)).filter(Boolean);
    expect(caught.sort()).toEqual(Object.values(lifecycle.errors).sort());
  });

  it('when a call activity passes variables, then it passes exactly the called process interface and takes back its outputs', () => {
    const interfaces: Record<string, [z.ZodObject, z.ZodObject]> = {
      [lifecycle.elements.greenChannel]: [contract.creditDecisionInputSchema, contract.creditDecisionOutputSchema],
      [lifecycle.elements.tieredReview]: [contract.creditDecisionInputSchema, contract.creditDecisionOutputSchema],
      [lifecycle.elements.dunning]: [contract.dunningInputSchema, contract.dunningOutputSchema],
      [lifecycle.elements.legalEscalation]: [contract.legalEscalationInputSchema, contract.legalEscalationOutputSchema],
    };
    for (const [id, [input, output]] of Object.entries(interfaces)) {
      const callActivity = byId(id) as Element;
      const calledElement = extension(callActivity, 'zeebe:CalledElement') as Element;
      expect([id, calledElement.propagateAllParentVariables, calledElement.propagateAllChildVariables]).toEqual([id, false, false]);
      expect(ioTargets(callActivity, 'inputParameters').sort()).toEqual(Object.keys(input.shape).sort());
      const sources = ((extension(callActivity, 'zeebe:IoMapping')?.outputParameters as Array<{ source: string }>) ?? []).map((parameter) => parameter.source);
      for (const key of Object.keys(output.shape)) expect(sources).toContain(`=${key}`);
    }
  });

  it('when the lifecycle calls dunning, then what it passes is what dunning starts with: the same fields, the due date as an ISO date-time', () => {
    expect(Object.keys(contract.dunningInputSchema.shape).sort()).toEqual(Object.keys(dunningStartVariablesSchema.shape).sort());
    const passed = { receivableId: 'INV-2026-0001', customerId: 'CUST-1', openAmount: 250_000, currency: 'CNY', dueDate: '2026-12-23T00:00:00Z', dailyLateFeeRate: 0.0005 };
    expect(dunningStartVariablesSchema.parse(contract.dunningInputSchema.parse(passed))).toEqual(passed);
    // dunning evaluates `date and time(dueDate)`: a bare date would become a zone-less date-time that cannot be subtracted from now()
    for (const schema of [contract.dunningInputSchema, dunningStartVariablesSchema]) expect(schema.safeParse({ ...passed, dueDate: '2026-12-23' }).success).toBe(false);
    const dueDateInput = ((extension(byId(lifecycle.elements.dunning) as Element, 'zeebe:IoMapping')?.inputParameters as Array<{ source: string; target: string }>) ?? []).find((parameter) => parameter.target === 'dueDate');
    expect(dueDateInput?.source).toBe('=dueDate + "T00:00:00Z"');
  });

  it('when a user task is read, then its form is a contract form whose editable fields are exactly what the contract schema expects', () => {
    const formSchemas: Record<string, z.ZodType> = {
      [lifecycle.forms.confirmCollectedInformation]: contract.confirmCollectedInformationFormSchema,
      [lifecycle.forms.enterDocumentData]: contract.enterDocumentDataFormSchema,
      [lifecycle.forms.signCreditContract]: contract.signCreditContractFormSchema,
      [lifecycle.forms.resolveThreeWayMismatch]: contract.resolveThreeWayMismatchFormSchema,
      [lifecycle.forms.chaseReceiptConfirmation]: contract.chaseReceiptConfirmationFormSchema,
      [lifecycle.forms.followUpCollection]: contract.followUpCollectionFormSchema,
      [lifecycle.forms.arbitrateDispute]: contract.arbitrateDisputeFormSchema,
    };
    const linked = byType('bpmn:UserTask').map((task) => extension(task, 'zeebe:FormDefinition')?.formId as string);
    expect(linked.sort()).toEqual(Object.values(lifecycle.forms).sort());
    for (const [formId, schema] of Object.entries(formSchemas)) {
      const shape = shapeOf(schema).shape;
      const submitted = submittedKeys(formId);
      expect([formId, Object.keys(submitted).sort()]).toEqual([formId, Object.keys(shape).sort()]);
      for (const [key, nested] of Object.entries(submitted)) {
        if (nested.length > 0) expect([formId, key, nested.sort()]).toEqual([formId, key, Object.keys(shapeOf(shape[key] as z.ZodType).shape).sort()]);
      }
    }
    for (const task of byType('bpmn:UserTask')) {
      const groups = (extension(task, 'zeebe:AssignmentDefinition')?.candidateGroups as string | undefined) ?? '';
      for (const group of groups.split(',')) expect(['sales', 'credit-analyst', 'credit-manager', 'committee', 'finance', 'legal']).toContain(group.trim());
    }
  });

  it('when the diagram is read, then it has one lane per actor, the three phases, and a shape or edge for every element', () => {
    expect(byType('bpmn:Lane').map((lane) => lane.name)).toEqual(['Sales', 'Credit', 'Committee', 'Finance', 'Legal', 'Customer']);
    expect(byType('bpmn:CategoryValue').map((value) => value.value)).toEqual([
      expect.stringMatching(/^Before the sale/), expect.stringMatching(/^During the sale/), expect.stringMatching(/^After the sale/),
    ]);
    const drawn = new Set(byType('bpmndi:BPMNShape').concat(byType('bpmndi:BPMNEdge')).map((di) => (di.bpmnElement as Element).id));
    const modelled = elements.filter((element) => /^bpmn:(.*Event|.*Task|.*Gateway|SubProcess|CallActivity|SequenceFlow|Lane|Group|Participant)$/.test(element.$type));
    expect(modelled.filter((element) => !drawn.has(element.id)).map((element) => element.id)).toEqual([]);
    expect(modelled.filter((element) => !element.name && element.$type !== 'bpmn:SequenceFlow' && element.$type !== 'bpmn:Group').map((element) => element.id)).toEqual([]);
  });
});
