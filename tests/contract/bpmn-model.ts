import fs from 'node:fs';
// bpmn-moddle and camunda-bpmn-moddle ship without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BpmnModdle } = require('bpmn-moddle') as { BpmnModdle: new (packages: Record<string, unknown>) => { fromXML(xml: string): Promise<{ rootElement: unknown; warnings: Array<{ message: string }> }> } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const camundaDescriptor = require('camunda-bpmn-moddle/resources/camunda.json') as Record<string, unknown>;

export interface ModdleElement {
  $type: string;
  $parent?: ModdleElement;
  $attrs?: Record<string, string>;
  id?: string;
  [key: string]: unknown;
}

/** One .bpmn file read as Camunda Modeler reads it for Camunda 7 (bpmn-moddle with the camunda extension). */
export interface BpmnModel {
  file: string;
  xml: string;
  definitions: { executionPlatform?: string; executionPlatformVersion?: string };
  elements: ModdleElement[];
  processIds: string[];
  warnings: string[];
}

/** References to other elements: walking them would visit an element twice or leave the file's tree. */
const references = new Set(['sourceRef', 'targetRef', 'attachedToRef', 'processRef', 'bpmnElement', 'errorRef', 'messageRef', 'default', 'incoming', 'outgoing', 'flowNodeRef', 'signalRef', 'escalationRef', 'dataObjectRef']);

function walk(element: unknown, visit: (element: ModdleElement) => void, seen = new Set<unknown>()): void {
  if (!element || typeof element !== 'object' || seen.has(element)) return;
  seen.add(element);
  const node = element as ModdleElement;
  if (typeof node.$type === 'string') visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('$') || references.has(key)) continue;
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit, seen));
    else if (value && typeof value === 'object') walk(value, visit, seen);
  }
}

export async function readBpmnModel(file: string): Promise<BpmnModel> {
  const xml = fs.readFileSync(file, 'utf8');
  const { rootElement, warnings } = await new BpmnModdle({ camunda: camundaDescriptor }).fromXML(xml);
  const elements: ModdleElement[] = [];
  walk(rootElement, (element) => elements.push(element));
  const attrs = (rootElement as ModdleElement).$attrs ?? {};
  return {
    file,
    xml,
    definitions: { executionPlatform: attrs['modeler:executionPlatform'], executionPlatformVersion: attrs['modeler:executionPlatformVersion'] },
    elements,
    processIds: elements.filter((element) => element.$type === 'bpmn:Process').map((element) => element.id as string),
    warnings: warnings.map((warning) => warning.message),
  };
}

/**
 * What is left of Zeebe's dialect: its namespace declared, an element of it (read by the moddle as an
 * unknown `zeebe:` type), or an attribute of it on any element.
 */
export function findZeebeTraces(model: BpmnModel): string[] {
  const traces: string[] = [];
  if (/xmlns:\w+="http:\/\/camunda\.org\/schema\/zeebe\//.test(model.xml)) traces.push('the Zeebe namespace is declared');
  for (const element of model.elements) {
    if (/^zeebe:/i.test(element.$type)) traces.push(`element ${element.$type} in ${element.$parent?.$parent?.id ?? element.$parent?.id ?? '(file)'}`);
    for (const name of Object.keys(element.$attrs ?? {})) if (/^zeebe:/i.test(name)) traces.push(`attribute ${name} on ${element.id ?? element.$type}`);
  }
  if (traces.length === 0 && /<zeebe:|\szeebe:\w+=/.test(model.xml)) traces.push('zeebe: text in the XML');
  return traces;
}
