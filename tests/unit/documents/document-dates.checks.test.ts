import { checkContractDates, checkDeliveryDates } from '../../../src/domain/documents/document-dates.checks';
import type { Field } from '../../../src/domain/documents/extracted-field';
import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { monospaced } from './monospaced-text.fixture';

const date = (value: string | null): Field<string> => ({ value, confidence: 0.95, source: 'ocr' });

describe('checking that a document\'s dates fit together', () => {
  it('when the goods are signed for the day after delivery, then both dates pass', () => {
    expect(checkDeliveryDates(date('2025-03-16'), date('2025-03-17'))).toEqual([date('2025-03-16'), date('2025-03-17')]);
  });

  it('when the signature is dated before the delivery, then both go to manual entry with the reason', () => {
    const [delivery, signature] = checkDeliveryDates(date('2025-03-16'), date('2025-03-06'));
    expect([delivery.check, signature.check]).toEqual([expect.stringMatching(/before the delivery/), expect.stringMatching(/before the delivery/)]);
    expect(signature.confidence).toBeLessThan(0.8);
  });

  it('when the signature is dated months after the delivery, then the signature date is doubted', () => {
    const [delivery, signature] = checkDeliveryDates(date('2025-03-16'), date('2025-08-16'));
    expect(delivery.check).toBeUndefined();
    expect(signature.check).toMatch(/days after the delivery/);
  });

  it('when a date is missing, then nothing is checked', () => {
    expect(checkDeliveryDates(date(null), date('2025-03-17'))[1].check).toBeUndefined();
  });

  it('when a contract ends before it starts or is signed after it ends, then those dates are doubted', () => {
    const checked = checkContractDates({ signingDate: date('2026-02-01'), startDate: date('2025-01-27'), endDate: date('2024-01-26') });
    expect(checked.startDate.check).toMatch(/ends on 2024-01-26, before it starts/);
    expect(checked.endDate.check).toMatch(/before it starts/);
    expect(checked.signingDate.check).toMatch(/after the contract ends/);
  });

  it('when a contract runs a year from its signing, then its dates pass', () => {
    const checked = checkContractDates({ signingDate: date('2025-01-27'), startDate: date('2025-01-27'), endDate: date('2026-01-26') });
    expect([checked.signingDate.check, checked.startDate.check, checked.endDate.check]).toEqual([undefined, undefined, undefined]);
  });
});

describe('the issue date of a Chinese VAT invoice as OCR reads its label', () => {
  it('when OCR reads 开票日期 as 开票月期, then the issue date is still read', () => {
    const invoice = extractInvoiceFromText(monospaced(['浙江增值税专用发票', '发票号码: 75716281', '开票月期: 2025年05月04日'], { origin: 'ocr', confidence: 0.9 }));
    expect(invoice.issueDate.value).toBe('2025-05-04');
  });
});
