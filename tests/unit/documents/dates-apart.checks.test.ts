import { checkNearOtherDates, datesPrinted } from '../../../src/domain/documents/dates-apart.checks';
import type { Field } from '../../../src/domain/documents/extracted-field';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: documents whose dates lie near one another, or one of them a year off.

const field = (value: string): Field<string> => ({ value, confidence: 0.9, source: 'ocr' });

describe('a date far from every other date of its document', () => {
  const printed = (issue: string) => datesPrinted(monospaced([
    'INVOICE                      Invoice No: INV-2025-0417',
    `Invoice date: ${issue}`,
    'Delivery date: 02/03/2025     Due date: 03/04/2025',
  ]), false);

  it('when the issue date is more than a year from the delivery and due dates, then its year may be misread: manual entry', () => {
    const checked = checkNearOtherDates(field('2023-03-04'), printed('04/03/2023'));
    expect(checked.confidence).toBeLessThan(0.8);
    expect(checked.check).toMatch(/more than a year away/);
  });

  it('when the issue date lies between them, then it passes', () => {
    expect(checkNearOtherDates(field('2025-03-04'), printed('04/03/2025')).check).toBeUndefined();
  });

  it('when the document prints no other date, then nothing is said', () => {
    expect(checkNearOtherDates(field('2023-03-04'), ['2023-03-04']).check).toBeUndefined();
  });
});
