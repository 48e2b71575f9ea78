import { extractContractFromText } from '../../../src/domain/documents/contract-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: a contract's amount is the total with tax; a price labelled as before tax is not it.

const english = (priceLines: string[]) => extractContractFromText(monospaced([
  'AGREEMENT FOR THE SALE OF GOODS          Contract No: SC-2025-1234',
  'Seller: Northwind Traders Ltd',
  'Buyer: Contoso Ltd',
  ...priceLines,
  'Date of signing: 4 March 2025',
])).amount;

const chinese = (priceLines: string[]) => extractContractFromText(monospaced([
  '产品购销合同   合同编号：HT-2025-1234',
  '卖方：杭州明德机电有限公司',
  '买方：上海华东贸易有限公司',
  ...priceLines,
  '签订日期：2025年03月04日',
])).amount;

describe('a contract amount labelled as before tax', () => {
  it('when the price is labelled excluding VAT and the VAT and the total are printed, then the total is the amount, confirmed by net + VAT', () => {
    const amount = english(['Purchase price (excl. VAT): GBP 10,000.00', 'VAT at 20%: GBP 2,000.00', 'Amount payable: GBP 12,000.00']);
    expect(amount).toMatchObject({ value: 12000 });
    expect(amount.check).toBeUndefined();
    expect(amount.confidence).toBeGreaterThan(0.9);
  });

  it('when the price is followed by "plus VAT", then the total printed below it is the amount', () => {
    expect(english(['Price: GBP 10,000.00 plus VAT', 'VAT (20%): GBP 2,000.00', 'Total: GBP 12,000.00'])).toMatchObject({ value: 12000 });
  });

  it('when no VAT amount makes up the difference to the total, then the total is taken to a person', () => {
    const amount = english(['Purchase price (excl. VAT): GBP 10,000.00', 'Amount payable: GBP 12,500.00']);
    expect(amount.value).toBe(12500);
    expect(amount.check).toMatch(/before VAT; the total 12500 is taken, but no VAT amount/);
    expect(amount.confidence).toBeLessThanOrEqual(0.5);
  });

  it('when no total is printed, then the price before tax goes to a person', () => {
    const amount = english(['Purchase price (excluding VAT): GBP 10,000.00']);
    expect(amount.value).toBe(10000);
    expect(amount.check).toMatch(/stated before VAT: the contract's whole amount is not certain/);
  });

  it('when two different totals are printed, then neither is chosen and the price goes to a person naming them', () => {
    const amount = english(['Purchase price (excl. VAT): GBP 10,000.00', 'Total (incl. VAT): GBP 12,000.00', 'Total payable in instalments: GBP 12,600.00']);
    expect(amount.check).toMatch(/totals 12000, 12600/);
  });

  it('when a Chinese contract gives 合同价款（不含税）, 增值税税额 and 含税总价, then 含税总价 is the amount', () => {
    const amount = chinese(['合同价款（不含税）：¥10,000.00', '增值税税额（13%）：¥1,300.00', '含税总价：¥11,300.00']);
    expect(amount).toMatchObject({ value: 11300 });
    expect(amount.check).toBeUndefined();
  });

  it('when one row gives 不含税金额, 税额 and 价税合计, then 价税合计 is the amount and the row\'s first cell does not make it a price before tax', () => {
    const amount = chinese(['不含税金额 ¥10,000.00    税额 ¥1,300.00    价税合计 ¥11,300.00']);
    expect(amount).toMatchObject({ value: 11300 });
    expect(amount.confidence).toBeGreaterThan(0.9);
    expect(amount.check).toBeUndefined();
  });

  it('when the contract value is stated including VAT, then nothing changes', () => {
    const amount = english(['Total contract value: GBP 12,000.00 including VAT at 20%']);
    expect(amount).toMatchObject({ value: 12000, confidence: 0.95 });
    expect(amount.check).toBeUndefined();
  });
});
