import { InvoiceFields, InvoiceLine } from '../../contracts/documents.contract';
import { Field } from './extracted-field';

/**
 * A UN/CEFACT Cross Industry Invoice (the XML inside Factur-X / ZUGFeRD PDFs), parsed without
 * namespace prefixes, to invoice fields. The document's own data: confidence 1.
 */
type Node = Record<string, unknown>;

const kinds: Record<string, 'invoice' | 'credit-note' | 'corrective'> = { '380': 'invoice', '381': 'credit-note', '389': 'credit-note', '384': 'corrective' };

export function ciiToFields(xml: Node): InvoiceFields {
  const invoice = node(xml, 'CrossIndustryInvoice');
  const document = node(invoice, 'ExchangedDocument');
  const transaction = node(invoice, 'SupplyChainTradeTransaction');
  const agreement = node(transaction, 'ApplicableHeaderTradeAgreement');
  const settlement = node(transaction, 'ApplicableHeaderTradeSettlement');
  const totals = node(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation');
  const seller = node(agreement, 'SellerTradeParty');
  const buyer = node(agreement, 'BuyerTradeParty');
  const lines: InvoiceLine[] = list(transaction, 'IncludedSupplyChainTradeLineItem').map((item) => ({
    description: text(node(item, 'SpecifiedTradeProduct'), 'Name') ?? '',
    quantity: num(text(node(item, 'SpecifiedLineTradeDelivery'), 'BilledQuantity')),
    unitPrice: num(text(node(node(item, 'SpecifiedLineTradeAgreement'), 'NetPriceProductTradePrice'), 'ChargeAmount')),
    amount: num(text(node(node(item, 'SpecifiedLineTradeSettlement'), 'SpecifiedTradeSettlementLineMonetarySummation'), 'LineTotalAmount')),
    taxRate: num(text(node(node(item, 'SpecifiedLineTradeSettlement'), 'ApplicableTradeTax'), 'RateApplicablePercent')),
  }));
  const dueDate = list(settlement, 'SpecifiedTradePaymentTerms').map((terms) => date(node(terms, 'DueDateDateTime'))).find((d) => d !== null) ?? null;
  return {
    invoiceNumber: known(text(document, 'ID')),
    invoiceCode: known(null),
    invoiceKind: known(kinds[text(document, 'TypeCode') ?? ''] ?? null),
    issueDate: known(date(node(document, 'IssueDateTime'))),
    dueDate: known(dueDate),
    sellerName: known(text(seller, 'Name')),
    sellerTaxId: known(text(list(seller, 'SpecifiedTaxRegistration')[0] ?? {}, 'ID')),
    buyerName: known(text(buyer, 'Name')),
    buyerTaxId: known(text(list(buyer, 'SpecifiedTaxRegistration')[0] ?? {}, 'ID')),
    netAmount: known(num(text(totals, 'TaxBasisTotalAmount'))),
    taxAmount: known(num(text(totals, 'TaxTotalAmount'))),
    totalAmount: known(num(text(totals, 'GrandTotalAmount'))),
    currency: known(text(settlement, 'InvoiceCurrencyCode')),
    lines: known(lines.length ? lines : null),
  };
}

/** Dates in CII are `DateTimeString format="102"`: yyyymmdd. */
function date(holder: Node): string | null {
  const value = text(holder, 'DateTimeString');
  const match = value?.match(/^(\d{4})(\d{2})(\d{2})$/);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

function known<T>(value: T | null): Field<T> {
  return { value, confidence: 1, source: 'structured-xml' };
}

function node(parent: Node, name: string): Node {
  const value = parent[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === 'object' ? (first as Node) : {};
}

function list(parent: Node, name: string): Node[] {
  const value = parent[name];
  return (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((v): v is Node => typeof v === 'object' && v !== null);
}

function text(parent: Node, name: string): string | null {
  const value = parent[name];
  const first = Array.isArray(value) ? value[0] : value;
  const raw = first && typeof first === 'object' ? (first as Node)['#text'] : first;
  const result = raw === undefined || raw === null ? '' : String(raw).trim();
  return result ? result : null;
}

function num(value: string | null): number | null {
  if (value === null) return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}
