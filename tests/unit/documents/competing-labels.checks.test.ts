import { bareDateWords, bareReferenceWords, checkCompetingLabels, splitLabels } from '../../../src/domain/documents/competing-labels.checks';
import { parseDate } from '../../../src/domain/documents/date.parser';
import type { Field } from '../../../src/domain/documents/extracted-field';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: documents printing two values their field's labels would accept.

const labels = { own: [/\binvoice\s*date\b/i, /\btax\s*point\b/i], generic: [/^date\b/i] };
const field = (value: string): Field<string> => ({ value, confidence: 0.9, source: 'text-layer' });
const parse = (raw: string) => parseDate(raw);

describe('competing values under a field\'s labels', () => {
  it('when a date read under a generic "Date" label has another date under such a label, then it goes to manual entry naming the other', () => {
    const text = monospaced(['Date: 2025-03-04', 'Item   Qty   Price', 'Date   Description', '2025-02-11   Pallets']);
    const checked = checkCompetingLabels(field('2025-03-04'), text, labels, parse, { linesBelow: 1 });
    expect(checked.confidence).toBeLessThan(0.8);
    expect(checked.check).toMatch(/"2025-02-11"/);
  });

  it('when the date is read under the field\'s own label, then a date under a generic label does not compete', () => {
    const text = monospaced(['Invoice date: 2025-03-04', 'Date   Description', '2025-02-11   Pallets']);
    expect(checkCompetingLabels(field('2025-03-04'), text, labels, parse, { linesBelow: 1 }).check).toBeUndefined();
  });

  it('when two of the field\'s own labels give two dates, then the one chosen is doubted', () => {
    const text = monospaced(['Invoice date: 2025-03-04', 'Tax point: 2025-03-06']);
    expect(checkCompetingLabels(field('2025-03-04'), text, labels, parse, { linesBelow: 1 }).check).toMatch(/"2025-03-06"/);
  });

  it('when every label gives the same date, then it passes', () => {
    const text = monospaced(['Invoice date: 2025-03-04', 'Tax point: 04/03/2025', 'Date: 2025-03-04']);
    expect(checkCompetingLabels(field('2025-03-04'), text, labels, parse, { linesBelow: 1 }).check).toBeUndefined();
  });
});

describe('a field\'s labels split into its own and generic ones', () => {
  it('when a label also takes a bare "Date" or "No.", then it is generic', () => {
    const { own, generic } = splitLabels([/\binvoice\s*date\b/i, /^date\b/i, /\bdate\s*:/i, /\btax\s*point\b/i], bareDateWords);
    expect(own.map(String)).toEqual(['/\\binvoice\\s*date\\b/i', '/\\btax\\s*point\\b/i']);
    expect(generic ?? []).toHaveLength(2);
    expect((splitLabels([/\binvoice\s*(?:no\.?|number)/i, /^no\.(?=\s*[A-Z0-9])/i], bareReferenceWords).generic ?? []).map(String)).toEqual(['/^no\\.(?=\\s*[A-Z0-9])/i']);
  });
});
