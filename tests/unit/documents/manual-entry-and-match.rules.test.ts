import { defaultManualEntryPolicy, manualEntryFor } from '../../../src/domain/documents/manual-entry.rules';
import { MatchContract, MatchDeliveryNote, MatchInvoice, threeWayMatch } from '../../../src/domain/documents/three-way-match.rules';

describe('deciding on manual data entry', () => {
  const read = (value: unknown, confidence: number) => ({ value, confidence, source: 'ocr' as const });
  /** every field the policy requires of the type, read with confidence */
  const allRead = (type: 'invoice' | 'delivery-note') => Object.fromEntries((defaultManualEntryPolicy.required[type] ?? []).map((name) => [name, read('read', 0.95)]));

  it('when every required field is read with confidence, then no manual entry is needed', () => {
    const entry = manualEntryFor('delivery-note', { ...allRead('delivery-note'), deliveryDate: read('2024-03-14', 0.95), receiverName: read('ACME', 0.9), signatureDate: read('2024-03-15', 0.85) });
    expect(entry).toEqual({ required: false, threshold: 0.8, fields: [] });
  });

  it('when a required field is missing and another is unsure, then both are listed with their pre-filled values', () => {
    const entry = manualEntryFor('delivery-note', { ...allRead('delivery-note'), deliveryDate: read('2024-03-14', 0.62), receiverName: read(null, 0), signatureDate: read('2024-03-15', 0.9), signedBy: read(null, 0) });
    expect(entry.required).toBe(true);
    expect(entry.fields).toEqual([
      { field: 'deliveryDate', value: '2024-03-14', confidence: 0.62, reason: 'low-confidence' },
      { field: 'receiverName', value: null, confidence: 0, reason: 'missing' },
      { field: 'signedBy', value: null, confidence: 0, reason: 'missing' },
    ]);
  });

  it('when a read value failed its check, then it is listed with what the check found, even at high confidence', () => {
    const entry = manualEntryFor('invoice', { ...allRead('invoice'), sellerTaxId: { ...read('91330100MA27XL0E2A', 0.95), check: 'the check character does not match' } });
    expect(entry.fields).toEqual([{ field: 'sellerTaxId', value: '91330100MA27XL0E2A', confidence: 0.95, reason: 'failed-check', detail: 'the check character does not match' }]);
  });

  it('when an invoice lacks any field the receivable is booked on, then each one is listed as missing', () => {
    const names = ['invoiceNumber', 'issueDate', 'sellerName', 'sellerTaxId', 'buyerName', 'buyerTaxId', 'netAmount', 'taxAmount', 'totalAmount', 'currency'];
    const entry = manualEntryFor('invoice', { ...Object.fromEntries(names.map((name) => [name, read(null, 0)])), dueDate: read(null, 0) });
    expect(entry.fields.map((f) => [f.field, f.reason])).toEqual(names.map((name) => [name, 'missing']));
  });

  it('when a required field was not returned at all or read blank, then it is listed as missing, never accepted empty', () => {
    const { signedBy: _signedBy, ...withoutSigner } = allRead('delivery-note');
    const entry = manualEntryFor('delivery-note', { ...withoutSigner, receiverName: read('  ', 0.95), deliveryDate: read(Number.NaN, 0.95) });
    expect(entry.required).toBe(true);
    expect(entry.fields.map((f) => [f.field, f.reason]).sort()).toEqual([['deliveryDate', 'missing'], ['receiverName', 'missing'], ['signedBy', 'missing']]);
  });

  it('when a field that is not required is read blank, then it is not listed', () => {
    expect(manualEntryFor('invoice', { ...allRead('invoice'), dueDate: read('', 0.95) }).fields).toEqual([]);
  });

  it('when the policy raises the threshold, then a field read at 0.85 must be confirmed', () => {
    const policy = { threshold: 0.9, required: { invoice: [], 'delivery-note': [], contract: [] } };
    expect(manualEntryFor('contract', { amount: read(100, 0.85) }, policy).fields.map((f) => f.field)).toEqual(['amount']);
  });
});

