import type { DocumentExtraction } from '../../../src/contracts/documents.contract';
import type { AuthorityInvoiceRecord } from '../../../src/contracts/invoice-verification.contract';
import { verificationFindings, verificationPlanFor } from '../../../src/domain/documents/invoice-verification.rules';

function invoice(values: Record<string, unknown>, confidence: Record<string, number> = {}): DocumentExtraction {
  const fields = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value, confidence: confidence[name] ?? 0.95, source: 'ocr' }]));
  return { documentType: 'invoice', fields, pages: 1, textSources: ['ocr'], needsManualEntry: { required: false, threshold: 0.8, fields: [] } } as unknown as DocumentExtraction;
}

const ordinary = { invoiceNumber: '10000001', invoiceCode: '033001900211', checkCode: '58569302723370975117', issueDate: '2027-03-02', netAmount: 265486.73, totalAmount: 300000 };
const record: AuthorityInvoiceRecord = {
  invoiceCode: '033001900211', invoiceNumber: '10000001', issueDate: '2027-03-02', netAmount: 265486.73, taxAmount: 34513.27, totalAmount: 300000,
  checkCode: '58569302723370975117', sellerTaxId: '91330100MA27XL0E2G', sellerName: '杭州示例机械有限公司', buyerTaxId: null, buyerName: null, status: 'NORMAL',
};
const planned = (values: Record<string, unknown>) => {
  const plan = verificationPlanFor(invoice(values));
  if (plan.kind !== 'request') throw new Error(`expected a request, got ${plan.kind}`);
  return plan.request;
};

describe('invoice verification rules (发票核验)', () => {
  it('when an ordinary Chinese VAT invoice was read, then code, number, date, net amount and the last 6 check-code digits are asked', () => {
    expect(planned(ordinary)).toEqual({ invoiceCode: '033001900211', invoiceNumber: '10000001', issueDate: '2027-03-02', netAmount: 265486.73, checkCodeLast6: '975117' });
    // a fully digital invoice (数电发票) has a 20-digit number and no code
    expect(planned({ invoiceNumber: '27330000000000000003', invoiceCode: null, issueDate: '2027-03-08', netAmount: 8849.56 })).toMatchObject({ invoiceCode: null, checkCodeLast6: null });
  });

  it('when the invoice is not a Chinese VAT invoice, then it is not verified', () => {
    expect(verificationPlanFor(invoice({ invoiceNumber: 'INV-2024-0042', invoiceCode: null, issueDate: '2024-03-15', netAmount: 100 }))).toEqual({ kind: 'not-applicable' });
    expect(verificationPlanFor(null)).toEqual({ kind: 'not-applicable' });
  });

  it('when what verification needs is unreadable, then the invoice is named as not verified, never as verified', () => {
    const plan = verificationPlanFor(invoice(ordinary, { invoiceCode: 0.5, netAmount: 0.4, checkCode: 0.3 }));
    expect(plan).toEqual({
      kind: 'unverifiable',
      reason: "INVOICE_NOT_VERIFIED: 发票未能核验 — the invoice's 发票代码 invoice code, 不含税金额 net amount or 校验码 check code could not be read with confidence, so it was not verified with the tax authority",
    });
  });

  it('when the authority records the invoice as read and normal, then there is nothing to report', () => {
    expect(verificationFindings(planned(ordinary), { found: true, invoice: record })).toEqual({ blocking: [], mismatches: [] });
  });

  it('when the invoice is void, red-letter or unknown, then the match is refused with the reason in Chinese and English', () => {
    const request = planned(ordinary);
    expect(verificationFindings(request, { found: true, invoice: { ...record, status: 'VOID' } }).blocking).toEqual(['INVOICE_VOID: 发票已作废 — the tax authority records the invoice as void (作废): invoice 033001900211 10000001']);
    expect(verificationFindings(request, { found: true, invoice: { ...record, status: 'RED_LETTER' } }).blocking).toEqual([
      'INVOICE_RED_LETTER: 发票已红冲 — the tax authority records the invoice as reversed by a red-letter invoice (红冲): invoice 033001900211 10000001',
    ]);
    expect(verificationFindings(request, { found: false })).toEqual({ blocking: ["INVOICE_UNKNOWN: 查无此票 — the tax authority's invoice verification service does not know invoice 033001900211 10000001"], mismatches: [] });
  });

  it('when the date, net amount or check code differ from the authority\'s record, then each difference is a mismatch credit resolves', () => {
    const request = planned({ ...ordinary, issueDate: '2027-03-01', netAmount: 265486.37, checkCode: '58569302723370975118' });
    expect(verificationFindings(request, { found: true, invoice: record })).toEqual({
      blocking: [],
      mismatches: [
        'INVOICE_VERIFICATION_MISMATCH: 开票日期 issue date differs — the invoice reads 2027-03-01, the tax authority records 2027-03-02',
        'INVOICE_VERIFICATION_MISMATCH: 不含税金额 net amount differs — the invoice reads 265486.37, the tax authority records 265486.73',
        'INVOICE_VERIFICATION_MISMATCH: 校验码后6位 check code (last 6 digits) differs — the invoice reads 975118, the tax authority records 975117',
      ],
    });
  });
});
