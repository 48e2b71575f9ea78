import {
  invoiceVerificationAnswerSchema, invoiceVerificationRequestSchema, type InvoiceVerificationAnswer, type InvoiceVerificationRequest,
} from '../contracts/invoice-verification.contract';
import { InvoiceVerificationRefusedError, InvoiceVerificationUnavailableError, type InvoiceVerificationPort } from './invoice-verification.port';

export interface HttpInvoiceVerificationSettings {
  baseUrl: string;
  appId: string;
  appSecret: string;
  timeoutMs: number;
}

/**
 * The tax authority's invoice verification service over HTTP (the contract is described in
 * src/contracts/invoice-verification.contract.ts): the request is checked before it leaves, the
 * answer before it is used; a timeout, a 5xx or an answer in another shape is transient, a 4xx is
 * a refusal that names the status and the service's own message.
 */
export function httpInvoiceVerification(settings: HttpInvoiceVerificationSettings): InvoiceVerificationPort {
  const url = `${settings.baseUrl.replace(/\/$/, '')}/v1/invoice-verifications`;
  const host = new URL(url).host;
  const authorization = `Basic ${Buffer.from(`${settings.appId}:${settings.appSecret}`).toString('base64')}`;
  return {
    description: `invoice verification service at ${host}`,
    async verify(request: InvoiceVerificationRequest): Promise<InvoiceVerificationAnswer> {
      const body = JSON.stringify(invoiceVerificationRequestSchema.parse(request));
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST', body, headers: { 'content-type': 'application/json', accept: 'application/json', authorization }, signal: AbortSignal.timeout(settings.timeoutMs),
        });
      } catch (error) {
        // an abort may come from another realm (DOMException): known by its name
        const { name, message } = error as { name?: string; message?: string };
        const reason = name === 'TimeoutError' ? `gave no answer within ${settings.timeoutMs} ms` : `is not reachable (${message ?? String(error)})`;
        throw new InvoiceVerificationUnavailableError(`The invoice verification service at ${host} ${reason}.`);
      }
      if (response.status >= 400 && response.status < 500) {
        const detail = (await response.text().catch(() => '')).slice(0, 200);
        const what = response.status === 401 || response.status === 403 ? 'refused our credentials (INVOICE_VERIFICATION_APP_ID / _APP_SECRET)' : 'refused the request';
        throw new InvoiceVerificationRefusedError(`The invoice verification service at ${host} ${what}: HTTP ${response.status}${detail ? ` ${detail}` : ''}`);
      }
      if (!response.ok) throw new InvoiceVerificationUnavailableError(`The invoice verification service at ${host} answered HTTP ${response.status}.`);
      const parsed = invoiceVerificationAnswerSchema.safeParse(await response.json().catch(() => undefined));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InvoiceVerificationUnavailableError(`The invoice verification service at ${host} answered in an unexpected shape: ${issue?.path.join('.') || '(body)'} ${issue?.message}`);
      }
      return parsed.data;
    },
  };
}
