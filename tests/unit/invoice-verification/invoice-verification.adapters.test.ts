import express from 'express';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../src/config';
import { invoiceVerificationRequestSchema, type InvoiceVerificationRequest } from '../../../src/contracts/invoice-verification.contract';
import { httpInvoiceVerification } from '../../../src/invoice-verification/http-invoice-verification.client';
import { invoiceVerificationFrom } from '../../../src/invoice-verification/invoice-verification.from-config';
import { InvoiceVerificationRefusedError, InvoiceVerificationUnavailableError } from '../../../src/invoice-verification/invoice-verification.port';
import { sampleInvoiceVerification, sampleInvoices } from '../../../src/invoice-verification/sample-invoice-verification';

const credentials = { appId: 'credit-dept', appSecret: 'sample-secret-123' };

/**
 * A loopback service speaking the verification contract: basic auth, the request checked, answers
 * from the offline sample's invoices; invoice numbers 9999999x make it misbehave.
 */
function verificationServer(held: ServerResponse[]): express.Express {
  const app = express();
  app.use(express.json());
  app.post('/v1/invoice-verifications', (request, response) => {
    const expected = `Basic ${Buffer.from(`${credentials.appId}:${credentials.appSecret}`).toString('base64')}`;
    if (request.headers.authorization !== expected) return void response.status(401).json({ message: 'unknown app id or secret' });
    const parsed = invoiceVerificationRequestSchema.safeParse(request.body);
    if (!parsed.success) return void response.status(400).json({ message: parsed.error.issues[0]?.message });
    const { invoiceCode, invoiceNumber } = parsed.data;
    if (invoiceNumber === '99999991') return void response.status(503).send('maintenance');
    if (invoiceNumber === '99999992') return void response.json({ found: 'yes' });
    if (invoiceNumber === '99999993') return void held.push(response); // never answers
    const invoice = sampleInvoices.find((known) => known.invoiceNumber === invoiceNumber && known.invoiceCode === invoiceCode);
    response.json(invoice ? { found: true, invoice } : { found: false });
  });
  return app;
}

const request = (changes: Partial<InvoiceVerificationRequest> = {}): InvoiceVerificationRequest => ({
  invoiceCode: '033001900211', invoiceNumber: '10000001', issueDate: '2027-03-02', netAmount: 265486.73, checkCodeLast6: '975117', ...changes,
});

describe('invoice verification adapters (发票核验)', () => {
  let server: Server;
  let baseUrl: string;
  const held: ServerResponse[] = [];
  beforeAll(async () => {
    server = verificationServer(held).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    held.forEach((response) => response.destroy());
    server.close();
  });

  it('when the offline sample is asked, then it finds its genuine, void and red-letter invoices by code and number, and says so in its label', async () => {
    const sample = sampleInvoiceVerification();
    expect(sample.description).toContain('示例数据');
    expect(await sample.verify(request())).toMatchObject({ found: true, invoice: { status: 'NORMAL', netAmount: 265486.73 } });
    expect(await sample.verify(request({ invoiceNumber: '10000004' }))).toMatchObject({ found: true, invoice: { status: 'VOID' } });
    expect(await sample.verify(request({ invoiceNumber: '10000005' }))).toMatchObject({ found: true, invoice: { status: 'RED_LETTER' } });
    expect(await sample.verify(request({ invoiceCode: null, invoiceNumber: '27330000000000000003' }))).toMatchObject({ found: true, invoice: { status: 'NORMAL' } });
    // the same number under another code is another invoice
    expect(await sample.verify(request({ invoiceCode: '044031900111' }))).toEqual({ found: false });
  });

  it('when the service answers over HTTP, then the HTTP adapter gives exactly what the offline sample gives', async () => {
    const http = httpInvoiceVerification({ baseUrl: `${baseUrl}/`, ...credentials, timeoutMs: 5_000 });
    const sample = sampleInvoiceVerification();
    expect(http.description).toBe(`invoice verification service at ${new URL(baseUrl).host}`);
    for (const asked of [request(), request({ invoiceNumber: '10000004' }), request({ invoiceNumber: '10000005' }), request({ invoiceNumber: '12345678' })]) {
      expect(await http.verify(asked)).toEqual(await sample.verify(asked));
    }
  });

  it('when the service fails, answers oddly or not in time, then the error says so and is transient', async () => {
    const http = httpInvoiceVerification({ baseUrl, ...credentials, timeoutMs: 300 });
    await expect(http.verify(request({ invoiceNumber: '99999991' }))).rejects.toThrow(new InvoiceVerificationUnavailableError(`The invoice verification service at ${new URL(baseUrl).host} answered HTTP 503.`));
    await expect(http.verify(request({ invoiceNumber: '99999992' }))).rejects.toThrow(/answered in an unexpected shape: found/);
    await expect(http.verify(request({ invoiceNumber: '99999993' }))).rejects.toThrow(new InvoiceVerificationUnavailableError(`The invoice verification service at ${new URL(baseUrl).host} gave no answer within 300 ms.`));
    await expect(httpInvoiceVerification({ baseUrl: 'http://127.0.0.1:9', ...credentials, timeoutMs: 2_000 }).verify(request())).rejects.toThrow(/is not reachable/);
  });

  it('when our credentials or the request are refused, then the error names the status and is not transient', async () => {
    const wrongSecret = httpInvoiceVerification({ baseUrl, appId: credentials.appId, appSecret: 'wrong-secret-000', timeoutMs: 5_000 });
    const refused = await wrongSecret.verify(request()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InvoiceVerificationRefusedError);
    expect((refused as Error).message).toMatch(/refused our credentials .*HTTP 401 .*unknown app id or secret/);
    // a request outside the contract never leaves
    await expect(httpInvoiceVerification({ baseUrl, ...credentials, timeoutMs: 5_000 }).verify(request({ invoiceNumber: '1234' }))).rejects.toThrow(/8 or 20 digits/);
  });

  it('when the configuration chooses the service, then http needs its URL and credentials; by default the offline sample answers', () => {
    expect(loadConfig({}).invoiceVerification).toEqual({ mode: 'sample' });
    expect(invoiceVerificationFrom(loadConfig({}).invoiceVerification).description).toContain('offline sample');
    expect(() => loadConfig({ INVOICE_VERIFICATION_MODE: 'http', INVOICE_VERIFICATION_URL: baseUrl })).toThrow(
      'Invalid configuration: INVOICE_VERIFICATION_APP_ID, INVOICE_VERIFICATION_APP_SECRET: required with INVOICE_VERIFICATION_MODE=http',
    );
    const config = loadConfig({ INVOICE_VERIFICATION_MODE: 'http', INVOICE_VERIFICATION_URL: baseUrl, INVOICE_VERIFICATION_APP_ID: credentials.appId, INVOICE_VERIFICATION_APP_SECRET: credentials.appSecret });
    expect(config.invoiceVerification).toEqual({ mode: 'http', baseUrl, ...credentials, timeoutMs: 10_000 });
    expect(invoiceVerificationFrom(config.invoiceVerification).description).toContain(new URL(baseUrl).host);
  });
});
