import type { Browser } from 'playwright-core';
import path from 'node:path';
import { projectModelFiles } from '../../src/engine/deployment';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { launchChromium } from '../../src/web/chromium';
import { renderDiagram } from '../../src/web/diagram-renderer';

const bpmnFiles = projectModelFiles(projectRoot).filter((file) => file.endsWith('.bpmn'));

describe('diagrams as a process owner sees them (bpmn-js in Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each(bpmnFiles.map((file) => [path.relative(projectRoot, file), file]))('when %s is imported, then bpmn-js reports no warning', async (_name, file) => {
    const result = await renderDiagram(browser, file, path.join(projectRoot, 'test-output', 'diagrams'));
    expect(result.warnings).toEqual([]);
  });
});
