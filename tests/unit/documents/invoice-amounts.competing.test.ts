import { extractAmounts } from '../../../src/domain/documents/invoice-amounts.extractor';
import { checkAmounts } from '../../../src/domain/documents/invoice-field.checks';
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

  it('when the total row is lost, then the first item\'s cell under the goods table\'s "Line total" header is not taken for the total', () => {
    const amounts = extractAmounts(monospaced([
      'Description          Qty     Unit price     Line total',
      'Gear motor 0.75 kW   169     45.76          7,733.89',
      '                             Sub-total      7,733.89',
      '                             VAT (20%)      1,546.78',
    ]));
    expect(amounts.totalAmount.value === null || amounts.totalAmount.confidence < 0.8).toBe(true);
  });
});

describe('a tax no VAT rate gives', () => {
  it('when the net read is the tax (its own figure lost), then net, tax and total go to manual entry with the rate named', () => {
    const read = (value: number, confidence = 0.95) => ({ value, confidence, source: 'ocr' as const });
    const checked = checkAmounts({ netAmount: read(4685.5), taxAmount: { ...read(52061.1, 0.75), source: 'inferred' as const }, totalAmount: read(56746.6) }, { chineseVat: false, lines: null });
    expect(checked.netAmount.check).toMatch(/no VAT rate/);
    expect(checked.netAmount.confidence).toBeLessThan(0.8);
    expect(checked.totalAmount.confidence).toBeLessThan(0.8);
    const fine = checkAmounts({ netAmount: read(100), taxAmount: read(27), totalAmount: read(127) }, { chineseVat: false, lines: null });
    expect(fine.netAmount.check).toBeUndefined();
  });
});
