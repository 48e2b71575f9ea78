import { z } from 'zod';
import { authorityInvoiceRecordSchema, invoiceVerificationRequestSchema, type AuthorityInvoiceRecord } from '../contracts/invoice-verification.contract';
import type { InvoiceVerificationPort } from './invoice-verification.port';
import sampleFile from './sample-invoices.json';

const sampleFileSchema = z.object({ label: z.string().min(1), invoices: z.array(authorityInvoiceRecordSchema) });

/** 示例数据: the offline sample's invoices (fictitious; one void 作废, one red-letter 红冲). */
export const sampleInvoices: readonly AuthorityInvoiceRecord[] = sampleFileSchema.parse(sampleFile).invoices;

/**
 * The offline sample (示例数据), the default for development and tests: answers from a small
 * list of known, fictitious invoices instead of the tax authority — clearly not a verification.
 * An invoice is found by its code and number, like the real service finds it.
 */
export function sampleInvoiceVerification(invoices: readonly AuthorityInvoiceRecord[] = sampleInvoices): InvoiceVerificationPort {
  return {
    description: '示例数据 offline sample invoices (not the tax authority)',
    async verify(request) {
      const { invoiceCode, invoiceNumber } = invoiceVerificationRequestSchema.parse(request);
      const invoice = invoices.find((known) => known.invoiceNumber === invoiceNumber && (known.invoiceCode ?? null) === invoiceCode);
      return invoice ? { found: true, invoice } : { found: false };
    },
  };
}
