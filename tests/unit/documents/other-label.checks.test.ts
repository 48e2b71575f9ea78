import { parseDate } from '../../../src/domain/documents/date.parser';
import type { Field } from '../../../src/domain/documents/extracted-field';
import { checkLabelledAsItself } from '../../../src/domain/documents/other-label.checks';
import { otherMeaningLabels } from '../../../src/domain/documents/other-meaning-labels.vocabulary';
import { parseDocumentNumber } from '../../../src/domain/documents/value.parsers';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: a value printed under a label of another meaning.

const field = (value: string): Field<string> => ({ value, confidence: 0.9, source: 'text-layer' });
const asIs = (value: string) => value;
const dateLabels = { own: [/\binvoice\s*date\b/i, /^date\b/i], otherMeaning: otherMeaningLabels.date };
const numberLabels = { own: [/\bdelivery\s*note\s*(?:no\.?|number)/i, /^no\.(?=\s*[A-Z0-9])/i], otherMeaning: otherMeaningLabels.reference };

describe('a value printed only under a label of another meaning', () => {
  it('when the date taken is printed under "Printed on" and under no date label of the invoice, then it goes to manual entry', () => {
    const text = monospaced(['Printed on: 2025-03-09', 'Bill to: Contoso Retail Ltd']);
    const checked = checkLabelledAsItself(field('2025-03-09'), text, dateLabels, (raw) => parseDate(raw), asIs, { linesBelow: 1 });
    expect(checked.confidence).toBeLessThan(0.8);
    expect(checked.check).toMatch(/label of something else \(line 1\)/);
  });

  it('when the same date is also under the field\'s own label, then it passes', () => {
    const text = monospaced(['Invoice date: 2025-03-09', 'Printed on: 2025-03-09']);
    expect(checkLabelledAsItself(field('2025-03-09'), text, dateLabels, (raw) => parseDate(raw), asIs, { linesBelow: 1 }).check).toBeUndefined();
  });

  it('when a generic own label is part of the other meaning\'s ("Date" in "Date of record"), then it does not count as the field\'s', () => {
    const text = monospaced(['Date of record: 2025-03-09', 'Invoice No.: INV-2025-0001']);
    expect(checkLabelledAsItself(field('2025-03-09'), text, dateLabels, (raw) => parseDate(raw), asIs, { linesBelow: 1 }).check).toMatch(/something else/);
  });

  it('when a delivery note\'s number is the customer\'s account or a record\'s number, then it goes to manual entry; its own number passes', () => {
    const text = monospaced(['Delivery note No.: DN-2025-0412', 'Record No.: DN-2025-0917', '记录编号：SH202500917']);
    expect(checkLabelledAsItself(field('DN-2025-0917'), text, numberLabels, parseDocumentNumber, asIs).check).toMatch(/line 2/);
    expect(checkLabelledAsItself(field('SH202500917'), text, numberLabels, parseDocumentNumber, asIs).check).toMatch(/line 3/);
    expect(checkLabelledAsItself(field('DN-2025-0412'), text, numberLabels, parseDocumentNumber, asIs).check).toBeUndefined();
  });

  it('when no label of another meaning gives the value, then it passes', () => {
    const text = monospaced(['Order No.: PO-12345', 'Serial: DN-2025-0917']);
    expect(checkLabelledAsItself(field('DN-2025-0917'), text, numberLabels, parseDocumentNumber, asIs).check).toBeUndefined();
  });
});
