import type { DocumentExtraction } from '../../contracts/documents.contract';
import { normaliseTaxId } from './tax-id.parser';
import { threeWayMatch, type MatchContract, type MatchDeliveryNote, type MatchInvoice, type MatchRule } from './three-way-match.rules';

/**
 * Step 7: are the contract, delivery note and invoice of a shipment consistent with each other
 * (three-way match) and with the case (signed contract, approved limit, the invoice the shipment
 * reported, the customer)? Each mismatch is one readable line for the analyst who resolves it.
 */
export interface ShippingDocuments {
  contract: DocumentExtraction | null;
  deliveryNote: DocumentExtraction | null;
  invoice: DocumentExtraction | null;
}

export interface ShipmentFacts {
  receivableId: string;
  contractNumber: string;
  customerTaxId: string;
  invoiceAmount: number;
  invoiceCurrency: string;
  approvedLimit: number;
}

export interface ShippingDocumentsCheck {
  mismatches: string[];
  /** Checks the documents gave no data for (e.g. no payment term printed): listed, never counted as matched. */
  unverified: MatchRule[];
  invoiceIssueDate: string | null;
}

/** Fields the check cannot do without: unreadable (missing or below the confidence threshold) is a mismatch. */
const requiredFields = { contract: ['contractNumber', 'amount'], deliveryNote: ['deliveryDate', 'signedBy'], invoice: ['invoiceNumber', 'totalAmount', 'issueDate'] } as const;
const documentLabels = { contract: 'contract', deliveryNote: 'delivery note', invoice: 'invoice' } as const;
const centsEqual = (a: number, b: number) => Math.abs(a - b) < 0.005;

function unreadable(kind: keyof typeof documentLabels, field: string): string {
  if (kind === 'deliveryNote' && field === 'signedBy') return 'RECEIPT_NOT_SIGNED: the delivery note has no recognised signer (签收人), so the receipt is not confirmed';
  return `FIELD_UNREADABLE: the ${documentLabels[kind]}'s ${field} could not be read with confidence`;
}

/** A field's value when it was read with enough confidence, else null. */
export function confident<T>(extraction: DocumentExtraction | null, field: string): T | null {
  if (!extraction) return null;
  const read = (extraction.fields as Record<string, { value: unknown; confidence: number }>)[field];
  if (!read || read.value === null || read.confidence < extraction.needsManualEntry.threshold) return null;
  return read.value as T;
}

export function checkShippingDocuments(documents: ShippingDocuments, facts: ShipmentFacts): ShippingDocumentsCheck {
  const mismatches: string[] = [];
  for (const kind of ['contract', 'deliveryNote', 'invoice'] as const) {
    if (!documents[kind]) mismatches.push(`DOCUMENT_MISSING: no ${documentLabels[kind]} has been uploaded for the application`);
    else for (const field of requiredFields[kind]) if (confident(documents[kind], field) === null) mismatches.push(unreadable(kind, field));
  }
  const c = (field: string) => confident<string & number>(documents.contract, field);
  const d = (field: string) => confident<string>(documents.deliveryNote, field);
  const i = (field: string) => confident<string & number>(documents.invoice, field);

  const contract: MatchContract = {
    seller: { name: c('sellerName'), taxId: c('sellerTaxId') }, buyer: { name: c('buyerName'), taxId: c('buyerTaxId') },
    amount: c('amount'), currency: c('currency'), paymentTermDays: c('paymentTermDays'), signingDate: c('signingDate'), startDate: c('startDate'), endDate: c('endDate'),
  };
  const delivery: MatchDeliveryNote = { supplierName: d('supplierName'), receiverName: d('receiverName'), deliveryDate: d('deliveryDate'), signatureDate: d('signatureDate'), signedBy: d('signedBy') };
  const invoice: MatchInvoice = {
    seller: { name: i('sellerName'), taxId: i('sellerTaxId') }, buyer: { name: i('buyerName'), taxId: i('buyerTaxId') },
    totalAmount: i('totalAmount'), currency: i('currency'), issueDate: i('issueDate'), dueDate: i('dueDate'),
  };
  const match = documents.contract && documents.deliveryNote && documents.invoice ? threeWayMatch(contract, delivery, invoice) : { differences: [], unverified: [] };
  for (const difference of match.differences) {
    if (difference.rule === 'RECEIPT_NOT_SIGNED') continue; // named above, as the unreadable signer
    const values = Object.entries(difference.values).map(([source, value]) => `${source} ${value ?? '(none)'}`).join(', ');
    mismatches.push(`${difference.rule}: ${difference.field} differs (${values})`);
  }

  const caseCheck = (rule: string, holds: boolean, detail: string) => void (holds || mismatches.push(`${rule}: ${detail}`));
  const contractNumber = c('contractNumber');
  if (contractNumber !== null) caseCheck('CONTRACT_NUMBER_DIFFERS', contractNumber === facts.contractNumber, `the contract reads ${contractNumber}, the signed contract is ${facts.contractNumber}`);
  const invoiceNumber = i('invoiceNumber');
  if (invoiceNumber !== null) caseCheck('INVOICE_NUMBER_DIFFERS', invoiceNumber === facts.receivableId, `the invoice reads ${invoiceNumber}, the shipment reported ${facts.receivableId}`);
  const total = i('totalAmount');
  if (total !== null) {
    caseCheck('INVOICE_AMOUNT_DIFFERS', centsEqual(total, facts.invoiceAmount), `the invoice totals ${total}, the shipment reported ${facts.invoiceAmount}`);
    caseCheck('LIMIT_EXCEEDED', total <= facts.approvedLimit + 0.005, `the invoice total ${total} exceeds the approved limit ${facts.approvedLimit}`);
  }
  const currency = i('currency');
  if (currency !== null) caseCheck('INVOICE_CURRENCY_DIFFERS', currency === facts.invoiceCurrency, `the invoice is in ${currency}, the shipment reported ${facts.invoiceCurrency}`);
  const buyerTaxId = i('buyerTaxId');
  if (buyerTaxId !== null) caseCheck('BUYER_NOT_THE_CUSTOMER', normaliseTaxId(buyerTaxId) === normaliseTaxId(facts.customerTaxId), `the invoice's buyer has tax id ${buyerTaxId}, the customer ${facts.customerTaxId}`);
  return { mismatches, unverified: match.unverified, invoiceIssueDate: i('issueDate') };
}
