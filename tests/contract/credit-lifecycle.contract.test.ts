import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { lintBpmnFile } from '../../src/engine/model-lint';
import { businessEvents } from '../../src/contracts/business-events.contract';
import * as contract from '../../src/contracts/credit-lifecycle.contract';
import { dunningStartVariablesSchema } from '../../src/contracts/dunning.contract';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BpmnModdle } = require('bpmn-moddle');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const camundaDescriptor = require('camunda-bpmn-moddle/resources/camunda.json');

const lifecycle = contract.creditLifecycleProcess;
const bpmnFile = path.join(projectRoot, 'processes', `${lifecycle.processId}.bpmn`);

interface Element {
  $type: string;
  id?: string;
  name?: string;
  [key: string]: unknown;
}
interface Parameter {
  name: string;
  value?: string;
  definition?: { $type: string; scriptFormat?: string; value?: string };
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

const extensions = (element: Element, type: string) => ((element.extensionElements as { values?: Element[] } | undefined)?.values ?? []).filter((value) => value.$type === type);
const inputOutput = (element: Element) => extensions(element, 'camunda:InputOutput')[0] as { inputParameters?: Parameter[]; outputParameters?: Parameter[] } | undefined;
const inputs = (element: Element) => inputOutput(element)?.inputParameters ?? [];
const outputs = (element: Element) => inputOutput(element)?.outputParameters ?? [];
/** A parameter's expression as written: the FEEL script, or the JUEL/constant text. */
const expressionOf = (parameter: Parameter | undefined) => parameter?.definition?.value ?? parameter?.value;

/** The keys a form submits: its editable fields. */
function submittedKeys(formId: string): string[] {
  const form = JSON.parse(fs.readFileSync(path.join(projectRoot, 'forms', `${formId}.form`), 'utf8')) as { components: Array<{ key?: string; readonly?: boolean }> };
  return form.components.filter((component) => component.key && !component.readonly).map((component) => component.key as string);
}

/** The object schema behind a contract schema (zod 4 keeps refinements on the object itself). */
const shapeOf = (schema: z.ZodType): z.ZodObject => {
  if (!(schema instanceof z.ZodObject)) throw new Error('expected an object schema');
  return schema;
};

/** Chinese with English beside (GLOSSARY): some CJK characters, then some Latin ones. */
const bilingual = /[\u4e00-\u9fff].*\s[A-Za-z0-9]/u;

describe(`model ${lifecycle.processId} against its contract`, () => {
  let xml: string;
  let elements: Element[];
  const byType = (type: string) => elements.filter((element) => element.$type === type);
  const byId = (id: string) => elements.find((element) => element.id === id) as Element;

  beforeAll(async () => {
    xml = fs.readFileSync(bpmnFile, 'utf8');
    const { rootElement } = await new BpmnModdle({ camunda: camundaDescriptor }).fromXML(xml);
    elements = collect(rootElement);
  });

  it('when linted for Camunda Platform 7.24 (Operaton), then it has no errors and nothing of the Zeebe dialect', async () => {
    expect((await lintBpmnFile(bpmnFile, projectRoot)).filter((finding) => finding.category === 'error')).toEqual([]);
    expect(xml).not.toMatch(/zeebe/i);
    expect(xml).toContain('modeler:executionPlatform="Camunda Platform"');
    expect(byType('bpmn:Process').map((process) => process.historyTimeToLive)).toEqual(['P3650D']);
  });

  it('when the contract names an element, then the model has it', () => {
    const missing = Object.values(lifecycle.elements).filter((id) => !byId(id));
    expect(missing).toEqual([]);
  });

  it('when the model uses topics, messages, errors, decisions and called processes, then they are exactly the contract ones, bound by deployment', () => {
    const tasks = elements.filter((element) => element.$type === 'bpmn:ServiceTask');
    expect(tasks.map((task) => [task.id, task.type])).toEqual(tasks.map((task) => [task.id, 'external']));
    expect([...new Set(tasks.map((task) => task.topic as string))].sort()).toEqual(Object.values(lifecycle.jobTypes).sort());
    expect(byType('bpmn:Message').map((message) => message.name).sort()).toEqual(Object.values(lifecycle.messages).sort());
    // correlation is by process variable in the message outbox: the model declares no correlation
    for (const message of byType('bpmn:Message')) expect([message.name, message.extensionElements]).toEqual([message.name, undefined]);
    for (const event of Object.values(businessEvents).filter((candidate) => Object.values(lifecycle.messages).includes(candidate.messageName as never))) {
      expect([event.messageName, event.correlateBy]).toEqual([event.messageName, event.messageName === lifecycle.messages.paymentReceived ? 'receivableId' : 'applicationId']);
    }
    expect(byType('bpmn:Error').map((error) => error.errorCode).sort()).toEqual(Object.values(lifecycle.errors).sort());
    const ruleTasks = byType('bpmn:BusinessRuleTask');
    expect(ruleTasks.map((task) => task.decisionRef).sort()).toEqual(Object.values(lifecycle.decisions).sort());
    const calls = byType('bpmn:CallActivity');
    expect(calls.map((call) => call.calledElement).sort()).toEqual(Object.values(lifecycle.calledProcesses).sort());
    for (const binding of [...ruleTasks.map((task) => task.decisionRefBinding), ...calls.map((call) => call.calledElementBinding)]) expect(binding).toBe('deployment');
  });

  it('when a decision is evaluated, then its raw result stays local to its task and only the mapped outputs reach the case', () => {
    for (const task of byType('bpmn:BusinessRuleTask')) {
      expect([task.id, task.mapDecisionResult, inputs(task).find((parameter) => parameter.name === task.resultVariable)]).toEqual([task.id, 'singleResult', expect.objectContaining({ name: task.resultVariable })]);
      expect(outputs(task).length).toBeGreaterThan(0);
    }
  });

  it('when an error code is thrown by a job, then a boundary event of that job catches it', () => {
    const boundaries = byType('bpmn:BoundaryEvent');
    const caught = boundaries.flatMap((boundary) => ((boundary.eventDefinitions as Element[] | undefined) ?? []).map((definition) => (definition.errorRef as Element | undefined)?.errorCode)).filter(Boolean);
    expect(caught.sort()).toEqual(Object.values(lifecycle.errors).sort());
  });

  it('when a call activity passes variables, then it passes the case business key and exactly the called process interface, and takes back its outputs', () => {
    const interfaces: Record<string, [z.ZodObject, z.ZodObject]> = {
      [lifecycle.elements.greenChannel]: [contract.creditDecisionInputSchema, contract.creditDecisionOutputSchema],
      [lifecycle.elements.tieredReview]: [contract.creditDecisionInputSchema, contract.creditDecisionOutputSchema],
      [lifecycle.elements.dunning]: [contract.dunningInputSchema, contract.dunningOutputSchema],
      [lifecycle.elements.legalEscalation]: [contract.legalEscalationInputSchema, contract.legalEscalationOutputSchema],
    };
    for (const [id, [input, output]] of Object.entries(interfaces)) {
      const call = byId(id);
      const ins = extensions(call, 'camunda:In');
      const outs = extensions(call, 'camunda:Out');
      expect([id, ins.filter((binding) => binding.businessKey).map((binding) => binding.businessKey)]).toEqual([id, ['#{execution.processBusinessKey}']]);
      expect([...ins, ...outs].filter((binding) => binding.variables)).toEqual([]);
      expect([id, ins.flatMap((binding) => (binding.target ? [binding.target as string] : [])).sort()]).toEqual([id, Object.keys(input.shape).sort()]);
      expect([id, outs.map((binding) => binding.source).sort()]).toEqual([id, Object.keys(output.shape).sort()]);
    }
  });

  it('when dunning or legal escalation ends, then the payment outcome is computed from what they hand back (camunda:out cannot compute)', () => {
    const outcome = (id: string) => expressionOf(outputs(byId(id)).find((parameter) => parameter.name === 'paymentOutcome'));
    expect(outcome(lifecycle.elements.dunning)).toBe('PAID_AFTER_DUNNING');
    expect(outcome(lifecycle.elements.legalEscalation)).toBe('"LEGAL_" + legalOutcome');
    expect(outcome(lifecycle.elements.receivableDuringTerm)).toBe('PAID_ON_TIME');
    expect(contract.paymentOutcomes).toEqual(['PAID_ON_TIME', 'PAID_AFTER_DUNNING', ...contract.legalEscalationOutputSchema.shape.legalOutcome.options.map((legal) => `LEGAL_${legal}`)]);
  });

  it('when the lifecycle calls dunning, then what it passes is what dunning starts with: the same fields, the due date as an ISO date-time', () => {
    expect(Object.keys(contract.dunningInputSchema.shape).sort()).toEqual(Object.keys(dunningStartVariablesSchema.shape).sort());
    const passed = { receivableId: 'INV-2026-0001', customerId: 'CUST-1', openAmount: 250_000, currency: 'CNY', dueDate: '2026-12-23T00:00:00Z', dailyLateFeeRate: 0.0005 };
    expect(dunningStartVariablesSchema.parse(contract.dunningInputSchema.parse(passed))).toEqual(passed);
    // dunning evaluates `date and time(dueDate)`: a bare date would become a zone-less date-time that cannot be subtracted from now()
    for (const schema of [contract.dunningInputSchema, dunningStartVariablesSchema]) expect(schema.safeParse({ ...passed, dueDate: '2026-12-23' }).success).toBe(false);
    const dunning = byId(lifecycle.elements.dunning);
    // computed as a local input parameter, then passed in under the same name
    expect(expressionOf(inputs(dunning).find((parameter) => parameter.name === 'dueDate'))).toBe('dueDate + "T00:00:00Z"');
    expect(extensions(dunning, 'camunda:In').find((binding) => binding.target === 'dueDate')?.source).toBe('dueDate');
  });

  it('when the model needs the date, then it reads the engine clock, never FEEL now() or today() (the system clock)', () => {
    const feel = [
      ...elements.filter((element) => element.$type === 'camunda:Script' && element.scriptFormat === 'feel').map((script) => script.value as string),
      ...elements.filter((element) => element.$type === 'bpmn:FormalExpression' && element.language === 'feel').map((condition) => condition.body as string),
    ];
    expect(feel.length).toBeGreaterThan(20);
    expect(feel.filter((expression) => /\b(now|today)\(/.test(expression))).toEqual([]);
  });

  it('when a user task is read, then its form is a contract form whose editable fields are exactly what the contract schema expects, each local to the task', () => {
    const formSchemas: Record<string, z.ZodType> = {
      [lifecycle.forms.confirmCollectedInformation]: contract.confirmCollectedInformationFormSchema,
      [lifecycle.forms.enterDocumentData]: contract.enterDocumentDataFormSchema,
      [lifecycle.forms.signCreditContract]: contract.signCreditContractFormSchema,
      [lifecycle.forms.resolveThreeWayMismatch]: contract.resolveThreeWayMismatchFormSchema,
      [lifecycle.forms.chaseReceiptConfirmation]: contract.chaseReceiptConfirmationFormSchema,
      [lifecycle.forms.followUpCollection]: contract.followUpCollectionFormSchema,
      [lifecycle.forms.arbitrateDispute]: contract.arbitrateDisputeFormSchema,
    };
    const userTasks = byType('bpmn:UserTask');
    expect(userTasks.map((task) => task.formRef as string).sort()).toEqual(Object.values(lifecycle.forms).sort());
    for (const task of userTasks) {
      const formId = task.formRef as string;
      const submitted = submittedKeys(formId);
      // flat keys only: Operaton's Tasklist submits each field as a variable of its own
      expect([formId, submitted.filter((key) => key.includes('.'))]).toEqual([formId, []]);
      expect([formId, [...submitted].sort()]).toEqual([formId, Object.keys(shapeOf(formSchemas[formId] as z.ZodType).shape).sort()]);
      // a completion from Tasklist sets the fields in the task's scope, not in the case
      const local = inputs(task).map((parameter) => parameter.name);
      expect([formId, submitted.filter((key) => !local.includes(key))]).toEqual([formId, []]);
      expect([task.id, task.formRefBinding]).toEqual([task.id, 'deployment']);
      const groups = ((task.candidateGroups as string | undefined) ?? '').split(',').map((group) => group.trim());
      for (const group of groups) expect(['sales', 'credit-analyst', 'credit-manager', 'committee', 'finance', 'legal']).toContain(group);
      expect([task.id, task.name]).toEqual([task.id, expect.stringMatching(bilingual)]);
    }
    // the one SLA among them: the chair's ruling within 1 working day
    expect(userTasks.filter((task) => task.dueDate).map((task) => [task.id, task.dueDate])).toEqual([[lifecycle.elements.arbitrateDispute, '${arbitrationDueAt}']]);
  });

  it('when a transaction boundary is set, then the model says why', () => {
    const asynchronous = elements.filter((element) => element.asyncBefore || element.asyncAfter);
    expect(asynchronous.length).toBeGreaterThan(5);
    for (const element of asynchronous) {
      const documentation = ((element.documentation as Array<{ text: string }> | undefined) ?? []).map((doc) => doc.text).join(' ');
      expect([element.id, documentation]).toEqual([element.id, expect.stringMatching(/async(Before|After)/)]);
    }
    // what a person, a message or a called process did is saved before the work that follows runs
    const e = lifecycle.elements;
    const savedFirst: string[] = [e.confirmCollectedInformation, e.enterDocumentData, e.signContract, e.resolveThreeWayMismatch, e.salesIntentReached, e.prepaymentReceived, e.goodsShipped, e.awaitReceiptConfirmation, e.paymentReceived, e.greenChannel, e.tieredReview, e.dunning, e.legalEscalation];
    for (const id of savedFirst) expect([id, byId(id).asyncAfter]).toEqual([id, true]);
    // the other user tasks and catch events lead straight to an end event: nothing after them to fail
    const waits = [...byType('bpmn:UserTask'), ...byType('bpmn:ReceiveTask'), ...byType('bpmn:IntermediateCatchEvent')].filter((element) => !savedFirst.includes(element.id as string));
    for (const element of waits) {
      const targets = ((element.outgoing as Element[] | undefined) ?? []).map((flow) => (flow.targetRef as Element).$type);
      expect([element.id, targets]).toEqual([element.id, ['bpmn:EndEvent']]);
    }
    // the decision chain after scoring runs in its own job
    expect(byId(e.decideGradeAndTerms).asyncBefore).toBe(true);
  });

  it('when the diagram is read, then it has one lane per actor, the three phases, bilingual names, and a shape or edge for every element', () => {
    expect(byType('bpmn:Lane').map((lane) => lane.name)).toEqual(['销售 Sales', '信用管理部 Credit', '信用管理委员会 Committee', '财务 Finance', '法务 Legal', '客户 Customer']);
    expect(byType('bpmn:CategoryValue').map((value) => value.value)).toEqual([
      expect.stringMatching(/^售前 Before the sale/), expect.stringMatching(/^售中 During the sale/), expect.stringMatching(/^售后 After the sale/),
    ]);
    const drawn = new Set(byType('bpmndi:BPMNShape').concat(byType('bpmndi:BPMNEdge')).map((di) => (di.bpmnElement as Element).id));
    const modelled = elements.filter((element) => /^bpmn:(.*Event|.*Task|.*Gateway|SubProcess|CallActivity|SequenceFlow|Lane|Group|Participant)$/.test(element.$type));
    expect(modelled.filter((element) => !drawn.has(element.id)).map((element) => element.id)).toEqual([]);
    const named = modelled.filter((element) => element.$type !== 'bpmn:SequenceFlow' && element.$type !== 'bpmn:Group');
    expect(named.filter((element) => !bilingual.test(element.name ?? '')).map((element) => element.id)).toEqual([]);
  });
});
