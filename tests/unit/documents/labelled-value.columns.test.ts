import { findLabelled, opensWithOwnLabel } from '../../../src/domain/documents/labelled-value.finder';
import { parseDocumentNumber, parseName, parseTaxIdValue } from '../../../src/domain/documents/value.parsers';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

describe('values beside their labels in columns and boxes', () => {
  it('when the next column opens with a label of its own, then it is not taken as the value of an empty label', () => {
    const text = monospaced(['Tax ID:                 VAT number: GB197706853']);
    expect(findLabelled(text, [/\btax\s*id\b/i], parseTaxIdValue, { linesBelow: 0 })).toBeNull();
    expect(findLabelled(text, [/\bvat\s*number\b/i], parseTaxIdValue, { linesBelow: 0 })?.value).toBe('GB197706853');
  });

  it('tells a label of its own ("Company: X") from a number lead-in ("No: 123")', () => {
    expect(opensWithOwnLabel('VAT number: GB197706853')).toBe(true);
    expect(opensWithOwnLabel('No: 12345')).toBe(false);
    expect(opensWithOwnLabel('Contoso Retail Ltd')).toBe(false);
  });

  it('when a box ruling was read as a bar before a label or its value, then the label is still found and the bar is no part of the value', () => {
    const text = monospaced(['| Seller              | Contoso Retail Ltd']);
    expect(findLabelled(text, [/^seller\b/i], parseName, { linesBelow: 0 })?.value).toBe('Contoso Retail Ltd');
  });

  it('never takes a stamp word or another field\'s label for a name', () => {
    expect(parseName('RECEIVED')).toBeNull();
    expect(parseName('VAT number')).toBeNull();
    expect(parseName('Tax ID GB123')).toBeNull();
    expect(parseName('Contoso Retail Ltd')).toBe('Contoso Retail Ltd');
  });

  it('when OCR reads a line of specks between a header row and its values, then the values are still found under their labels', () => {
    const text = monospaced([
      'Invoice number        Invoice date           Customer PO',
      '二                                                    J',
      'INV-2025-51837        October 19, 2025       PO-73815',
    ], { origin: 'ocr', confidence: 0.9 });
    expect(findLabelled(text, [/\binvoice\s*number\b/i], parseDocumentNumber, { linesBelow: 1 })?.value).toBe('INV-2025-51837');
    expect(findLabelled(monospaced(['Invoice number', 'Terms: 30 days', 'INV-2025-51837']), [/\binvoice\s*number\b/i], parseDocumentNumber, { linesBelow: 1 })).toBeNull();
  });
});

describe('a value under a label whose own line below carries another label', () => {
  it('when an empty label stands over a line that opens with a label of its own, then that line\'s value is not taken', () => {
    const text = monospaced(['Invoice date:', 'Due date: 2025-04-03']);
    expect(findLabelled(text, [/\binvoice\s*date\b/i], (raw) => raw.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null, { linesBelow: 1 })).toBeNull();
    expect(findLabelled(monospaced(['Order No:', 'Delivery Note No: DN-2025-0042']), [/\border\s*no\b/i], parseDocumentNumber, { linesBelow: 1 })).toBeNull();
  });

  it('when the value stands alone under its label (a header row over a value row), then it is taken', () => {
    const text = monospaced(['Invoice date       Due date', '2025-03-04         2025-04-03']);
    expect(findLabelled(text, [/\binvoice\s*date\b/i], (raw) => raw.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null, { linesBelow: 1 })?.value).toBe('2025-03-04');
    expect(findLabelled(monospaced(['Seller', 'Name: Northwind Traders Ltd']), [/^seller\b/i], parseName, { linesBelow: 1 })).toBeNull();
  });
});

describe('a value below that follows a label of its own line', () => {
  it('when the segment under a label follows an empty-looking label ending with a colon ("Date:"), then it is that label\'s value, not the one above', () => {
    const text = monospaced([
      '                                                         Invoice No. an',
      '                                                         Date:  2625-01-25',
    ]);
    expect(findLabelled(text, [/\binvoice\s*no\b/i], parseDocumentNumber, { linesBelow: 1 })).toBeNull();
  });
});
