import path from 'node:path';
import { projectModelFiles } from '../engine/deployment';
import { projectRoot } from '../engine/local/engine-profile';
import { launchChromium } from './chromium';
import { renderDiagram } from './diagram-renderer';

/** `npm run diagrams`: every BPMN rendered by bpmn-js in headless Chromium; an import warning fails the run. */
async function main(): Promise<number> {
  const outputDir = path.join(projectRoot, 'test-output', 'diagrams');
  const browser = await launchChromium();
  let failures = 0;
  try {
    for (const file of projectModelFiles(projectRoot).filter((candidate) => candidate.endsWith('.bpmn'))) {
      const result = await renderDiagram(browser, file, outputDir);
      const name = path.relative(projectRoot, file);
      if (result.warnings.length > 0) {
        failures += 1;
        console.error(`${name}: ${result.warnings.length} import warning(s):\n  ${result.warnings.join('\n  ')}`);
      } else {
        console.log(`${name} → ${path.relative(projectRoot, result.png)}`);
      }
    }
  } finally {
    await browser.close();
  }
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
