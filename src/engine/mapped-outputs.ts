import type { EngineClient } from './engine-client';

/** Flow-node element names whose completion a worker or a person delivers. */
const activityTag = /<((?:[\w-]+:)?(?:serviceTask|sendTask|businessRuleTask|scriptTask|userTask|intermediateThrowEvent|endEvent|task))\b([^>]*)>/g;

/** Ids of the activities of a BPMN model that declare output parameters (camunda:outputParameter). */
export function activitiesWithOutputMappings(xml: string): Set<string> {
  const found = new Set<string>();
  for (const match of xml.matchAll(activityTag)) {
    const [whole, tag, attributes] = match as unknown as [string, string, string];
    const id = /\bid="([^"]+)"/.exec(attributes)?.[1];
    if (!id || attributes.trimEnd().endsWith('/')) continue;
    const start = (match.index ?? 0) + whole.length;
    const end = xml.indexOf(`</${tag}>`, start);
    if (end > start && /outputParameter\b/.test(xml.slice(start, end))) found.add(id);
  }
  return found;
}

/**
 * Where a worker's result goes, as the model says: an activity with output parameters receives it in
 * its own scope and passes on only what its outputs map (the result stays local); one without them
 * sets it in the process (the nearest scope that holds each variable, else the instance).
 */
export class MappedOutputs {
  private readonly byDefinition = new Map<string, Promise<Set<string>>>();

  constructor(private readonly engine: EngineClient) {}

  async resultIsLocal(processDefinitionId: string, activityId: string): Promise<boolean> {
    let activities = this.byDefinition.get(processDefinitionId);
    if (!activities) {
      activities = this.engine
        .get<{ bpmn20Xml: string }>(`/process-definition/${encodeURIComponent(processDefinitionId)}/xml`)
        .then(({ bpmn20Xml }) => activitiesWithOutputMappings(bpmn20Xml));
      activities.catch(() => this.byDefinition.delete(processDefinitionId));
      this.byDefinition.set(processDefinitionId, activities);
    }
    return (await activities).has(activityId);
  }
}
