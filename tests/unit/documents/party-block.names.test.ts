import { extractParties } from '../../../src/domain/documents/invoice-parties.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: party boxes side by side, as OCR reads them with a stamp or noise beside a heading.

describe('reading a party name under its heading in a two-column layout', () => {
  it('when the headings are "From" and "Bill To", then each name is read under its own heading', () => {
    const parties = extractParties(
      monospaced([
        'Tax Invoice                                   Invoice #   INV-2025-43826',
        'From                                          Bill To',
        'Greenfield Manufacturing Ltd                  Blue Harbour Logistics Ltd',
        '22 Mill Lane, Bristol                         90 Station Road, Cardiff',
        'VAT Reg. No.: GB461396309                     VAT Reg. No.: GB204387739',
        'Description                                   Qty      Rate      Amount',
      ]),
    );
    expect([parties.sellerName.value, parties.sellerTaxId.value, parties.buyerName.value, parties.buyerTaxId.value]).toEqual([
      'Greenfield Manufacturing Ltd', 'GB461396309', 'Blue Harbour Logistics Ltd', 'GB204387739',
    ]);
  });

  it('when OCR reads noise beside a heading ("Sold To  Rh"), then the name is the line below, not the noise', () => {
    const parties = extractParties(
      monospaced(['Vendor                                        Sold To  Rh', 'Greenfield Manufacturing Ltd                  Contoso Retail Ltd', 'Tax ID: GB461396309                           Tax ID: GB204387739'], { origin: 'ocr', confidence: 0.9 }),
    );
    expect(parties.buyerName.value).toBe('Contoso Retail Ltd');
  });

  it('when a stamp word stands where the name would be, then it is not taken for the name', () => {
    const parties = extractParties(
      monospaced(['Supplier                                      Customer', 'Greenfield Manufacturing Ltd                  RECEIVED', '                                              Wingtip Industrial Ltd'], { origin: 'ocr', confidence: 0.9 }),
    );
    expect(parties.buyerName.value).toBe('Wingtip Industrial Ltd');
  });
});
