import { checkOcrReference, distinctReferences } from '../../../src/domain/documents/document-reference.checks';
import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { monospaced } from './monospaced-text.fixture';
import type { Field } from '../../../src/domain/documents/extracted-field';

const read = (value: string, source: Field<string>['source'] = 'ocr'): Field<string> => ({ value, confidence: 0.92, source });

describe('checking a document reference read by OCR', () => {
  it.each([['KS2Q26-4410'], ['PO-1O482'], ['SC-20Z6-0031']])('when OCR reads "%s", with a letter like a digit between digits, then it fails its check', (value) => {
    const checked = checkOcrReference(read(value));
    expect(checked.check).toMatch(/letter like a digit/);
    expect(checked.confidence).toBeLessThan(0.8);
  });

  it('when the letters of a reference stand apart from its digits, or it comes from a text layer, then it passes', () => {
    expect(checkOcrReference(read('DN-2026-0412')).check).toBeUndefined();
    expect(checkOcrReference(read('KS2Q26-4410', 'text-layer')).check).toBeUndefined();
  });

  it.each([['HT2025-933'], ['HT.2025-760'], ['PO-2025/17']])('when OCR reads "%s", then it fails its check and says why', (value) => {
    const checked = checkOcrReference(read(value));
    expect(checked.check).toMatch(/separat/);
    expect(checked.confidence).toBeLessThan(0.8);
  });

  it.each([['HT-2025-933'], ['SH202522298'], ['PO/2025/17'], ['DN-2025-4623']])('when OCR reads "%s", then it passes as read', (value) => {
    expect(checkOcrReference(read(value))).toEqual(read(value));
  });

  it.each([
    ['HT2025-933', 'HT-2025-933'],
    ['HT-2025.6117', 'HT-2025-6117'],
    ['INV.2025-49927', 'INV-2025-49927'],
    ['INV-2025.-55153', 'INV-2025-55153'],
    ['HT2025.-816', 'HT-2025-816'],
    ['SO/2025.17', 'SO/2025/17'],
  ])('when OCR reads "%s", then "%s" is proposed to the person who checks it, with what was read', (value, proposed) => {
    const checked = checkOcrReference(read(value));
    expect(checked.value).toBe(proposed);
    expect(checked.check).toContain(`"${value}"`);
    expect(checked.check).toContain(`"${proposed}" is proposed`);
    expect(checked.confidence).toBeLessThan(0.8);
  });

  it.each([['PO-2025/17'], ['HT2025.9504'], ['KS2Q26-4410'], ['PO_2025.17']])('when the marks of "%s" allow no one reading, then it fails its check as read', (value) => {
    const checked = checkOcrReference(read(value));
    expect(checked.value).toBe(value);
    expect(checked.check).not.toMatch(/proposed/);
    expect(checked.confidence).toBeLessThan(0.8);
  });

  it('when the text layer prints a reference with mixed separators, then it is taken as printed', () => {
    expect(checkOcrReference(read('HT2025-933', 'text-layer')).check).toBeUndefined();
  });
});

describe('references of one document that read the same', () => {
  it('when a delivery note\'s number and its order reference read the same, then both go to manual entry', () => {
    const note = extractDeliveryNoteFromText(monospaced([
      'DELIVERY NOTE                                     No. PO-48213',
      'Order No: PO-48213                                Delivery date: 2025-03-04',
      'Deliver to: Adventure Works Ltd',
    ]));
    expect(note.deliveryNoteNumber).toMatchObject({ value: 'PO-48213', check: expect.stringContaining('read the same') });
    expect(note.orderReference.confidence).toBeLessThan(0.8);
  });

  it('when an invoice\'s number reads as a party\'s tax id, then both go to manual entry; different ones pass', () => {
    const fields = distinctReferences({ invoiceNumber: read('GB 484 693 206'), buyerTaxId: read('GB484693206') }, ['invoiceNumber', 'buyerTaxId']);
    expect(fields.invoiceNumber.check).toMatch(/read the same/);
    expect(fields.buyerTaxId.confidence).toBeLessThan(0.8);
    expect(distinctReferences({ deliveryNoteNumber: read('DN-2025-0042'), orderReference: read('PO-20250042') }, ['deliveryNoteNumber', 'orderReference']).orderReference).toEqual(read('PO-20250042'));
  });

  it('when the references to compare with are named, then each is compared with the first list only (two equal tax ids are left to the party checks)', () => {
    const fields = distinctReferences({ invoiceNumber: read('INV-7'), sellerTaxId: read('DE123456789'), buyerTaxId: read('DE123456789') }, ['invoiceNumber'], ['sellerTaxId', 'buyerTaxId']);
    expect(fields.sellerTaxId).toEqual(read('DE123456789'));
    expect(fields.buyerTaxId).toEqual(read('DE123456789'));
    const same = distinctReferences({ invoiceNumber: read('DE123456789'), sellerTaxId: read('DE 123 456 789'), buyerTaxId: read('FR999') }, ['invoiceNumber'], ['sellerTaxId', 'buyerTaxId']);
    expect(same.invoiceNumber.check).toMatch(/read the same/);
    expect(same.sellerTaxId.check).toMatch(/read the same/);
    expect(same.buyerTaxId).toEqual(read('FR999'));
  });
});

describe('an invoice number read by OCR', () => {
  it('when OCR reads an invoice number whose groups are separated unevenly, then it goes to manual entry like any other reference', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'INVOICE',
      'Invoice No: INV2025-00123          Invoice date: 2025-03-04',
      'Seller: Northwind Traders Ltd      Buyer: Contoso Retail Ltd',
    ], { origin: 'ocr', confidence: 0.95 }));
    expect(invoice.invoiceNumber).toMatchObject({ value: 'INV-2025-00123', check: expect.stringMatching(/"INV2025-00123" separates .*"INV-2025-00123" is proposed/) });
  });

  it('when the text layer prints it so, then it is taken as printed', () => {
    const invoice = extractInvoiceFromText(monospaced(['INVOICE', 'Invoice No: INV2025-00123          Invoice date: 2025-03-04']));
    expect(invoice.invoiceNumber.check).toBeUndefined();
  });
});

describe('a reference also printed under another reference\'s label', () => {
  it('when the invoice number reads as the value of the account or order number beside it, then it goes to manual entry', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'SALES INVOICE',
      'Account No.    Invoice No.    Tax point         Your order ref',
      'C40512         C40512         4 March 2025      PO-889120',
    ], { origin: 'ocr', confidence: 0.95 }));
    expect(invoice.invoiceNumber).toMatchObject({ value: 'C40512', check: expect.stringMatching(/also read under/) });
  });

  it('when a delivery note\'s number reads as its customer account number, then it goes to manual entry', () => {
    const note = extractDeliveryNoteFromText(monospaced([
      'DELIVERY DOCKET',
      'Docket No.      Despatch date    Customer order    Account',
      'DN-2025-4410    4 Mar 2025       PO-51203          DN-2025-4410',
    ], { origin: 'ocr', confidence: 0.95 }));
    expect(note.deliveryNoteNumber.check).toMatch(/also read under/);
  });

  it('when each reference reads its own value, then none is doubted', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'SALES INVOICE',
      'Account No.    Invoice No.       Tax point         Your order ref',
      'C40512         INV-2025-00123    4 March 2025      PO-889120',
    ], { origin: 'ocr', confidence: 0.95 }));
    expect(invoice.invoiceNumber).toMatchObject({ value: 'INV-2025-00123' });
    expect(invoice.invoiceNumber.check).toBeUndefined();
  });
});