describe('three-way match of contract, delivery note and invoice', () => {
  const contract: MatchContract = {
    seller: { name: 'Harbour Steel Ltd', taxId: 'GB 123 4567 89' },
    buyer: { name: 'Greenfield Manufacturing Co', taxId: null },
    amount: 48500,
    currency: 'USD',
    paymentTermDays: 45,
    signingDate: '2024-01-25',
    startDate: '2024-02-01',
    endDate: '2025-01-31',
  };
  const delivery: MatchDeliveryNote = { supplierName: 'HARBOUR STEEL LIMITED', receiverName: 'Greenfield Manufacturing Company', deliveryDate: '2024-03-14', signatureDate: '2024-03-15', signedBy: 'Li Na' };
  const invoice: MatchInvoice = {
    seller: { name: 'Harbour Steel', taxId: 'GB123456789' },
    buyer: { name: 'Greenfield Manufacturing', taxId: null },
    totalAmount: 48500,
    currency: 'USD',
    issueDate: '2024-03-15',
    dueDate: '2024-04-29',
  };

  it('when the three documents agree, then they match with no differences', () => {
    expect(threeWayMatch(contract, delivery, invoice)).toEqual({ matched: true, differences: [], unverified: [] });
  });

  it('when the invoice is within the amount tolerance, then it still matches', () => {
    expect(threeWayMatch(contract, delivery, { ...invoice, totalAmount: 48500 * 1.004 }).matched).toBe(true);
  });

  it('when the amount is over tolerance and the invoice precedes the delivery, then both differences are named', () => {
    // given
    const late = { ...delivery, deliveryDate: '2024-03-20', signatureDate: '2024-03-21' };
    // when
    const result = threeWayMatch(contract, late, { ...invoice, totalAmount: 49000 });
    // then
    expect(result.matched).toBe(false);
    expect(result.differences.map((d) => d.rule)).toEqual(['AMOUNT_OUT_OF_TOLERANCE', 'INVOICED_BEFORE_DELIVERY']);
    expect(result.differences[0]?.values).toEqual({ contract: 48500, invoice: 49000 });
  });

  it('when tax ids differ although the names agree, then the seller differs', () => {
    const result = threeWayMatch(contract, delivery, { ...invoice, seller: { name: 'Harbour Steel Ltd', taxId: 'GB999999999' } });
    expect(result.differences.map((d) => d.rule)).toEqual(['SELLER_DIFFERS']);
  });

  it('when the invoice gives longer to pay than the contract, then the payment term differs', () => {
    const result = threeWayMatch(contract, delivery, { ...invoice, dueDate: '2024-05-15' });
    expect(result.differences.map((d) => d.rule)).toEqual(['PAYMENT_TERM_EXCEEDS_CONTRACT']);
  });

  it('when the delivery falls outside the contract term, then that is named', () => {
    const result = threeWayMatch({ ...contract, endDate: '2024-03-01' }, delivery, invoice);
    expect(result.differences.map((d) => d.rule)).toEqual(['DELIVERED_OUTSIDE_CONTRACT_TERM']);
  });

  it('when the delivery note has no recognised signer, then the receipt is refused, not left unverified', () => {
    const result = threeWayMatch(contract, { ...delivery, signedBy: null }, invoice);
    expect(result.matched).toBe(false);
    expect(result.differences.map((d) => d.rule)).toEqual(['RECEIPT_NOT_SIGNED']);
  });

  it('when data is missing, then the check is unverified rather than passed', () => {
    const result = threeWayMatch({ ...contract, amount: null }, { ...delivery, signatureDate: null }, invoice);
    expect(result.matched).toBe(true);
    expect(result.unverified).toEqual(['AMOUNT_OUT_OF_TOLERANCE', 'SIGNED_BEFORE_DELIVERY']);
  });
});
