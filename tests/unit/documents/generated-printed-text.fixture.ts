import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { renderPdf } from '../../../src/documents/evaluation/generated-layouts';
import { money } from '../../../src/documents/evaluation/generated-drawing';
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

/** Each named layout is registered seen and has the evaluated fields of its document type (those of the first seen layout of that type). */
export function expectRegisteredSeenWithTheFieldsOfTheirType(names: readonly string[]): void {
  const fieldsOf = (name: string) => Object.keys(truthOf(layouts.find((l) => l.name === name)!, 0).expected).sort();
  const like = { invoice: 'en-invoice-stacked', 'delivery-note': 'en-delivery-note', contract: 'en-contract' } as const;
  for (const name of names) {
    const layout = layouts.find((l) => l.name === name);
    expect(layout).toMatchObject({ heldOut: false });
    expect(fieldsOf(name)).toEqual(fieldsOf(like[layout!.documentType as keyof typeof like]));
  }
}

/** Every evaluated field of a generated document is printed on its clean PDF: amounts as money, dates as the layout writes them, the currency by its code or sign. */
export async function expectEveryFieldPrinted(name: string, index: number, dateFormat: (iso: string) => string, currency: RegExp): Promise<void> {
  const { text, expected } = await printedText(name, index);
  for (const [field, value] of Object.entries(expected)) {
    if (field === 'currency') expect(text).toMatch(currency);
    else if (typeof value === 'number') expect(text).toContain(money(value));
    else if (/Date$/.test(field)) expect(text).toContain(dateFormat(value));
    else expect(text).toContain(value);
  }
}
