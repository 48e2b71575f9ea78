import { detectCurrency } from '../../../src/domain/documents/currency.detector';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: what a document prints of its currency.

describe('a currency the document does not state', () => {
  it('when a Chinese document other than a VAT fapiao prints no currency, then yuan is assumed below the manual-entry threshold', () => {
    const currency = detectCurrency(monospaced(['销售单', '纳税人识别号: 91330100MA2H3X7Q4K', '价税合计  113.00']));
    expect(currency.value).toBe('CNY');
    expect(currency.confidence).toBeLessThan(0.8);
  });

  it('when a VAT fapiao prints no currency, then yuan stands: the law says so', () => {
    expect(detectCurrency(monospaced(['增值税普通发票', '价税合计  113.00'])).confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('when only "$" is printed, then which dollar is not said: manual entry', () => {
    const currency = detectCurrency(monospaced(['INVOICE', 'Subtotal   $ 100.00', 'Total   $ 113.00']));
    expect(currency.value).toBe('USD');
    expect(currency.check).toMatch(/which dollar/);
  });

  it('when "US$" or USD is printed, then the dollar is named and passes', () => {
    expect(detectCurrency(monospaced(['INVOICE', 'Total   US$ 113.00', 'Net   $ 100.00'])).check).toBeUndefined();
  });

  it('when two currencies are printed, then the one chosen is doubted naming the other', () => {
    const currency = detectCurrency(monospaced(['INVOICE', 'Net   £ 100.00', 'Total   £ 120.00', 'Equivalent   € 138.00']));
    expect(currency.value).toBe('GBP');
    expect(currency.check).toMatch(/GBP and EUR/);
  });

  it('when one currency is printed throughout, then it passes', () => {
    const currency = detectCurrency(monospaced(['INVOICE', 'Net   £ 100.00', 'Total   £ 120.00']));
    expect(currency).toMatchObject({ value: 'GBP' });
    expect(currency.confidence).toBeGreaterThanOrEqual(0.8);
  });
});
