import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { renderPdf } from '../../../src/documents/evaluation/generated-layouts';
import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { layouts, truthOf } from '../../../src/documents/evaluation/generated-truth';

const run = promisify(execFile);

async function printedText(layoutName: string, index: number): Promise<{ text: string; expected: Record<string, string | number> }> {
  const layout = layouts.find((l) => l.name === layoutName);
  if (!layout) throw new Error(`no layout ${layoutName}`);
  const truth = truthOf(layout, index);
  const pdf = await renderPdf(truth, { skewDegrees: 0, stamp: false, shadow: false });
  const child = run('pdftotext', ['-', '-']);
  child.child.stdin?.end(pdf);
  return { text: (await child).stdout.replace(/\s+/g, ' '), expected: truth.expected };
}

describe('generated evaluation: the held-out layouts added after the first four', () => {
  it('are registered held out, with the fields of their document type', () => {
    const fieldsOf = (name: string) => Object.keys(truthOf(layouts.find((l) => l.name === name)!, 0).expected).sort();
    const added = layouts.filter((l) => ['cn-sales-contract-boxed', 'en-invoice-table-header'].includes(l.name));
    expect(added.map((l) => [l.name, l.documentType, l.heldOut])).toEqual([
      ['cn-sales-contract-boxed', 'contract', true],
      ['en-invoice-table-header', 'invoice', true],
    ]);
    expect(layouts).toHaveLength(16);
    expect(layouts.filter((l) => l.heldOut).length).toBeGreaterThanOrEqual(layouts.length / 2);
    expect(fieldsOf('cn-sales-contract-boxed')).toEqual(fieldsOf('cn-contract'));
    expect(fieldsOf('en-invoice-table-header')).toEqual(fieldsOf('en-invoice-stacked'));
    expect(layouts.find((l) => l.name === 'en-despatch-note')).toMatchObject({ documentType: 'delivery-note', heldOut: true });
    expect(fieldsOf('en-despatch-note')).toEqual(fieldsOf('en-delivery-note'));
    expect(layouts.find((l) => l.name === 'en-supply-agreement')).toMatchObject({ documentType: 'contract', heldOut: true });
    expect(fieldsOf('en-supply-agreement')).toEqual(fieldsOf('en-contract'));
  });

  it('prints the despatch note truth: the supplier only in the letterhead, dates day first', async () => {
    const { text, expected } = await printedText('en-despatch-note', 2);
    for (const value of ['deliveryNoteNumber', 'orderReference', 'receiverName']) expect(text).toContain(String(expected[value]));
    for (const value of ['deliveryDate', 'signatureDate']) expect(text).toContain(String(expected[value]).split('-').reverse().join('/'));
    expect(text).not.toMatch(/supplier|seller|from:/i);
  });

  it('prints the supply agreement truth in prose: parties in the opening sentence, the price in a clause', async () => {
    const { text, expected } = await printedText('en-supply-agreement', 5);
    for (const value of ['contractNumber', 'sellerName', 'buyerName']) expect(text).toContain(String(expected[value]));
    expect(text).toContain(`£${Number(expected['amount']).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`);
    expect(text).toContain(`day of ${new Date(`${expected['signingDate']}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${String(expected['signingDate']).slice(0, 4)}`);
  });

  it('writes amounts in Chinese capitals (大写) with zeros and 整 where the rules want them', () => {
    expect(chineseCapitalAmount(105000.5)).toBe('壹拾万伍仟元伍角整');
    expect(chineseCapitalAmount(100005)).toBe('壹拾万零伍元整');
    expect(chineseCapitalAmount(20.07)).toBe('贰拾元零柒分');
    expect(chineseCapitalAmount(5452.02)).toBe('伍仟肆佰伍拾贰元零贰分');
    expect(chineseCapitalAmount(10_000_500)).toBe('壹仟万零伍佰元整');
    expect(chineseCapitalAmount(100_010_000)).toBe('壹亿零壹万元整');
    expect(chineseCapitalAmount(1_200_000)).toBe('壹佰贰拾万元整');
    expect(chineseCapitalAmount(48919.41)).toBe('肆万捌仟玖佰壹拾玖元肆角壹分');
  });

  it('prints the contract truth in its boxed party table', async () => {
    const { text, expected } = await printedText('cn-sales-contract-boxed', 1);
    expect(text).toContain(`合同编号：${expected['contractNumber']}`);
    expect(text).toContain(`名称：${expected['sellerName']}`);
    expect(text).toContain(`名称：${expected['buyerName']}`);
    expect(text).toContain(`￥${Number(expected['amount']).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
    expect(text).toContain(`人民币${chineseCapitalAmount(Number(expected['amount']))}`);
    const [year, month, day] = String(expected['signingDate']).split('-').map(Number);
    expect(text).toContain(`签订日期：${year}年${month}月${day}日`);
  });

  it('prints the invoice truth with the seller only in the letterhead', async () => {
    const { text, expected } = await printedText('en-invoice-table-header', 1);
    const money = (field: string) => Number(expected[field]).toLocaleString('en-GB', { minimumFractionDigits: 2 });
    for (const value of ['invoiceNumber', 'sellerName', 'sellerTaxId', 'buyerName', 'buyerTaxId', 'currency']) expect(text).toContain(String(expected[value]));
    for (const value of ['netAmount', 'taxAmount', 'totalAmount']) expect(text).toContain(money(value));
    expect(text).not.toMatch(/seller|supplier|from:/i);
    const issued = new Date(`${expected['issueDate']}T00:00:00Z`);
    expect(text).toContain(`${String(issued.getUTCDate()).padStart(2, '0')} ${issued.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }).slice(0, 3)} ${issued.getUTCFullYear()}`);
  });
});
