import { checkTaxIdField } from '../../../src/domain/documents/invoice-field.checks';
import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { verticalBlocks } from '../../../src/domain/documents/party-block.finder';
import { monospaced } from './monospaced-text.fixture';
import { checkUscc, usccCheckCharacter } from '../../../src/domain/documents/unified-social-credit-code';

const read = (value: string, confidence = 0.95) => ({ value, confidence, source: 'ocr' as const });

/** A valid code whose 0 and 5 after the division code, read as O and S, the check "corrects" back to it alone. */
function codeCorrectedInTwoPlaces(): { truth: string; misread: string } {
  for (let n = 0; n < 5000; n += 1) {
    const tail = String(n).padStart(4, '0');
    const first17 = `91330100MA${tail}05Y`.slice(0, 17);
    const truth = first17 + usccCheckCharacter(first17);
    const misread = `${truth.slice(0, 14)}OS${truth.slice(16)}`;
    const result = checkUscc(misread);
    if (result.status === 'corrected' && result.code === truth) return { truth, misread };
  }
  throw new Error('no such code');
}

describe('invoice guards of round twelve', () => {
  it('when a credit code is made valid by changing two look-alikes, then it goes to manual entry pre-filled, not trusted', () => {
    const { truth, misread } = codeCorrectedInTwoPlaces();
    const field = checkTaxIdField(read(misread));
    expect(field.value).toBe(truth);
    expect(field.confidence).toBeLessThan(0.8);
    expect(field.check).toMatch(/changing 2 characters/);
  });

  it.each([['91330100QC4KXDU9'], ['91330100MA27XL']])('when a credit code is cut short (%s: a stamp over its end), then it goes to manual entry', (cut) => {
    expect(checkTaxIdField(read(cut)).confidence).toBeLessThan(0.8);
  });

  it('an old 15-digit tax registration number and an EU VAT id are not taken for cut credit codes', () => {
    expect(checkTaxIdField(read('330106123456789'))).toEqual(read('330106123456789'));
    expect(checkTaxIdField(read('GB123456789'))).toEqual(read('GB123456789'));
  });

  it('when a credit code is made valid by changing one look-alike, then the correction stands', () => {
    const first17 = '91330100MA27XL0E2';
    const truth = first17 + usccCheckCharacter(first17);
    const field = checkTaxIdField(read(`${truth.slice(0, 14)}O${truth.slice(15)}`));
    expect(field.value).toBe(truth);
    expect(field.confidence).toBeGreaterThanOrEqual(0.85);
  });
});

