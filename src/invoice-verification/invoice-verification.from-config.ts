import type { InvoiceVerificationSettings } from '../config';
import { httpInvoiceVerification } from './http-invoice-verification.client';
import type { InvoiceVerificationPort } from './invoice-verification.port';
import { sampleInvoiceVerification } from './sample-invoice-verification';

/** The HTTP service when configured, else the clearly labelled offline sample (示例数据). */
export function invoiceVerificationFrom(settings: InvoiceVerificationSettings = { mode: 'sample' }): InvoiceVerificationPort {
  return settings.mode === 'http' ? httpInvoiceVerification(settings) : sampleInvoiceVerification();
}
