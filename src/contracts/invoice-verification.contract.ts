import { z } from 'zod';

/**
 * Invoice verification (发票核验): what we ask the tax authority's invoice verification service
 * about a Chinese VAT invoice, and what it answers. The HTTP adapter and the offline sample speak
 * this contract; both answers are parsed with it before they are used.
 *
 * HTTP: POST <base>/v1/invoice-verifications with the request as JSON, HTTP basic authentication
 * with the configured app id and secret; 200 with the answer (found or not), 400 for a request
 * the service refuses, 401/403 for credentials it refuses.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date yyyy-mm-dd');

export const invoiceVerificationRequestSchema = z.object({
  /** 发票代码: 10 or 12 digits on paper and e-invoices; fully digital invoices (数电发票) have none */
  invoiceCode: z.string().regex(/^(?:\d{10}|\d{12})$/, '10 or 12 digits').nullable(),
  /** 发票号码: 8 digits, or 20 on a fully digital invoice */
  invoiceNumber: z.string().regex(/^(?:\d{8}|\d{20})$/, '8 or 20 digits'),
  issueDate: isoDate,
  /** 不含税金额 (net amount), which special VAT invoices are verified by */
  netAmount: z.number().nullable(),
  /** the last 6 digits of the 校验码, which ordinary invoices are verified by */
  checkCodeLast6: z.string().regex(/^\d{6}$/, '6 digits').nullable(),
});
export type InvoiceVerificationRequest = z.infer<typeof invoiceVerificationRequestSchema>;

/** NORMAL 正常; VOID 作废; RED_LETTER 红冲 (reversed by a red-letter invoice); ABNORMAL 异常 (e.g. out of control). */
export const authorityInvoiceStatusSchema = z.enum(['NORMAL', 'VOID', 'RED_LETTER', 'ABNORMAL']);
export type AuthorityInvoiceStatus = z.infer<typeof authorityInvoiceStatusSchema>;

/** The invoice as the tax authority records it. */
export const authorityInvoiceRecordSchema = z.object({
  invoiceCode: z.string().nullable(),
  invoiceNumber: z.string().min(1),
  issueDate: isoDate,
  netAmount: z.number(),
  taxAmount: z.number(),
  totalAmount: z.number(),
  /** the full 校验码 (20 digits) where the invoice has one */
  checkCode: z.string().nullable(),
  sellerTaxId: z.string().min(1),
  sellerName: z.string().min(1),
  buyerTaxId: z.string().nullable(),
  buyerName: z.string().nullable(),
  status: authorityInvoiceStatusSchema,
});
export type AuthorityInvoiceRecord = z.infer<typeof authorityInvoiceRecordSchema>;

export const invoiceVerificationAnswerSchema = z.discriminatedUnion('found', [
  z.object({ found: z.literal(true), invoice: authorityInvoiceRecordSchema }),
  z.object({ found: z.literal(false) }),
]);
export type InvoiceVerificationAnswer = z.infer<typeof invoiceVerificationAnswerSchema>;
