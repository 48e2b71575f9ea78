import { chineseCapitalAmount } from '../../../src/documents/evaluation/generated-layouts-heldout-2';
import { layouts } from '../../../src/documents/evaluation/generated-truth';
import { printedText } from './generated-printed-text.fixture';

describe('generated evaluation: the held-out layouts added after the first four', () => {
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
