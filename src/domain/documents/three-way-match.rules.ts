import { normaliseTaxId } from './tax-id.parser';
import { normalisePartyName } from './party-name.normaliser';

/**
 * Three-way match of contract ↔ delivery note ↔ invoice (step 7 of the lifecycle): the
 * differing fields, each with the rule it breaks and the values compared. A check whose
 * data is missing on one side is listed as unverified, never as matched.
 */
export interface PartyRef {
  name: string | null;
  taxId: string | null;
}

export interface MatchContract {
  seller: PartyRef;
  buyer: PartyRef;
  amount: number | null;
  currency: string | null;
  paymentTermDays: number | null;
  signingDate: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface MatchDeliveryNote {
  supplierName: string | null;
  receiverName: string | null;
  deliveryDate: string | null;
  signatureDate: string | null;
  /** who signed for the goods (签收人): without a recognised signer the receipt is not confirmed */
  signedBy: string | null;
}

export interface MatchInvoice {
  seller: PartyRef;
  buyer: PartyRef;
  totalAmount: number | null;
  currency: string | null;
  issueDate: string | null;
  dueDate: string | null;
}

export interface MatchPolicy {
  /** accepted difference between invoice and contract amount: the larger of the two */
  amountToleranceAbsolute: number;
  amountToleranceRelative: number;
}

export const defaultMatchPolicy: MatchPolicy = { amountToleranceAbsolute: 0.01, amountToleranceRelative: 0.005 };

export type MatchRule =
  | 'SELLER_DIFFERS'
  | 'BUYER_DIFFERS'
  | 'SUPPLIER_DIFFERS'
  | 'RECEIVER_DIFFERS'
  | 'AMOUNT_OUT_OF_TOLERANCE'
  | 'CURRENCY_DIFFERS'
  | 'INVOICED_BEFORE_DELIVERY'
  | 'SIGNED_BEFORE_DELIVERY'
  | 'RECEIPT_NOT_SIGNED'
  | 'DELIVERED_BEFORE_CONTRACT'
  | 'DELIVERED_OUTSIDE_CONTRACT_TERM'
  | 'PAYMENT_TERM_EXCEEDS_CONTRACT';

export interface MatchDifference {
  field: string;
  rule: MatchRule;
  values: Record<string, string | number | null>;
}

export interface MatchResult {
  matched: boolean;
  differences: MatchDifference[];
  unverified: MatchRule[];
}

export function threeWayMatch(contract: MatchContract, delivery: MatchDeliveryNote, invoice: MatchInvoice, policy: MatchPolicy = defaultMatchPolicy): MatchResult {
  const differences: MatchDifference[] = [];
  const unverified: MatchRule[] = [];
  const check = (rule: MatchRule, field: string, values: Record<string, string | number | null>, holds: boolean | null) => {
    if (holds === null) unverified.push(rule);
    else if (!holds) differences.push({ field, rule, values });
  };

  check('SELLER_DIFFERS', 'seller', { contract: show(contract.seller), invoice: show(invoice.seller) }, sameParty(contract.seller, invoice.seller));
  check('BUYER_DIFFERS', 'buyer', { contract: show(contract.buyer), invoice: show(invoice.buyer) }, sameParty(contract.buyer, invoice.buyer));
  check('SUPPLIER_DIFFERS', 'supplier', { deliveryNote: delivery.supplierName, invoice: show(invoice.seller) }, sameParty({ name: delivery.supplierName, taxId: null }, invoice.seller));
  check('RECEIVER_DIFFERS', 'receiver', { deliveryNote: delivery.receiverName, contract: show(contract.buyer) }, sameParty({ name: delivery.receiverName, taxId: null }, contract.buyer));
  check('AMOUNT_OUT_OF_TOLERANCE', 'amount', { contract: contract.amount, invoice: invoice.totalAmount }, withinTolerance(contract.amount, invoice.totalAmount, policy));
  check('CURRENCY_DIFFERS', 'currency', { contract: contract.currency, invoice: invoice.currency }, both(contract.currency, invoice.currency, (a, b) => a === b));
  check('INVOICED_BEFORE_DELIVERY', 'issueDate', { deliveryDate: delivery.deliveryDate, issueDate: invoice.issueDate }, both(delivery.deliveryDate, invoice.issueDate, (d, i) => d <= i));
  check('SIGNED_BEFORE_DELIVERY', 'signatureDate', { deliveryDate: delivery.deliveryDate, signatureDate: delivery.signatureDate }, both(delivery.deliveryDate, delivery.signatureDate, (d, s) => d <= s));
  // a missing signer is a refusal, never an unverified check: nobody confirmed the goods arrived
  check('RECEIPT_NOT_SIGNED', 'signedBy', { deliveryNote: delivery.signedBy }, delivery.signedBy !== null && delivery.signedBy.trim() !== '');
  check('DELIVERED_BEFORE_CONTRACT', 'deliveryDate', { signingDate: contract.signingDate, deliveryDate: delivery.deliveryDate }, both(contract.signingDate, delivery.deliveryDate, (s, d) => s <= d));
  check('DELIVERED_OUTSIDE_CONTRACT_TERM', 'deliveryDate', { startDate: contract.startDate, endDate: contract.endDate, deliveryDate: delivery.deliveryDate }, withinTerm(contract, delivery.deliveryDate));
  check('PAYMENT_TERM_EXCEEDS_CONTRACT', 'dueDate', { paymentTermDays: contract.paymentTermDays, issueDate: invoice.issueDate, dueDate: invoice.dueDate }, termKept(contract.paymentTermDays, invoice));
  return { matched: differences.length === 0, differences, unverified };
}

/** Same party: equal tax ids where both are known, otherwise equal normalised names. */
function sameParty(a: PartyRef, b: PartyRef): boolean | null {
  if (a.taxId && b.taxId) return normaliseTaxId(a.taxId) === normaliseTaxId(b.taxId);
  if (a.name && b.name) return normalisePartyName(a.name) === normalisePartyName(b.name);
  return null;
}

function withinTolerance(expected: number | null, actual: number | null, policy: MatchPolicy): boolean | null {
  if (expected === null || actual === null) return null;
  const tolerance = Math.max(policy.amountToleranceAbsolute, Math.abs(expected) * policy.amountToleranceRelative);
  return Math.abs(expected - actual) <= tolerance + 1e-9;
}

function withinTerm(contract: MatchContract, deliveryDate: string | null): boolean | null {
  if (!deliveryDate || (!contract.startDate && !contract.endDate)) return null;
  return (!contract.startDate || contract.startDate <= deliveryDate) && (!contract.endDate || deliveryDate <= contract.endDate);
}

function termKept(termDays: number | null, invoice: MatchInvoice): boolean | null {
  if (termDays === null || !invoice.issueDate || !invoice.dueDate) return null;
  const days = (Date.parse(invoice.dueDate) - Date.parse(invoice.issueDate)) / 86_400_000;
  return days <= termDays;
}

function both<T>(a: T | null, b: T | null, holds: (a: T, b: T) => boolean): boolean | null {
  return a === null || b === null ? null : holds(a, b);
}

function show(party: PartyRef): string | null {
  return party.name ?? party.taxId;
}
