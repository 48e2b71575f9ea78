import { extractContractFromText } from '../../../../src/domain/documents/contract-text.extractor';
import { joinWrappedLabels } from '../../../../src/domain/documents/wrapped-labels';
import { lineText } from '../../../../src/domain/documents/document-text.model';
import { monospaced } from '../../documents/monospaced-text.fixture';

// Constructed samples: contracts as standard forms and public-sector order forms print them.

describe('contract labels of standard forms and order forms', () => {
  it('when a key-terms table wraps its labels over two lines, then the label is read whole and its value beside its first line', () => {
    const contract = extractContractFromText(
      monospaced([
        'Call-Off Contract         SC-2025-4512',
        'reference',
        'Buyer                     Tailspin Engineering Ltd',
        'Supplier                  Blue Harbour Logistics Ltd',
        'Call-Off Contract         GBP 21,511.48 including VAT',
        'value',
      ]),
    );
    expect([contract.contractNumber.value, contract.amount.value]).toEqual(['SC-2025-4512', 21511.48]);
  });

  it('joins only a short lower-case line at the label\'s left edge under a line with a value beside its label', () => {
    const lines = (rows: string[]) => joinWrappedLabels(monospaced(rows)).lines.map(lineText);
    expect(lines(['Framework     FW-215452', 'reference'])).toEqual(['Framework reference  FW-215452']);
    // a capitalised line, a line with digits, a line elsewhere, a line under a lone segment: left as they are
    expect(lines(['Buyer     Tailspin Engineering Ltd', 'Company number 07612802'])).toHaveLength(2);
    expect(lines(['Framework     FW-215452', 'ref 2'])).toHaveLength(2);
    expect(lines(['Framework     FW-215452', '     reference'])).toHaveLength(2);
    expect(lines(['The Supplier shall supply the goods', 'within ten days'])).toHaveLength(2);
  });

  it('when a signature table dates both parties\' columns alike, then that is the signing date, sure enough to pass', () => {
    const contract = extractContractFromText(
      monospaced(['Call-Off Start Date     14 September 2025', '               Supplier              Buyer', 'Name           Sophie Turner         Daniel Evans', 'Signature', 'Date           4 September 2025      4 September 2025']),
    );
    expect(contract.signingDate.value).toBe('2025-09-04');
    expect(contract.signingDate.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('when the two columns of a signature table give different dates, then no signing date is taken from them', () => {
    const contract = extractContractFromText(monospaced(['Signature', 'Date           4 September 2025      9 September 2025']));
    expect(contract.signingDate.value).toBeNull();
  });

  it('when a 工矿产品购销合同 states its total as 合计人民币金额 and is dated 签订时间, and names 供应方 and 订货方, then those are read', () => {
    const contract = extractContractFromText(
      monospaced([
        '供应方：成都蓉城电气设备有限公司                  合同书编号：HT-2025-1860',
        '订货方：苏州瑞丰电子有限公司                      签约时间：2025年11月21日',
        '合计人民币金额（大写）：叁仟叁佰伍拾贰元柒角肆分    ¥3,352.74',
      ]),
    );
    expect(Object.fromEntries(Object.entries(contract).map(([k, f]) => [k, f.value]))).toMatchObject({
      contractNumber: 'HT-2025-1860', sellerName: '成都蓉城电气设备有限公司', buyerName: '苏州瑞丰电子有限公司', amount: 3352.74, signingDate: '2025-11-21',
    });
  });

  it('when an English contract says "Date of signature" or "Contract ID", then those are read', () => {
    const contract = extractContractFromText(monospaced(['Contract ID: SC-2025-0042', 'Date of signature: 3 June 2025']));
    expect(contract.contractNumber.value).toBe('SC-2025-0042');
    expect(contract.signingDate.value).toBe('2025-06-03');
  });
});

describe('a party block of a standard-form contract', () => {
  it('when the goods clause ("一、产品名称…") and its table follow the parties, then the block ends there and no column header is read as the buyer', () => {
    const contract = extractContractFromText(
      monospaced([
        '供方：成都蓉城电气设备有限公司                  合同编号：HT-2025-1860',
        '需方：苏州瑞丰电子有限公司                      签订地点：宁波市',
        '                                                签订时间：2025年11月21日',
        '一、产品名称、规格型号、数量、金额、供货时间：',
        '产品名称                      数量       单价（元）      金额（元）',
      ]),
    );
    expect(contract.buyerName.value).toBe('苏州瑞丰电子有限公司');
    expect(contract.sellerName.value).toBe('成都蓉城电气设备有限公司');
  });
});
