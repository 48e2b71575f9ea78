import { extractContractFromText } from '../../../src/domain/documents/contract-text.extractor';
import { partiesFromChineseRecital } from '../../../src/domain/documents/contract-recital.reader';
import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { findPartyBlocks } from '../../../src/domain/documents/party-block.finder';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

describe('Chinese contracts in prose', () => {
  const prose = [
    '买卖合同                                   合同编号：HT-2025-0802',
    '本合同由苏州瑞丰电子有限公司（统一社会信用代码：91320500MA1X7YQB2C，以下简称"买方"）',
    '与广州立达包装材料有限公司（统一社会信用代码：91440101MA5CXN8J4L，以下简称"卖方"）',
    '于2025年03月13日在上海市签订。双方就下列货物的买卖达成如下条款：',
    '一、本合同价款总计人民币49,277.85元（含13%增值税）。',
    '买方（盖章）                               卖方（盖章）',
  ];

  it('when the parties are named in the opening sentence with their short names, then each is read by its role, with its code', () => {
    const contract = extractContractFromText(monospaced(prose));
    expect(contract.buyerName.value).toBe('苏州瑞丰电子有限公司');
    expect(contract.sellerName.value).toBe('广州立达包装材料有限公司');
    expect(contract.buyerTaxId.value).toBe('91320500MA1X7YQB2C');
    expect(contract.signingDate.value).toBe('2025-03-13');
    expect(contract.amount.value).toBe(49277.85);
  });

  it('when a short name is a bare party letter (甲方), then no role is guessed for it', () => {
    const parties = partiesFromChineseRecital(monospaced(['本合同由苏州瑞丰电子有限公司（以下简称"甲方"）与广州立达包装材料有限公司（以下简称"乙方"）签订。']));
    expect(parties).toEqual({ seller: null, buyer: null });
  });

  it('never takes a signature block ("买方(盖章)  卖方(盖章)") for a party block or its name', () => {
    const blocks = findPartyBlocks(monospaced(['买方（盖章）                               卖方（盖章）']));
    expect(blocks).toEqual({ seller: null, buyer: null });
    const contract = extractContractFromText(monospaced(['合同编号：HT-2025-0001', '买方（盖章）       卖方（盖章）']));
    expect(contract.buyerName.value).toBeNull();
    expect(contract.sellerName.value).toBeNull();
  });
});

describe('Chinese sales invoices printed from a company\'s books', () => {
  const invoice = () => extractInvoiceFromText(monospaced([
    '单据编号：INV-2025-32749                  单据日期：2025-01-07',
    '客户名称：宁波海天塑料制品有限公司         客户税号：91330200MA2H0JXR6B',
    '客户地址：深圳市南山区科技园南路9号',
    '_商品名称                  数量     单价       金额',
    '*机械设备*减速电机           66    164.40   10,850.32',
    '                                   金额合计   10,850.32',
    '                                   税额合计(13%) 1,410.54',
    '                                   价税合计   12,260.86',
    '销售单位：广州          立达包装材料有限公司',
    '纳税人识别号：91440101MA5CXN8J4L',
  ]));

  it('reads number, date and totals by their book-keeping labels (单据编号, 单据日期, 金额合计, 税额合计)', () => {
    const read = invoice();
    expect(read.invoiceNumber.value).toBe('INV-2025-32749');
    expect(read.issueDate.value).toBe('2025-01-07');
    expect([read.netAmount.value, read.taxAmount.value, read.totalAmount.value]).toEqual([10850.32, 1410.54, 12260.86]);
  });

  it('reads the customer (客户名称) as the buyer, its block ending at the goods table, and the 销售单位 as the seller, its name joined across an OCR gap', () => {
    const read = invoice();
    expect(read.buyerName.value).toBe('宁波海天塑料制品有限公司');
    expect(read.buyerTaxId.value).toBe('91330200MA2H0JXR6B');
    expect(read.sellerName.value).toBe('广州立达包装材料有限公司');
    expect(read.sellerTaxId.value).toBe('91440101MA5CXN8J4L');
  });

  it('when no currency is written on a Chinese tax document, then it is yuan', () => {
    expect(invoice().currency.value).toBe('CNY');
  });
});
