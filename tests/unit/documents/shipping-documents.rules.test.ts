import type { DocumentExtraction } from '../../../src/contracts/documents.contract';
import { checkShippingDocuments, type ShipmentFacts } from '../../../src/domain/documents/shipping-documents.rules';

// Constructed readings: what the document reader would hand over for a consistent sale.

function reading(documentType: DocumentExtraction['documentType'], values: Record<string, unknown>, confidence: Record<string, number> = {}): DocumentExtraction {
  const fields = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value, confidence: confidence[name] ?? 0.95, source: 'text-layer' }]));
  return { documentType, fields, pages: 1, textSources: ['text-layer'], needsManualEntry: { required: false, threshold: 0.8, fields: [] } } as unknown as DocumentExtraction;
}

const seller = { sellerName: 'Harbour Steel Ltd', sellerTaxId: 'GB123456789' };
const buyer = { buyerName: 'Greenfield Manufacturing Co', buyerTaxId: 'GB987654321' };
const contract = reading('contract', { contractNumber: 'SC-2024-17', ...seller, ...buyer, amount: 48_500, currency: 'USD', paymentTermDays: 45, signingDate: '2024-01-25', startDate: '2024-02-01', endDate: '2025-01-31' });
const deliveryNote = reading('delivery-note', { deliveryDate: '2024-03-14', supplierName: 'Harbour Steel Ltd', receiverName: 'Greenfield Manufacturing Co', signatureDate: '2024-03-15', signedBy: 'Li Na' });
const invoice = (changes: Record<string, unknown> = {}, confidence: Record<string, number> = {}) =>
  reading('invoice', { invoiceNumber: 'INV-2024-0042', ...seller, ...buyer, totalAmount: 48_500, currency: 'USD', issueDate: '2024-03-15', dueDate: '2024-04-29', ...changes }, confidence);
const facts: ShipmentFacts = { receivableId: 'INV-2024-0042', contractNumber: 'SC-2024-17', customerTaxId: 'GB 987 6543 21', invoiceAmount: 48_500, invoiceCurrency: 'USD', approvedLimit: 50_000 };

describe('checking a shipment\'s contract, delivery note and invoice', () => {
  it('when the three agree with each other and with the case, then nothing is to resolve', () => {
    expect(checkShippingDocuments({ contract, deliveryNote, invoice: invoice() }, facts)).toEqual({ mismatches: [], unverified: [], invoiceIssueDate: '2024-03-15' });
  });

  it('when a document is missing, then each missing one is named', () => {
    expect(checkShippingDocuments({ contract, deliveryNote: null, invoice: null }, facts).mismatches).toEqual([
      'DOCUMENT_MISSING: no delivery note has been uploaded for the application',
      'DOCUMENT_MISSING: no invoice has been uploaded for the application',
    ]);
  });

  it('when the invoice total is read without confidence, then it is unreadable, not matched', () => {
    expect(checkShippingDocuments({ contract, deliveryNote, invoice: invoice({}, { totalAmount: 0.4 }) }, facts).mismatches).toEqual([
      "FIELD_UNREADABLE: the invoice's totalAmount could not be read with confidence",
    ]);
  });

  it('when the delivery note has no signer, or one read without confidence, then the receipt is not confirmed', () => {
    // given delivery notes whose signer (签收人) is missing or doubtful
    const unsigned = reading('delivery-note', { ...Object.fromEntries(Object.entries(deliveryNote.fields).map(([k, f]) => [k, f.value])), signedBy: null });
    const doubtful = reading('delivery-note', Object.fromEntries(Object.entries(deliveryNote.fields).map(([k, f]) => [k, f.value])), { signedBy: 0.55 });
    // when / then
    for (const note of [unsigned, doubtful]) {
      expect(checkShippingDocuments({ contract, deliveryNote: note, invoice: invoice() }, facts).mismatches).toEqual([
        'RECEIPT_NOT_SIGNED: the delivery note has no recognised signer (签收人), so the receipt is not confirmed',
      ]);
    }
  });

  it('when the invoice names another number, buyer and amount than the shipment, then each difference is named', () => {
    const result = checkShippingDocuments({ contract, deliveryNote, invoice: invoice({ invoiceNumber: 'INV-2024-0043', totalAmount: 52_000, buyerTaxId: 'GB111111111' }) }, facts);
    expect(result.mismatches).toEqual([
      'BUYER_DIFFERS: buyer differs (contract Greenfield Manufacturing Co, invoice Greenfield Manufacturing Co)',
      'AMOUNT_OUT_OF_TOLERANCE: amount differs (contract 48500, invoice 52000)',
      'INVOICE_NUMBER_DIFFERS: the invoice reads INV-2024-0043, the shipment reported INV-2024-0042',
      'INVOICE_AMOUNT_DIFFERS: the invoice totals 52000, the shipment reported 48500',
      'LIMIT_EXCEEDED: the invoice total 52000 exceeds the approved limit 50000',
      "BUYER_NOT_THE_CUSTOMER: the invoice's buyer has tax id GB111111111, the customer GB 987 6543 21",
    ]);
  });
});
