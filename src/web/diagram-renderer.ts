import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../engine/local/engine-profile';

const viewerScript = path.join(projectRoot, 'node_modules', 'bpmn-js', 'dist', 'bpmn-viewer.production.min.js');
const viewerCss = ['diagram-js.css', 'bpmn-js.css'].map((file) => path.join(projectRoot, 'node_modules', 'bpmn-js', 'dist', 'assets', file));

export interface RenderResult {
  file: string;
  png: string;
  warnings: string[];
}

/** Imports a BPMN file into bpmn-js in the browser, as Camunda Modeler would, and saves a PNG of it. */
export async function renderDiagram(browser: Browser, bpmnFile: string, outputDir: string): Promise<RenderResult> {
  const page = await browser.newPage({ viewport: { width: 2400, height: 1400 } });
  try {
    await page.setContent('<html><body style="margin:0"><div id="canvas" style="width:2400px;height:1400px"></div></body></html>');
    for (const css of viewerCss) await page.addStyleTag({ path: css });
    await page.addScriptTag({ path: viewerScript });
    const xml = fs.readFileSync(bpmnFile, 'utf8');
    const warnings = await page.evaluate(async (diagramXml) => {
      const Viewer = (globalThis as unknown as { BpmnJS: new (options: { container: string }) => { importXML(xml: string): Promise<{ warnings: Array<{ message: string }> }>; get(name: string): { zoom(mode: string): void } } }).BpmnJS;
      const viewer = new Viewer({ container: '#canvas' });
      const result = await viewer.importXML(diagramXml);
      viewer.get('canvas').zoom('fit-viewport');
      return result.warnings.map((warning) => warning.message);
    }, xml);
    fs.mkdirSync(outputDir, { recursive: true });
    const png = path.join(outputDir, `${path.basename(bpmnFile, '.bpmn')}.png`);
    await page.screenshot({ path: png });
    return { file: bpmnFile, png, warnings };
  } finally {
    await page.close();
  }
}
