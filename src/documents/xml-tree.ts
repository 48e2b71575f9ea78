import { XMLParser } from 'fast-xml-parser';

/** XML as plain objects without namespace prefixes; every value stays a string (invoice numbers keep leading zeros). */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false, parseAttributeValue: false, ignoreAttributes: false, attributeNamePrefix: '@', trimValues: true });

export function parseXml(xml: string): XmlNode {
  return parser.parse(xml) as XmlNode;
}

/** The node at a path of element names; the first element where one repeats. */
export function at(node: unknown, ...names: string[]): unknown {
  let current = node;
  for (const name of names) {
    const first = Array.isArray(current) ? current[0] : current;
    if (!first || typeof first !== 'object') return undefined;
    current = (first as XmlNode)[name];
  }
  return current;
}

/** All nodes named by the last step (repeated elements arrive as arrays). */
export function all(node: unknown, ...names: string[]): unknown[] {
  const found = at(node, ...names);
  if (found === undefined) return [];
  return Array.isArray(found) ? found : [found];
}

/** Text content of an element, whether it has attributes (`#text`) or not; null when empty. */
export function textAt(node: unknown, ...names: string[]): string | null {
  const found = at(node, ...names);
  const first = Array.isArray(found) ? found[0] : found;
  const value = first && typeof first === 'object' ? (first as XmlNode)['#text'] : first;
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  return text ? text : null;
}
