import type { Browser } from 'playwright-core';
import path from 'node:path';
import { projectModelFiles } from '../../src/engine/deployment';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { launchChromium } from '../../src/web/chromium';
import { renderDiagram } from '../../src/web/diagram-renderer';
import { failsOnPurpose, sharedBpmnFiles, sharedBpmnFolder } from '../support/shared-models';

const bpmnFiles = projectModelFiles(projectRoot).filter((file) => file.endsWith('.bpmn'));
/** Operaton models other projects wrote (operaton: extensions, embedded forms, Java delegates). */
const sharedOperatonFiles = sharedBpmnFiles().filter((file) => !failsOnPurpose(file));

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

  it.each(sharedOperatonFiles.map((file) => [path.relative(sharedBpmnFolder, file), file]))('when the Operaton model %s of another project is imported, then it renders without a warning', async (_name, file) => {
    const result = await renderDiagram(browser, file, path.join(projectRoot, 'test-output', 'diagrams', 'shared'));
    expect(result.warnings).toEqual([]);
    expect(sharedOperatonFiles.length).toBeGreaterThanOrEqual(4);
  });
});
