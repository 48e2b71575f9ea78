import { InvoiceFields, InvoiceLine } from '../../contracts/documents.contract';
import { parseDate } from './date.parser';
import { Field } from './extracted-field';

/**
 * The Chinese tax bureau's structured e-invoice (namespace
 * http://www.edrm.org.cn/schema/e-invoice/2019), as parsed XML without prefixes, to invoice
 * fields. It is the document's own data, so every field present has confidence 1.
 * A tax amount printed as "***" marks a tax-exempt invoice: the tax is 0.
 */
type Node = Record<string, unknown>;

export function eInvoiceToFields(xml: Node): InvoiceFields {
  const root = (xml['eInvoice'] ?? {}) as Node;
  const buyer = (root['Buyer'] ?? {}) as Node;
  const seller = (root['Seller'] ?? {}) as Node;
  const goods = (root['GoodsInfos'] ?? {}) as Node;
  const items = ([] as unknown[]).concat(goods['GoodsInfo'] ?? []) as Node[];
  const lines: InvoiceLine[] = items.map((item) => ({
    description: str(item['Item']) ?? '',
    quantity: num(item['Quantity']),
    unitPrice: num(item['Price']),
    amount: num(item['Amount']),
    taxRate: num(String(item['TaxScheme'] ?? '').replace('%', '')),
  }));
  const negative = Number(str(root['TaxInclusiveTotalAmount']) ?? 0) < 0;
  return {
    invoiceNumber: known(str(root['InvoiceNo'])),
    invoiceCode: known(str(root['InvoiceCode'])),
    checkCode: known(str(root['InvoiceCheckCode'])),
    invoiceKind: known(negative ? 'credit-note' : 'invoice'),
    issueDate: known(parseDate(str(root['IssueDate']) ?? '')),
    dueDate: known(null),
    sellerName: known(str(seller['SellerName'])),
    sellerTaxId: known(str(seller['SellerTaxID'])),
    buyerName: known(str(buyer['BuyerName'])),
    buyerTaxId: known(str(buyer['BuyerTaxID'])),
    netAmount: known(num(root['TaxExclusiveTotalAmount'])),
    taxAmount: known(num(root['TaxTotalAmount'])),
    totalAmount: known(num(root['TaxInclusiveTotalAmount'])),
    currency: known('CNY'),
    lines: known(lines.length ? lines : null),
  };
}

function known<T>(value: T | null): Field<T> {
  return { value, confidence: 1, source: 'structured-xml' };
}

function str(value: unknown): string | null {
  const text = value === undefined || value === null ? '' : String(value).trim();
  return text ? text : null;
}

function num(value: unknown): number | null {
  const text = str(value);
  if (text === null) return null;
  if (/^\*+$/.test(text)) return 0;
  const parsed = Number(text.replace(/,/g, ''));
  return Number.isFinite(parsed) ? parsed : null;
}
