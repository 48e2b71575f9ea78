import type { DocumentText } from '../../../src/domain/documents/document-text.model';
import { isValidUscc } from '../../../src/domain/documents/unified-social-credit-code';
import { otherValueOf, placesOf, relabelledCopies } from '../../../src/documents/evaluation/label-perturbation';
import type { GeneratedTruth } from '../../../src/documents/evaluation/generated-truth';
import { monospaced } from './monospaced-text.fixture';

const truth = (expected: Record<string, string | number>): GeneratedTruth => ({
  layout: 'constructed', documentType: 'delivery-note', index: 0, rendering: 'pdf', expected,
  extras: { seller: { name: '', taxId: '', address: '' }, buyer: { name: '', taxId: '', address: '' }, rate: 0, items: [], dueDate: '', invoiceCode: '' },
});
const cells = (text: DocumentText) => text.lines.map((l) => l.segments.map((s) => s.text));

describe('a document\'s labels changed around a required field\'s true value, one place at a time', () => {
  const page = monospaced(['DELIVERY NOTE', 'Delivery note No.:  DN-2025-0412', 'Delivery date   Customer', '2025-03-04      Contoso Retail Ltd']);
  const note = truth({ deliveryNoteNumber: 'DN-2025-0412', deliveryDate: '2025-03-04', receiverName: 'Contoso Retail Ltd' });

  it('finds a value where it is printed, whatever its form', () => {
    expect(placesOf(page, 'deliveryNoteNumber', 'DN-2025-0412')).toEqual([{ line: 1, segment: 1, start: 0, end: 12 }]);
    expect(placesOf(page, 'deliveryDate', '2025-03-04')).toEqual([{ line: 3, segment: 0, start: 0, end: 10 }]);
    expect(placesOf(monospaced(['Total  £1,234.50']), 'totalAmount', 1234.5)).toEqual([{ line: 0, segment: 1, start: 0, end: 9 }]);
  });

  it('inserts a line of another meaning with another value of the same form above and below the value\'s line, above its header where it stands under one', () => {
    const copies = relabelledCopies(page, note, 'distractor-line');
    expect(copies).toHaveLength(6);
    const [above, below] = copies.map((c) => cells(c.text));
    expect(above?.[1]?.[1]).toBe('DN-2025-1967');
    expect(above?.[1]?.[0]).toMatch(/:$/);
    expect(below?.[2]).toEqual(above?.[1]);
    const dateAbove = cells(copies[2]!.text);
    expect(dateAbove[2]?.[0]).toMatch(/: 2025-03-15$/);
    expect(dateAbove[3]).toEqual(['Delivery date', 'Customer']);
    expect(copies.every((c) => c.text.lines.length === page.lines.length + 1)).toBe(true);
  });

  it('replaces the field\'s own label by one no vocabulary knows, the value left where it was', () => {
    const copies = relabelledCopies(page, note, 'unknown-label');
    expect(copies).toHaveLength(3);
    expect(cells(copies[0]!.text)[1]).toEqual([expect.stringMatching(/^(?:Serial|Key):$/), 'DN-2025-0412']);
    expect(cells(copies[1]!.text)[2]?.[0]).toBe('When');
  });

  it('gives an id another id of the same form, its check character right, and a name another name', () => {
    const id = otherValueOf('tax-id', '91330100MA2B3C4D5X', '91330100MA2B3C4D5X', true, 'k');
    expect(id).not.toBe('91330100MA2B3C4D5X');
    expect(isValidUscc(id)).toBe(true);
    expect(otherValueOf('company', 'Contoso Retail Ltd', 'Contoso Retail Ltd', false, 'k')).toMatch(/Ltd$/);
  });

  it('leaves the text it relabels as it was, and gives the same copies each time', () => {
    const before = JSON.stringify(page);
    const first = relabelledCopies(page, note, 'distractor-line').map((c) => c.what);
    relabelledCopies(page, note, 'unknown-label');
    expect(JSON.stringify(page)).toBe(before);
    expect(relabelledCopies(page, note, 'distractor-line').map((c) => c.what)).toEqual(first);
  });
});

describe('a line of another meaning never bears another required field\'s own label', () => {
  const page = monospaced(['DELIVERY NOTE', 'Delivery date:  2025-03-04', 'Signed on:  2025-03-06', 'Received by:  Li Wei']);
  const expected = { deliveryDate: '2025-03-04', signatureDate: '2025-03-06', signedBy: 'Li Wei' };

  it('puts no second delivery date beside the signature date, whatever the document', () => {
    // the label is chosen by a hash of layout, index and field: many layouts try many choices
    const labels = Array.from({ length: 40 }, (_, n) => ({ ...truth(expected), layout: `constructed-${n}` }))
      .flatMap((note) => relabelledCopies(page, note, 'distractor-line'))
      .filter((copy) => copy.what.includes('signatureDate'))
      .map((copy) => cells(copy.text).find((row) => !cells(page).some((printed) => JSON.stringify(printed) === JSON.stringify(row)))?.[0]);
    expect(labels.length).toBe(80);
    expect(labels.some((label) => /^Delivery date/.test(label ?? ''))).toBe(false);
    expect(new Set(labels.map((label) => label?.split(':')[0])).size).toBeGreaterThan(2);
  });
});

describe('a label is never another required field\'s value', () => {
  it('replaces the signature date\'s header, not the signer\'s name left of the date in the row of values', () => {
    const page = monospaced(['送货人        签收人        签收日期', '赵刚          刘洋          2025年01月10日']);
    const copies = relabelledCopies(page, { ...truth({ signedBy: '刘洋', signatureDate: '2025-01-10' }), layout: 'sign-table' }, 'unknown-label');
    const dateCopy = copies.find((copy) => copy.what.startsWith('signatureDate'));
    expect(dateCopy?.what).toMatch(/line 1 /);
    expect(cells(dateCopy!.text)[1]).toEqual(['赵刚', '刘洋', '2025年01月10日']);
    expect(cells(dateCopy!.text)[0]?.[2]).not.toBe('签收日期');
  });
});
