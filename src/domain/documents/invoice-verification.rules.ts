import type { DocumentExtraction } from '../../contracts/documents.contract';
import type { InvoiceVerificationAnswer, InvoiceVerificationRequest } from '../../contracts/invoice-verification.contract';
import { confident } from './shipping-documents.rules';

/**
 * Invoice verification (发票核验) of a Chinese VAT invoice: what we ask the tax authority, and
 * what its answer means for the three-way match. A void (作废), red-letter (红冲), abnormal or
 * unknown invoice is refused outright — no analyst's resolution opens a receivable on it, only a
 * new invoice; a difference between what we read and what the authority records (issue date,
 * net amount, check code) is a mismatch like the others, which credit resolves. Each reason is
 * one line for staff, in Chinese with English beside.
 */
export type VerificationPlan =
  | { kind: 'not-applicable' }
  | { kind: 'unverifiable'; reason: string }
  | { kind: 'request'; request: InvoiceVerificationRequest };

export interface VerificationFindings {
  /** refusals no resolution accepts */
  blocking: string[];
  /** differences credit may resolve */
  mismatches: string[];
}

/** Chinese VAT invoices only: an OFD/text read with a check-code field, a 发票代码, or a 20-digit fully digital number. */
function isChineseVatInvoice(invoice: Extract<DocumentExtraction, { documentType: 'invoice' }>): boolean {
  const { fields } = invoice;
  return fields.checkCode !== undefined || fields.invoiceCode.value !== null || /^\d{20}$/.test(fields.invoiceNumber.value ?? '');
}

export function verificationPlanFor(extraction: DocumentExtraction | null): VerificationPlan {
  if (!extraction || extraction.documentType !== 'invoice' || !isChineseVatInvoice(extraction)) return { kind: 'not-applicable' };
  const invoiceNumber = confident<string>(extraction, 'invoiceNumber');
  const invoiceCode = confident<string>(extraction, 'invoiceCode');
  const issueDate = confident<string>(extraction, 'issueDate');
  const netAmount = confident<number>(extraction, 'netAmount');
  const checkCode = confident<string>(extraction, 'checkCode');
  const unreadable = [
    ...(invoiceNumber === null || !/^(?:\d{8}|\d{20})$/.test(invoiceNumber) ? ['发票号码 invoice number'] : []),
    ...(invoiceNumber !== null && /^\d{8}$/.test(invoiceNumber) && (invoiceCode === null || !/^(?:\d{10}|\d{12})$/.test(invoiceCode)) ? ['发票代码 invoice code'] : []),
    ...(issueDate === null ? ['开票日期 issue date'] : []),
    ...(netAmount === null && (checkCode === null || !/^\d{20}$/.test(checkCode)) ? ['不含税金额 net amount or 校验码 check code'] : []),
  ];
  if (unreadable.length || invoiceNumber === null || issueDate === null) {
    return { kind: 'unverifiable', reason: `INVOICE_NOT_VERIFIED: 发票未能核验 — the invoice's ${unreadable.join(', ')} could not be read with confidence, so it was not verified with the tax authority` };
  }
  return {
    kind: 'request',
    request: {
      invoiceCode: /^\d{20}$/.test(invoiceNumber) ? null : invoiceCode,
      invoiceNumber,
      issueDate,
      netAmount,
      checkCodeLast6: checkCode !== null && /^\d{20}$/.test(checkCode) ? checkCode.slice(-6) : null,
    },
  };
}

const statusReasons = {
  VOID: 'INVOICE_VOID: 发票已作废 — the tax authority records the invoice as void (作废)',
  RED_LETTER: 'INVOICE_RED_LETTER: 发票已红冲 — the tax authority records the invoice as reversed by a red-letter invoice (红冲)',
  ABNORMAL: 'INVOICE_ABNORMAL: 发票状态异常 — the tax authority records the invoice as abnormal (异常)',
} as const;

/** What the authority's answer says about the invoice we read. */
export function verificationFindings(request: InvoiceVerificationRequest, answer: InvoiceVerificationAnswer): VerificationFindings {
  const name = `${request.invoiceCode ? `${request.invoiceCode} ` : ''}${request.invoiceNumber}`;
  if (!answer.found) return { blocking: [`INVOICE_UNKNOWN: 查无此票 — the tax authority's invoice verification service does not know invoice ${name}`], mismatches: [] };
  const record = answer.invoice;
  const blocking = record.status === 'NORMAL' ? [] : [`${statusReasons[record.status]}: invoice ${name}`];
  const mismatches: string[] = [];
  const differs = (label: string, read: string | number, recorded: string | number | null) =>
    mismatches.push(`INVOICE_VERIFICATION_MISMATCH: ${label} differs — the invoice reads ${read}, the tax authority records ${recorded ?? '(none)'}`);
  if (record.issueDate !== request.issueDate) differs('开票日期 issue date', request.issueDate, record.issueDate);
  if (request.netAmount !== null && Math.abs(record.netAmount - request.netAmount) >= 0.005) differs('不含税金额 net amount', request.netAmount, record.netAmount);
  if (request.checkCodeLast6 !== null && record.checkCode?.slice(-6) !== request.checkCodeLast6) differs('校验码后6位 check code (last 6 digits)', request.checkCodeLast6, record.checkCode?.slice(-6) ?? null);
  return { blocking, mismatches };
}
