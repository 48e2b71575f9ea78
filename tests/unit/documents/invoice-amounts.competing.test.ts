import { extractAmounts } from '../../../src/domain/documents/invoice-amounts.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

describe('invoice amounts among other amounts of the page', () => {
  it('when a balance due after a deposit is printed under the invoice total, then the total is the one net + tax gives', () => {
    const amounts = extractAmounts(monospaced([
      'Net total                 49,788.12',
      'VAT at 20%                 9,957.63',
      'Invoice total GBP         59,745.75',
      'Less deposit received     17,923.72',
      'Balance due GBP           41,822.03',
    ]));
    expect(amounts.totalAmount).toMatchObject({ value: 59745.75 });
    expect(amounts.totalAmount.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('when no other reading of the three makes the sum fit, or two would, then none is changed and the three stay doubtful', () => {
    const amounts = extractAmounts(monospaced(['Net total   100.00', 'VAT   20.00', 'Balance due   70.00']));
    expect(amounts.totalAmount.value).toBe(70);
    expect(amounts.totalAmount.confidence).toBeLessThan(0.8);
  });

  it('when one ruled row holds the net and the tax, each under its own label, then the net is not the tax printed after it', () => {
    const amounts = extractAmounts(monospaced([
      '金额合计   ¥16,893.22   税额合计（9%）   ¥1,520.40',
      '价税合计   ¥18,413.62   币种   人民币 CNY',
    ]));
    expect(amounts.netAmount.value).toBe(16893.22);
    expect(amounts.taxAmount.value).toBe(1520.4);
    expect(amounts.totalAmount.value).toBe(18413.62);
  });
});
