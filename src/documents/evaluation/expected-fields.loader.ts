import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDate } from '../../domain/documents/date.parser';

/**
 * The truth files of `../shared/data/invoices/`, each in its own format, read into one shape:
 * the document files and the invoice fields they are known to carry. A field the truth file
 * does not state is left out (not compared); a field it states as null or "" is expected absent.
 */
export type EvaluatedField =
  | 'invoiceNumber' | 'invoiceCode' | 'invoiceKind' | 'issueDate' | 'dueDate' | 'sellerName' | 'sellerTaxId'
  | 'buyerName' | 'buyerTaxId' | 'netAmount' | 'taxAmount' | 'totalAmount' | 'currency' | 'lineCount';

export type ExpectedValue = string | number | null;

export interface ExpectedDocument {
  file: string;
  expected: Partial<Record<EvaluatedField, ExpectedValue>>;
}

type Json = Record<string, unknown>;

export async function loadExpectedDocuments(invoicesDir: string): Promise<ExpectedDocument[]> {
  return [
    ...(await invoice2data(path.join(invoicesDir, 'invoice2data'))),
    ...(await chineseVat(path.join(invoicesDir, 'cn_vat'))),
    ...(await ofd(path.join(invoicesDir, 'cn_vat', 'ofdsharp'))),
    ...(await facturX(path.join(invoicesDir, 'zugferd_facturx'))),
  ];
}

/** invoice2data: `<name>.json` (a one-element array, invoice2data's own output) beside `<name>.pdf`. */
async function invoice2data(dir: string): Promise<ExpectedDocument[]> {
  const documents: ExpectedDocument[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.pdf')).sort()) {
    const truth = (JSON.parse(await readFile(path.join(dir, name.replace(/\.pdf$/, '.json')), 'utf8')) as Json[])[0] ?? {};
    const lines = truth['lines'] as Json[] | undefined;
    documents.push({
      file: path.join(dir, name),
      expected: defined({
        invoiceNumber: str(truth['invoice_number']),
        issueDate: 'date' in truth ? parseDate(String(truth['date'])) : undefined,
        dueDate: 'date_due' in truth ? parseDate(String(truth['date_due'])) : undefined,
        sellerName: str(truth['issuer']),
        sellerTaxId: str(truth['vat'] ?? truth['static_vat']),
        netAmount: num(truth['amount_untaxed']),
        taxAmount: num(truth['amount_tax']),
        totalAmount: num(truth['amount']),
        currency: str(truth['currency']),
        lineCount: lines ? lines.filter((line) => 'name' in line || 'desc' in line).length : undefined,
      }),
    });
  }
  return documents;
}

/** cn_vat: `<prefix>_expected.json` holds the truth of every `<prefix>_*.pdf|png` (the same invoice as PDF and as picture). */
async function chineseVat(dir: string): Promise<ExpectedDocument[]> {
  const names = await readdir(dir);
  const documents: ExpectedDocument[] = [];
  for (const truthName of names.filter((n) => n.endsWith('_expected.json')).sort()) {
    const prefix = truthName.replace(/expected\.json$/, '');
    const truth = JSON.parse(await readFile(path.join(dir, truthName), 'utf8')) as Json;
    const qr = (truth['qr_fields_ground_truth'] ?? {}) as Json;
    const text = (truth['text_layer_fields'] ?? {}) as Json;
    const expected = defined({
      invoiceNumber: str(qr['invoice_number']),
      invoiceCode: str(qr['invoice_code']),
      issueDate: 'issue_date' in qr ? parseDate(String(qr['issue_date'])) : undefined,
      sellerName: absentIfEmpty(text['seller_name']),
      sellerTaxId: absentIfEmpty(text['seller_tax_id']),
      buyerName: absentIfEmpty(text['buyer_name']),
      buyerTaxId: absentIfEmpty(text['buyer_tax_id']),
      netAmount: num(text['total_amount_excl_tax'] ?? qr['amount_excl_tax']),
      taxAmount: num(text['total_tax']),
      totalAmount: num(text['total_incl_tax']),
      lineCount: Array.isArray(text['lines']) ? text['lines'].length : undefined,
    });
    for (const name of names.filter((n) => n.startsWith(prefix) && /\.(pdf|png|jpe?g)$/i.test(n)).sort()) {
      documents.push({ file: path.join(dir, name), expected });
    }
  }
  return documents;
}

/** ofdsharp: expected_fields.json keyed by OFD file name, field names of the eInvoice XML. */
async function ofd(dir: string): Promise<ExpectedDocument[]> {
  const truth = JSON.parse(await readFile(path.join(dir, 'expected_fields.json'), 'utf8')) as Record<string, Json>;
  return Object.entries(truth).map(([name, fields]) => ({
    file: path.join(dir, name),
    expected: defined({
      invoiceNumber: str(fields['InvoiceNo']),
      invoiceCode: str(fields['InvoiceCode']),
      issueDate: parseDate(String(fields['IssueDate'] ?? '')),
      sellerName: absentIfEmpty(fields['SellerName']),
      sellerTaxId: absentIfEmpty(fields['SellerTaxID']),
      buyerName: absentIfEmpty(fields['BuyerName']),
      buyerTaxId: absentIfEmpty(fields['BuyerTaxID']),
      netAmount: num(fields['TaxExclusiveTotalAmount']),
      // "***" is how a Chinese invoice prints the tax of a tax-exempt sale: no tax, 0
      taxAmount: fields['TaxTotalAmount'] === '***' ? 0 : num(fields['TaxTotalAmount']),
      totalAmount: num(fields['TaxInclusiveTotalAmount']),
      lineCount: num(fields['line_count']) ?? undefined,
    }),
  }));
}

const ciiKinds: Record<string, string> = { '380': 'invoice', '381': 'credit-note', '389': 'credit-note', '384': 'corrective' };

/** zugferd_facturx: expected_fields.json keyed by PDF name, header fields of the embedded CII. */
async function facturX(dir: string): Promise<ExpectedDocument[]> {
  const truth = JSON.parse(await readFile(path.join(dir, 'expected_fields.json'), 'utf8')) as Record<string, Json>;
  const isoOf = (value: unknown) => (value === null ? null : String(value).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3'));
  return Object.entries(truth).map(([name, fields]) => ({
    file: path.join(dir, name),
    expected: defined({
      invoiceNumber: str(fields['invoice_number']),
      invoiceKind: ciiKinds[String(fields['type_code'])] ?? undefined,
      issueDate: 'issue_date' in fields ? isoOf(fields['issue_date']) : undefined,
      dueDate: 'due_date' in fields ? isoOf(fields['due_date']) : undefined,
      sellerName: str(fields['seller']),
      sellerTaxId: str(fields['seller_vat']),
      buyerName: str(fields['buyer']),
      netAmount: num(fields['net_total']),
      taxAmount: num(fields['tax_total']),
      totalAmount: num(fields['grand_total']),
      currency: str(fields['currency']),
      lineCount: num(fields['line_count']) ?? undefined,
    }),
  }));
}

function defined(fields: Partial<Record<EvaluatedField, ExpectedValue | undefined>>): Partial<Record<EvaluatedField, ExpectedValue>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<Record<EvaluatedField, ExpectedValue>>;
}

function str(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

function absentIfEmpty(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  return value === null || String(value).trim() === '' ? null : String(value);
}

function num(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = Number(String(value).replace(/,/g, ''));
  return Number.isFinite(parsed) ? parsed : undefined;
}
