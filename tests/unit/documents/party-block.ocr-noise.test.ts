import { findPartyBlocks } from '../../../src/domain/documents/party-block.finder';
import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { extractContractFromText } from '../../../src/domain/documents/contract-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

describe('party blocks whose headings OCR marred, and sellers found without a block', () => {
  it('when a heading carries a stray quote read after it ("Customer details”"), then it still opens its block', () => {
    const blocks = findPartyBlocks(monospaced(['Supplier details              Customer details”', 'Harbour Tools Ltd             Mill Lane Metals Ltd']));
    expect(blocks.buyer?.text.lines[0]?.segments[0]?.text).toBe('Mill Lane Metals Ltd');
    expect(blocks.seller?.text.lines[0]?.segments[0]?.text).toBe('Harbour Tools Ltd');
  });

  it('when a heading was read only by tolerating OCR marks, then what its block holds is less sure than its clean neighbour\'s', () => {
    const invoice = extractInvoiceFromText(monospaced(['Supplier details                 Customer details”', 'Company: Harbour Tools Ltd       Company: Mill Lane Metals Ltd'], { origin: 'ocr', confidence: 0.9 }));
    expect(invoice.buyerName.value).toBe('Mill Lane Metals Ltd');
    expect(invoice.sellerName.confidence).toBeGreaterThanOrEqual(0.8);
    expect(invoice.buyerName.confidence).toBeLessThan(0.8);
  });

  it('when the opening bracket of 甲方(需方) was read as 〈 or 【, then the role in it still names the party', () => {
    const contract = extractContractFromText(monospaced([
      '采购合同                                     合同编号: HT-2025-0001',
      '甲方 〈需方): 宁波海天塑料制品有限公司          乙方【供方): 杭州华辰机械有限公司',
    ]));
    expect(contract.buyerName.value).toBe('宁波海天塑料制品有限公司');
    expect(contract.sellerName.value).toBe('杭州华辰机械有限公司');
  });

  it('when no seller block was read and more tax-id labels stand outside the buyer block than the one id read, then the seller id goes to manual entry', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'Tax Invoice',
      'Swppterdewts                      er',
      'Company: Harbour Tools Ltd        Company: Mill Lane Metals Ltd',
      'VAT number:                       VAT number: GB197706853',
    ]));
    expect(invoice.sellerTaxId.value).toBe('GB197706853');
    expect(invoice.sellerTaxId.check).toMatch(/which is the seller's is not certain/);
    expect(invoice.sellerTaxId.confidence).toBeLessThan(0.8);
  });

  it('when the seller id read outside any block is the only one, then it is not doubted for that', () => {
    const invoice = extractInvoiceFromText(monospaced(['INVOICE', 'Harbour Tools Ltd', 'VAT Reg. No. GB123456789', 'Bill to', 'Mill Lane Metals Ltd']));
    expect(invoice.sellerTaxId.value).toBe('GB123456789');
    expect(invoice.sellerTaxId.check).toBeUndefined();
  });
});
