import { DocumentType, ManualEntry } from '../../contracts/documents.contract';
import { Field } from './extracted-field';

/**
 * When a person has to enter or confirm data: a required field that was not read, a read field
 * that failed its check (format, check character, sums), or any read field below the confidence
 * threshold. The threshold and the required fields are policy.
 */
export interface ManualEntryPolicy {
  threshold: number;
  required: Partial<Record<DocumentType, string[]>>;
}

export const defaultManualEntryPolicy: ManualEntryPolicy = {
  threshold: 0.8,
  required: {
    // what a receivable is booked and matched on: the list (issue 12), nothing of it accepted empty
    invoice: ['invoiceNumber', 'issueDate', 'sellerName', 'sellerTaxId', 'buyerName', 'buyerTaxId', 'netAmount', 'taxAmount', 'totalAmount', 'currency'],
    // no receipt without a recognised signer and a reference to what was ordered
    'delivery-note': ['deliveryNoteNumber', 'deliveryDate', 'receiverName', 'signedBy', 'signatureDate', 'orderReference'],
    contract: ['contractNumber', 'sellerName', 'buyerName', 'amount', 'signingDate'],
    // scoring needs every one of them
    'financial-statement': ['companyName', 'taxId', 'fiscalYear', 'revenue', 'netProfit', 'totalAssets', 'totalLiabilities'],
  },
};

export function manualEntryFor(documentType: DocumentType, fields: Record<string, Field<unknown>>, policy: ManualEntryPolicy = defaultManualEntryPolicy): ManualEntry {
  const listed: ManualEntry['fields'] = [];
  const required = policy.required[documentType] ?? [];
  // a required field the extraction did not even return is missing as much as one read empty
  const all: [string, Field<unknown> | undefined][] = [...Object.entries(fields), ...required.filter((name) => !(name in fields)).map((name) => [name, undefined] as [string, undefined])];
  for (const [name, field] of all) {
    const isRequired = required.includes(name);
    if (!field || (isRequired ? isEmpty(field.value) : field.value === null)) {
      if (isRequired) listed.push({ field: name, value: null, confidence: field?.confidence ?? 0, reason: 'missing' });
    } else if (field.check) {
      listed.push({ field: name, value: field.value, confidence: field.confidence, reason: 'failed-check', detail: field.check });
    } else if (!(field.confidence >= policy.threshold)) {
      listed.push({ field: name, value: field.value, confidence: field.confidence, reason: 'low-confidence' });
    }
  }
  return { required: listed.length > 0, threshold: policy.threshold, fields: listed };
}

/** Nothing usable read for a required field: no value, blank text, or a number that is none. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number') return !Number.isFinite(value);
  return false;
}