describe('a fully digital invoice (全电发票): party boxes side by side, each role written down its edge', () => {
  /** the buyer's box from column 3, the seller's from column 45 (a CJK character counts one column here) */
  const row = (left: string, right: string) => `   ${left}`.padEnd(45) + right;
  const page = (withSellerHeading: boolean) => monospaced([
    '               电子发票（增值税专用发票）',
    row('', '发票号码：25332000000574847200'),
    row('', '开票日期：2025年04月27日'),
    row('购', withSellerHeading ? '销' : ''),
    row('买 名称：南京金陵轴承有限公司', `${withSellerHeading ? '售' : ' '} 名称：天津北方钢铁贸易有限公司`),
    row('方', withSellerHeading ? '方' : ''),
    row('信 纳税人识别号：91330100MA27XL0E2G', `${withSellerHeading ? '信' : ' '} 纳税人识别号：91330100MA27XK5K1M`),
    row('息', withSellerHeading ? '息' : ''),
    '   项目名称          数量      金额        税率     税额',
    '   *机械设备*轴承      10    1,000.00       13%     130.00',
    '   合 计                     ¥1,000.00              ¥130.00',
    '   价税合计（大写）  壹仟壹佰叁拾元整      （小写）¥1,130.00',
  ]);

  it('reads each party in its own box', () => {
    const invoice = extractInvoiceFromText(page(true));
    expect([invoice.buyerName.value, invoice.buyerTaxId.value]).toEqual(['南京金陵轴承有限公司', '91330100MA27XL0E2G']);
    expect([invoice.sellerName.value, invoice.sellerTaxId.value]).toEqual(['天津北方钢铁贸易有限公司', '91330100MA27XK5K1M']);
    expect(invoice.buyerName.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('when the seller\'s vertical heading is unread, the buyer\'s box still ends where the other box\'s name label begins', () => {
    const blocks = verticalBlocks(page(false));
    expect(blocks.seller).toBeUndefined();
    expect(blocks.buyer?.text.lines.map((line) => line.segments.map((s) => s.text).join(' '))).toEqual(['名称：南京金陵轴承有限公司', '纳税人识别号：91330100MA27XL0E2G']);
  });

  it('a column of single characters that spells no role is no heading', () => {
    expect(verticalBlocks(monospaced(['   合', '   同 名称：南京金陵轴承有限公司', '   号']))).toEqual({});
  });
});

describe('an ERP\'s sales invoice print-out (金蝶, 用友): label：value fields, a 合计 row of three sums', () => {
  const page = monospaced([
    '                 南京金陵轴承有限公司',
    '                     销 售 发 票',
    '单据编号：INV-2025-31674     开票日期：2025/08/14',
    '客户：深圳嘉信科技有限公司   客户税号：91330100MA27XL0E2G    币别：人民币',
    '销售组织：南京金陵轴承有限公司   税务登记号：91330100MA27XK5K1M',
    '发票类型：增值税普通发票',
    '序号  物料名称   数量   不含税金额   税额      价税合计',
    '1     法兰盘      10    1,000.00     130.00    1,130.00',
    '合计                    1,000.00     130.00    1,130.00',
  ]);

  it('the kind of VAT invoice written as a field\'s value does not make the print-out a VAT invoice (its number is no 8- or 20-digit one)', () => {
    const invoice = extractInvoiceFromText(page);
    expect(invoice.invoiceNumber.value).toBe('INV-2025-31674');
    expect(invoice.invoiceNumber.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('reads the seller under 销售组织 and the 合计 row\'s third sum as the total when the first two add up to it', () => {
    const invoice = extractInvoiceFromText(page);
    expect([invoice.sellerName.value, invoice.sellerTaxId.value]).toEqual(['南京金陵轴承有限公司', '91330100MA27XK5K1M']);
    expect([invoice.netAmount.value, invoice.taxAmount.value, invoice.totalAmount.value]).toEqual([1000, 130, 1130]);
    expect(invoice.totalAmount.source).not.toBe('inferred');
  });
});

describe('names under labels that say whose they are ("Seller name", "Buyer name")', () => {
  it('when the boxes\' headings are lost, each name is still its party\'s', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'Invoice',
      'Invoice number          INV-2025-00080',
      'Seller name    Harbour Tools Ltd         Buyer name    Mill Lane Metals Ltd',
      'Seller address 1 Harbour Road, Leeds     Buyer address 22 Mill Lane, Bristol',
    ]));
    expect(invoice.sellerName.value).toBe('Harbour Tools Ltd');
    expect(invoice.buyerName.value).toBe('Mill Lane Metals Ltd');
  });

  it('when the name under the buyer\'s name label differs from the name in the buyer\'s block, then it goes to manual entry', () => {
    const invoice = extractInvoiceFromText(monospaced([
      'Invoice number   INV-2025-00081',
      'Supplier: Harbour Tools Ltd',
      'Bill to',
      'Mill Lane Metals Ltd',
      '22 Mill Lane, Bristol',
      'Description        Qty     Amount',
      'Ball bearing        10   1,000.00',
      'Customer name: Quay Side Trading Ltd',
    ]));
    expect(invoice.buyerName.confidence).toBeLessThan(0.8);
  });
});
