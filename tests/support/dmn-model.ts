import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/engine/local/engine-profile';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DmnModdle } = require('dmn-moddle');

interface ModdleElement {
  $type: string;
  id?: string;
  [key: string]: unknown;
}

/** What the tests need to know about one .dmn file, read as Camunda Modeler reads it. */
export interface DecisionModel {
  file: string;
  warnings: string[];
  executionPlatform: string | undefined;
  executionPlatformVersion: string | undefined;
  decisions: { id: string; description: string; hitPolicy: string | undefined; ruleIds: string[]; inputs: string[]; outputs: string[] }[];
  diagramElementIds: string[];
}

export const decisionsFolder = path.join(projectRoot, 'processes', 'decisions');

export function decisionFile(decisionId: string): string {
  return path.join(decisionsFolder, `${decisionId}.dmn`);
}

export async function readDecisionModel(file: string): Promise<DecisionModel> {
  const { rootElement, warnings } = await new DmnModdle().fromXML(fs.readFileSync(file, 'utf8'));
  const definitions = rootElement as ModdleElement & { $attrs: Record<string, string>; drgElement?: ModdleElement[]; dmnDI?: ModdleElement };
  const decisions = (definitions.drgElement ?? [])
    .filter((element) => element.$type === 'dmn:Decision')
    .map((decision) => {
      const table = decision.decisionLogic as
        | (ModdleElement & { hitPolicy?: string; rule?: ModdleElement[]; input?: { inputExpression?: { text?: string } }[]; output?: { name?: string }[] })
        | undefined;
      return {
        id: decision.id as string,
        description: (decision.description as string | undefined) ?? '',
        hitPolicy: table?.$type === 'dmn:DecisionTable' ? (table.hitPolicy ?? 'UNIQUE') : undefined,
        ruleIds: (table?.rule ?? []).map((rule) => rule.id as string),
        inputs: (table?.input ?? []).map((input) => input.inputExpression?.text ?? ''),
        outputs: (table?.output ?? []).map((output) => output.name ?? ''),
      };
    });
  const diagrams = ((definitions.dmnDI?.diagrams as ModdleElement[] | undefined) ?? []).flatMap(
    (diagram) => (diagram.diagramElements as ModdleElement[] | undefined) ?? [],
  );
  return {
    file,
    warnings: (warnings as { message: string }[]).map((warning) => warning.message),
    executionPlatform: definitions.$attrs['modeler:executionPlatform'],
    executionPlatformVersion: definitions.$attrs['modeler:executionPlatformVersion'],
    decisions,
    diagramElementIds: diagrams.map((element) => (element.dmnElementRef as ModdleElement | undefined)?.id ?? ''),
  };
}
