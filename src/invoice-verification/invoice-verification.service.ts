import type { DocumentExtraction } from '../contracts/documents.contract';
import type { InvoiceVerificationRepository } from '../db/invoice-verification.repository';
import { verificationFindings, verificationPlanFor, type VerificationFindings } from '../domain/documents/invoice-verification.rules';
import { IncidentError } from '../engine/zod-external-task-worker';
import { InvoiceVerificationRefusedError, type InvoiceVerificationPort } from './invoice-verification.port';

/**
 * Verifies a Chinese VAT invoice read from its document with the tax authority (or the offline
 * sample), asking once per invoice code + number: the first answer is stored and every later check
 * compares what it reads with it. Other invoices are not verified and give no findings.
 * An unavailable service throws (the job is retried); refused credentials are an incident.
 */
export class InvoiceVerificationService {
  constructor(private readonly deps: { service: InvoiceVerificationPort; verifications: InvoiceVerificationRepository; now?: () => Date }) {}

  async verify(invoice: DocumentExtraction | null): Promise<VerificationFindings> {
    const plan = verificationPlanFor(invoice);
    if (plan.kind === 'not-applicable') return { blocking: [], mismatches: [] };
    if (plan.kind === 'unverifiable') return { blocking: [], mismatches: [plan.reason] };
    const { request } = plan;
    const stored = await this.deps.verifications.find(request.invoiceCode, request.invoiceNumber);
    if (stored) return verificationFindings(request, stored.answer);
    const answer = await this.deps.service.verify(request).catch((error: unknown) => {
      if (error instanceof InvoiceVerificationRefusedError) throw new IncidentError(error.message);
      throw error;
    });
    const recorded = await this.deps.verifications.recordOnce({
      invoiceCode: request.invoiceCode, invoiceNumber: request.invoiceNumber, answer, source: this.deps.service.description, verifiedAt: (this.deps.now?.() ?? new Date()).toISOString(),
    });
    return verificationFindings(request, recorded.answer);
  }
}
