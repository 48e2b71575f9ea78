import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { withLegalFormRead } from '../../../src/domain/documents/misread-legal-form.repair';
import { monospaced } from './monospaced-text.fixture';

describe('a company name whose "Ltd" OCR misread', () => {
  it.each([
    ['Fabrikam Components Lid', 'Fabrikam Components Ltd'],
    ['Northwind Traders Itd.', 'Northwind Traders Ltd.'],
    ['PROSEWARE METALS LID', 'PROSEWARE METALS LTD'],
    ['Blue Harbour Logistics L1d', 'Blue Harbour Logistics Ltd'],
    ['Wingtip IndustrialLtd', 'Wingtip Industrial Ltd'],
    ['Contoso RetailLimited', 'Contoso Retail Limited'],
  ])('when the name reads "%s", then it is "%s"', (read, name) => {
    expect(withLegalFormRead(read)).toBe(name);
  });

  it.each([['Lidl Stiftung & Co. KG'], ['Pot Lid Makers Ltd'], ['Contoso Ltd'], ['Lid'], ['AltdorfLtd Holdings'], ['DataInc'], ['Tailspin Engineering Limited']])('when the name reads "%s", then it is left as read', (read) => {
    expect(withLegalFormRead(read)).toBe(read);
  });

  it('when an invoice is read by OCR with "Lid" for "Ltd", then the parties are named with "Ltd"; a text layer is taken as printed', () => {
    const lines = ['INVOICE                         Invoice No: INV-2025-0042', 'Seller: Wingtip Industrial Lid', 'Buyer: Proseware Metals Lid', 'Invoice date: 2025-03-04'];
    const read = extractInvoiceFromText(monospaced(lines, { origin: 'ocr', confidence: 0.95 }));
    expect([read.sellerName.value, read.buyerName.value]).toEqual(['Wingtip Industrial Ltd', 'Proseware Metals Ltd']);
    const printed = extractInvoiceFromText(monospaced(lines));
    expect([printed.sellerName.value, printed.buyerName.value]).toEqual(['Wingtip Industrial Lid', 'Proseware Metals Lid']);
  });
});
