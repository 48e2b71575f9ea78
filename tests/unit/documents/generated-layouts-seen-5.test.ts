import { layouts, truthOf } from '../../../src/documents/evaluation/generated-truth';
import { expectRegisteredSeenWithTheFieldsOfTheirType, printedText } from './generated-printed-text.fixture';

const seen5 = ['en-invoice-letterhead-remit', 'en-invoice-party-boxes', 'cn-vat-invoice-columns', 'en-pod-slip', 'cn-delivery-receipt', 'en-contract-schedule', 'cn-contract-side-by-side', 'cn-sales-invoice-list', 'cn-contract-prose'];

describe('generated evaluation: the seen layouts drawn by the rule writer for variety', () => {
  it('are registered seen, each with the fields of its document type', () => {
    expectRegisteredSeenWithTheFieldsOfTheirType(seen5);
    expect(String(truthOf(layouts.find((l) => l.name === 'cn-vat-invoice-columns')!, 3).expected['invoiceNumber'])).toMatch(/^\d{8}$/);
  });

  it('prints the remit-to invoice truth: the seller only as letterhead and footer, dates day first', async () => {
    const { text, expected } = await printedText('en-invoice-letterhead-remit', 1);
    for (const value of ['invoiceNumber', 'sellerName', 'sellerTaxId', 'buyerName', 'buyerTaxId']) expect(text).toContain(String(expected[value]));
    expect(text).toContain(String(expected['issueDate']).split('-').reverse().join('/'));
    expect(text).not.toMatch(/seller|supplier|bill to/i);
  });

  it('prints the side-by-side purchase contract truth: 甲方 the buyer left, 乙方 the seller right, the date only under the seals', async () => {
    const { text, expected } = await printedText('cn-contract-side-by-side', 2);
    expect(text).toContain(`甲方（需方）：${expected['buyerName']}`);
    expect(text).toContain(`乙方（供方）：${expected['sellerName']}`);
    expect(text).not.toMatch(/签订日期/u);
  });

  it('prints the proof-of-delivery slip truth: the printed name beside the signature, the numbers under their headers', async () => {
    const { text, expected } = await printedText('en-pod-slip', 0);
    for (const value of ['deliveryNoteNumber', 'orderReference', 'receiverName']) expect(text).toContain(String(expected[value]));
    expect(text).toContain(`Name (print): ${expected['signedBy']}`);
  });
});
