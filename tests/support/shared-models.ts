import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/engine/local/engine-profile';

/** The third-party models beside the project (../shared/data/bpmn, see its README): Operaton / Camunda 7 ones and Camunda 8 ones for contrast. */
export const sharedBpmnFolder = path.join(projectRoot, '..', 'shared', 'data', 'bpmn');

/**
 * Which of them the deployment gate refuses on purpose, per the folder's README: every Camunda 8 (Zeebe)
 * model, send-email.bpmn included (it declares platform 1.0.0 but carries zeebe: extensions).
 */
export function failsOnPurpose(file: string): boolean {
  const relative = path.relative(sharedBpmnFolder, file);
  return relative.startsWith('camunda-8-') || path.basename(file) === 'send-email.bpmn';
}

export function sharedBpmnFiles(): string[] {
  if (!fs.existsSync(sharedBpmnFolder)) throw new Error(`${sharedBpmnFolder} is missing: the shared data folder must sit beside the project`);
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : entry.name.endsWith('.bpmn') ? [full] : [];
    });
  return walk(sharedBpmnFolder).sort();
}
