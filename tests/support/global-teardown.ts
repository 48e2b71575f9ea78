import fs from 'node:fs';
import path from 'node:path';
import { engineHome, engineProfile } from '../../src/camunda/engine/engine-profile';
import { stopEngine } from '../../src/camunda/engine/engine-process';

/** Stops the test engine if this run started it, unless KEEP_TEST_ENGINE asks to keep it for the next run. */
export default async function globalTeardown(): Promise<void> {
  const marker = path.join(engineHome, 'test', 'started-by-jest');
  if (!fs.existsSync(marker) || process.env.KEEP_TEST_ENGINE) return;
  fs.rmSync(marker);
  await stopEngine(engineProfile('test'));
}
