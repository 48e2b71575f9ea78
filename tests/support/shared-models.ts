import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/engine/local/engine-profile';

/** The third-party Camunda 8 models beside the project (../shared/data/bpmn, see its README). */
export const sharedBpmnFolder = path.join(projectRoot, '..', 'shared', 'data', 'bpmn');

/** Which of them fail lint on purpose, per the folder's README. */
export const failingOnPurpose = ['large-multi-instance-example__multi-instance-example.bpmn', 'react-tasklist__example.bpmn', 'send-email.bpmn'];

export function sharedBpmnFiles(): string[] {
  if (!fs.existsSync(sharedBpmnFolder)) throw new Error(`${sharedBpmnFolder} is missing: the shared data folder must sit beside the project`);
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : entry.name.endsWith('.bpmn') ? [full] : [];
    });
  return walk(sharedBpmnFolder).sort();
}
