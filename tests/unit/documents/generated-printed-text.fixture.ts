import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { renderPdf } from '../../../src/documents/evaluation/generated-layouts';
import { layouts, truthOf } from '../../../src/documents/evaluation/generated-truth';

const run = promisify(execFile);

/** The text a generated layout prints (its clean PDF through pdftotext), beside the truth it was drawn from. */
export async function printedText(layoutName: string, index: number): Promise<{ text: string; expected: Record<string, string | number> }> {
  const layout = layouts.find((l) => l.name === layoutName);
  if (!layout) throw new Error(`no layout ${layoutName}`);
  const truth = truthOf(layout, index);
  const pdf = await renderPdf(truth, { skewDegrees: 0, stamp: false, shadow: false });
  const child = run('pdftotext', ['-', '-']);
  child.child.stdin?.end(pdf);
  return { text: (await child).stdout.replace(/\s+/g, ' '), expected: truth.expected };
}
