import { parseXml, type XmlNode } from '../documents/xml-tree';

/** What a replay needs of a deployed diagram: its sequence flows, and which message each catching element waits for. */
export interface DiagramFlows {
  flows: Array<{ id: string; sourceId: string; targetId: string }>;
  messageNameOf: Record<string, string>;
}

const messageCatchers = new Set(['intermediateCatchEvent', 'boundaryEvent', 'startEvent', 'receiveTask']);

/**
 * Reads the sequence flows (of processes and sub-processes at any depth) and the message catch
 * events of BPMN XML. Operaton's history records the activity instances, not the flows between them:
 * the replay derives the flows taken from the diagram.
 */
export function diagramFlows(xml: string): DiagramFlows {
  const flows: DiagramFlows['flows'] = [];
  const messageRefOf: Record<string, string> = {};
  const messageNames: Record<string, string> = {};
  const visit = (node: unknown, name: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child) => visit(child, name));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const element = node as XmlNode;
    const id = element['@id'] as string | undefined;
    if (name === 'sequenceFlow' && id) flows.push({ id, sourceId: String(element['@sourceRef']), targetId: String(element['@targetRef']) });
    if (name === 'message' && id && element['@name']) messageNames[id] = String(element['@name']);
    if (id && messageCatchers.has(name)) {
      const definition = element.messageEventDefinition as XmlNode | undefined;
      const messageRef = (definition?.['@messageRef'] ?? element['@messageRef']) as string | undefined;
      if (messageRef) messageRefOf[id] = messageRef;
    }
    for (const [childName, child] of Object.entries(element)) if (!childName.startsWith('@') && childName !== '#text') visit(child, childName);
  };
  visit(parseXml(xml), '');
  const messageNameOf = Object.fromEntries(Object.entries(messageRefOf).map(([elementId, ref]) => [elementId, messageNames[ref] ?? ref]));
  return { flows, messageNameOf };
}
