import { DocumentText, TextLine } from '../../../src/domain/documents/document-text.model';
import { extractParties } from '../../../src/domain/documents/invoice-parties.extractor';

// Constructed OCR-like lines, as a scanned invoice with its parties in ruled boxes is read.

function page(rows: [string, number][][], confidence = 0.93): DocumentText {
  const lines: TextLine[] = rows.map((runs, index) => ({
    page: 1, top: 0.1 + index * 0.03, confidence, origin: 'ocr',
    segments: runs.map(([text, x]) => ({ text, x, right: x + Math.min(0.4, text.length * 0.012) })),
  }));
  return { pages: 1, lines };
}

describe('party blocks inside ruled boxes', () => {
  it('when OCR reads the box ruling as a bar before the name, left of the heading, then the name is still the block’s first line', () => {
    const parties = extractParties(
      page([
        [['Supplier', 0.05], ['Invoice To', 0.53]],
        [['Harrow Valve Works Ltd', 0.06], ['| Marsh Lane Builders Ltd', 0.505]],
        [['I 7 Dock Street, Hull', 0.05], ['|', 0.48], ['12 Orchard Way, Ely', 0.53]],
        [['VAT No.: GB461396309', 0.06], ['| VAT No.: GB204387739', 0.505]],
        [['Description', 0.05], ['Qty', 0.5], ['Amount', 0.8]],
      ]),
    );
    expect(parties.buyerName.value).toBe('Marsh Lane Builders Ltd');
    expect(parties.sellerName.value).toBe('Harrow Valve Works Ltd');
    expect(parties.buyerTaxId.value).toBe('GB204387739');
  });

  it('when a bar stands alone left of the column, then it is not taken into the block', () => {
    const parties = extractParties(
      page([
        [['Supplier', 0.05], ['Invoice To', 0.53]],
        [['Harrow Valve Works Ltd', 0.06], ['|', 0.505], ['Marsh Lane Builders Ltd', 0.53]],
        [['Description', 0.05], ['Qty', 0.5], ['Amount', 0.8]],
      ]),
    );
    expect(parties.buyerName.value).toBe('Marsh Lane Builders Ltd');
  });
});

describe('a Chinese VAT invoice read by rows', () => {
  it('when OCR cuts the buyer’s name at a wide gap, then the rest of its line completes it', () => {
    const parties = extractParties(
      page([
        [['增值税专用发票', 0.36]],
        [['发票号码 : 40215583', 0.66]],
        [['名 称 : 佛山', 0.13], ['顺安五金 制品有限 公司', 0.26]],
        [['纳税人识别号 : 91440300MA5FXK2L3B', 0.13]],
        [['货物或应税劳务 、服务名称', 0.09], ['数量', 0.5], ['金额', 0.79]],
        [['合 计', 0.08], ['¥100.00', 0.64]],
        [['价税合计 (大写)', 0.08], ['(小写) ¥113.00', 0.65]],
        [['名 称 : 常州恒远机电有限公司', 0.18]],
      ]),
    );
    expect(parties.buyerName.value).toBe('佛山顺安五金制品有限公司');
    expect(parties.sellerName.value).toBe('常州恒远机电有限公司');
  });
});

describe('party columns beside an address column that is no party\'s', () => {
  it('when "Ship to" heads a third column in the parties\' row, then the buyer\'s column ends where it begins and its name is the buyer\'s', () => {
    const parties = extractParties(
      page([
        [['Sold by', 0.08], ['Bill to', 0.38], ['Ship to', 0.67]],
        [['Northwind Traders Ltd', 0.08], ['Adventure Works Ltd', 0.38], ['c/o Harbour Freight Services Ltd', 0.67]],
        [['1 Harbour Road, Leeds', 0.08], ['22 Mill Lane, Bristol', 0.38], ['Unit 4, Dock Road', 0.67]],
        [['VAT: GB484693206', 0.08], ['VAT: GB349976284', 0.38], ['Felixstowe', 0.67]],
        [['Description', 0.08], ['Qty', 0.5], ['Amount', 0.8]],
      ]),
    );
    expect(parties.buyerName.value).toBe('Adventure Works Ltd');
    expect(parties.sellerName.value).toBe('Northwind Traders Ltd');
    expect(parties.sellerTaxId.value).toBe('GB484693206');
    expect(parties.buyerTaxId.value).toBe('GB349976284');
  });
});

describe('a seller id taken without its block', () => {
  it('when the seller\'s id label is unreadable and only the buyer\'s id is labelled, then the labelled id is not taken for the seller\'s at full confidence', () => {
    // both party headings unreadable: no block, the seller's id is the first labelled one
    const parties = extractParties(
      page([
        [['Wingtip Industrial Ltd', 0.08], ['Tailspin Engineering Ltd', 0.52]],
        [['|" number: GB232667766', 0.07], ['VAT number: GB760813364', 0.52]],
      ]),
    );
    expect(parties.sellerTaxId).toMatchObject({ value: 'GB760813364', check: expect.stringContaining('2 tax ids') });
    expect(parties.sellerTaxId.confidence).toBeLessThan(0.8);
  });
});

describe('a party heading OCR read with marks before it', () => {
  const parties = () => extractParties(
    page([
      [['| Supplier details', 0.07], ['"| Customer details', 0.48]],
      [['Company Wingtip Industrial Ltd', 0.08], ['Company: Tailspin Engineering Ltd', 0.52]],
      [['5 King Street, Manchester', 0.08], ['1 Harbour Road, Leeds', 0.52]],
      [['|" number: GB232667766', 0.07], ['VAT number: GB760813364', 0.52]],
      [['Item', 0.08], ['Quantity', 0.48]],
    ]),
  );

  it('when a bar and a quote stand before "Customer details", then it still heads the buyer\'s column', () => {
    expect(parties().buyerName.value).toBe('Tailspin Engineering Ltd');
    expect(parties().buyerTaxId.value).toBe('GB760813364');
  });

  it('when the seller\'s block has no readable id, then the buyer\'s id, read in the buyer\'s own block, is not taken for the seller\'s', () => {
    expect(parties().sellerTaxId.value).toBeNull();
  });
});
