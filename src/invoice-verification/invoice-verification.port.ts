import type { InvoiceVerificationAnswer, InvoiceVerificationRequest } from '../contracts/invoice-verification.contract';

/** The tax authority's invoice verification service (发票查验), as the shipping-document check uses it. */
export interface InvoiceVerificationPort {
  /** where the answers come from, for the record (e.g. the service's host, or the offline sample) */
  readonly description: string;
  verify(request: InvoiceVerificationRequest): Promise<InvoiceVerificationAnswer>;
}

/** The service could not answer now (timeout, 5xx, an answer in an unexpected shape): try again later. */
export class InvoiceVerificationUnavailableError extends Error {
  override name = 'InvoiceVerificationUnavailableError';
}

/** The service refused the request or our credentials: retrying does not help, someone has to look. */
export class InvoiceVerificationRefusedError extends Error {
  override name = 'InvoiceVerificationRefusedError';
}
