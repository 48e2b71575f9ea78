import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { disputeRaisedMessageSchema } from '../../src/contracts/dispute.contract';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BpmnModdle } = require('bpmn-moddle');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const camundaDescriptor = require('camunda-bpmn-moddle/resources/camunda.json');

interface Element {
  $type: string;
  id?: string;
  [key: string]: unknown;
}

const children = (element: Element): Element[] => (element.flowElements as Element[] | undefined) ?? [];
const extensionValues = (element: Element) => (element.extensionElements as { values?: Element[] } | undefined)?.values ?? [];

/** The message variable a mapping copies: JUEL ${name}, FEEL `name` or execution.getVariable('name'); computed values (flags, times) are not message fields. */
function copiedName(expression: string, feel: boolean): string[] {
  const plain = feel ? /^\s*([a-z]\w*)\s*$/.exec(expression) : /^\s*\$\{\s*(\w+)\s*\}\s*$/.exec(expression);
  if (plain && !['true', 'false', 'null'].includes(plain[1] as string)) return [plain[1] as string];
  return [...expression.matchAll(/getVariable\('(\w+)'\)/g)].map((match) => match[1] as string);
}

/** What a model reads from the dispute-raised message where it catches it: the catch event's mappings and listeners, and in an event sub-process the read-only fields its forms show. */
async function namesReadFromDispute(file: string): Promise<string[][]> {
  const { rootElement } = await new BpmnModdle({ camunda: camundaDescriptor }).fromXML(fs.readFileSync(path.join(projectRoot, 'processes', file), 'utf8'));
  const found: string[][] = [];
  const visit = (scope: Element, eventSubProcess: Element | undefined) => {
    for (const element of children(scope)) {
      const catchesDispute = ((element.eventDefinitions as Element[] | undefined) ?? []).some((definition) => (definition.messageRef as Element | undefined)?.name === 'dispute-raised');
      if (catchesDispute) {
        const names: string[] = [];
        for (const extension of extensionValues(element)) {
          if (extension.$type === 'camunda:ExecutionListener') names.push(...copiedName(String(extension.expression ?? ''), false));
          for (const parameter of (extension.outputParameters as Array<{ value?: string; definition?: { scriptFormat?: string; value?: string } }> | undefined) ?? []) {
            names.push(...copiedName(parameter.definition?.value ?? parameter.value ?? '', parameter.definition?.scriptFormat === 'feel'));
          }
        }
        if (eventSubProcess && element.$type === 'bpmn:StartEvent') {
          for (const task of children(eventSubProcess).filter((candidate) => candidate.$type === 'bpmn:UserTask')) {
            const form = JSON.parse(fs.readFileSync(path.join(projectRoot, 'forms', `${String(task.formRef)}.form`), 'utf8')) as { components: Array<{ key?: string; readonly?: boolean }> };
            names.push(...form.components.filter((component) => component.readonly && component.key?.startsWith('disput')).map((component) => component.key as string));
          }
        }
        found.push([...new Set(names)]);
      }
      if (children(element).length > 0) visit(element, element.triggeredByEvent ? element : eventSubProcess);
    }
  };
  for (const process of ((rootElement as Element).rootElements as Element[]).filter((element) => element.$type === 'bpmn:Process')) visit(process, undefined);
  return found;
}

describe('one dispute-raised message shape for the lifecycle and the dunning', () => {
  it.each([['credit-lifecycle.bpmn'], ['dunning.bpmn']])('when %s catches dispute-raised, then it reads only fields of the shared schema, category and reason included', async (file) => {
    const [read, ...more] = await namesReadFromDispute(file);
    expect(more).toEqual([]);
    expect(read).toEqual(expect.arrayContaining(['disputedAmount', 'disputeCategory', 'disputeReason']));
    const known = Object.keys(disputeRaisedMessageSchema.shape);
    expect((read ?? []).filter((name) => !known.includes(name))).toEqual([]);
  });
});
