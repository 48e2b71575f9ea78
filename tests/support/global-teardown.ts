import fs from 'node:fs';
import { engineProfile } from '../../src/engine/local/engine-profile';
import { stopEngine } from '../../src/engine/local/engine-process';
import { startedMarker } from './global-setup';

/** Stops the test engine if this run started it, unless KEEP_TEST_ENGINE asks to keep it for the next run. */
export default async function globalTeardown(): Promise<void> {
  const profile = engineProfile('test');
  const marker = startedMarker(profile.runDir);
  if (!fs.existsSync(marker) || process.env.KEEP_TEST_ENGINE) return;
  fs.rmSync(marker);
  await stopEngine(profile);
}
