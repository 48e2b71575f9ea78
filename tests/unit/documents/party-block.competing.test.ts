import { extractParties } from '../../../src/domain/documents/invoice-parties.extractor';
import { parseDocumentNumber } from '../../../src/domain/documents/value.parsers';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

describe('a party block holding two parties', () => {
  it('when OCR marred the buyer\'s heading, then the seller\'s block runs over both columns and its id goes to manual entry, naming both ids', () => {
    const parties = extractParties(monospaced([
      'Tax Invoice',
      'Supplier details                        Customer detally',
      'Company: Litware Supplies Ltd           Company: Wingtip Industrial Ltd',
      '14 Quay Side, Hull                      90 Station Road, Cardiff',
      'VAT number: GB306280475                 VAT number: GB011895096',
      'Item              Quantity     Unit cost     Value',
    ], { origin: 'ocr', confidence: 0.9 }));
    expect(parties.sellerTaxId.value).toBe('GB306280475');
    expect(parties.sellerTaxId.check).toMatch(/GB306280475, GB011895096/);
  });

  it('when only a marred buyer\'s heading opens a block, read by rows, and the seller\'s column stands beside it, then neither the name nor the id taken is accepted', () => {
    const parties = extractParties(monospaced([
      'Tax Invoice',
      '                                        Customer detally',
      'Company: Litware Supplies Ltd           Company: Wingtip Industrial Ltd',
      'VAT number: GB306280475                 VAT number: GB011895096',
      'Item              Quantity     Unit cost     Value',
    ], { origin: 'ocr', confidence: 0.9 }));
    expect(parties.buyerName.value === null || parties.buyerName.confidence < 0.8).toBe(true);
    expect(parties.buyerTaxId.value === null || parties.buyerTaxId.confidence < 0.8).toBe(true);
  });

  it('when a party\'s block holds its own id only, then the id is taken as read', () => {
    const parties = extractParties(monospaced([
      'Supplier details                        Customer details',
      'Company: Litware Supplies Ltd           Company: Wingtip Industrial Ltd',
      'VAT number: GB306280475                 VAT number: GB011895096',
    ]));
    expect(parties.sellerTaxId).toMatchObject({ value: 'GB306280475' });
    expect(parties.sellerTaxId.check).toBeUndefined();
    expect(parties.buyerTaxId.check).toBeUndefined();
  });
});

describe('a reference\'s shape', () => {
  it('when the line under a "Docket No." label is an address, then its house number is no reference', () => {
    expect(parseDocumentNumber('22 Mill Lane, Bristol')).toBeNull();
    expect(parseDocumentNumber('12 pcs')).toBeNull();
    expect(parseDocumentNumber('4711')).toBe('4711');
    expect(parseDocumentNumber('DN-2025-3049')).toBe('DN-2025-3049');
  });
});
