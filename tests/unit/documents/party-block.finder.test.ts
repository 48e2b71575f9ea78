import { DocumentText, TextLine } from '../../../src/domain/documents/document-text.model';
import { extractParties } from '../../../src/domain/documents/invoice-parties.extractor';
import { findPartyBlocks } from '../../../src/domain/documents/party-block.finder';

/** OCR-like lines: each row a list of [text, x] runs, 0.03 of the page apart. */
function page(rows: [string, number][][], confidence = 0.93): DocumentText {
  const lines: TextLine[] = rows.map((runs, index) => ({
    page: 1, top: 0.1 + index * 0.03, confidence, origin: 'ocr',
    segments: runs.map(([text, x]) => ({ text, x, right: x + Math.min(0.4, text.length * 0.012) })),
  }));
  return { pages: 1, lines };
}

const blockTexts = (text: DocumentText) => {
  const blocks = findPartyBlocks(text);
  return { seller: blocks.seller?.text.lines.map((l) => l.segments.map((s) => s.text).join(' | ')), buyer: blocks.buyer?.text.lines.map((l) => l.segments.map((s) => s.text).join(' | ')) };
};

describe('finding party blocks by layout', () => {
  const twoColumns = page([
    [['INVOICE', 0.05], ['Invoice number: INV-2031', 0.6]],
    [['Seller', 0.05], ['Buyer', 0.55]],
    [['Northwind Traders Ltd', 0.05], ['Contoso Retail Inc.', 0.55]],
    [['Tax ID: GB123456789', 0.05], ['VAT No: GB 987 6543 21', 0.55]],
    [['1 Harbour Road, Leeds', 0.05], ['500 Main St, Springfield', 0.55]],
    [['Description', 0.05], ['Qty', 0.5], ['Amount', 0.8]],
    [['Widgets', 0.05], ['2', 0.5], ['100.00', 0.8]],
  ]);

  it('when seller and buyer stand side by side, then each block holds only its own column and ends at the table', () => {
    expect(blockTexts(twoColumns)).toEqual({
      seller: ['Northwind Traders Ltd', 'Tax ID: GB123456789', '1 Harbour Road, Leeds'],
      buyer: ['Contoso Retail Inc.', 'VAT No: GB 987 6543 21', '500 Main St, Springfield'],
    });
  });

  it('when seller and buyer stand side by side, then names and tax ids are read inside their own block', () => {
    const parties = extractParties(twoColumns);
    expect([parties.sellerName.value, parties.sellerTaxId.value, parties.buyerName.value, parties.buyerTaxId.value]).toEqual(['Northwind Traders Ltd', 'GB123456789', 'Contoso Retail Inc.', 'GB987654321']);
  });

  it('when the blocks are stacked with the name on the heading line, then the name is never another label\'s line', () => {
    const stacked = page([
      [['Supplier: Blue Harbour Logistics GmbH', 0.05]],
      [['VAT No: DE232446240', 0.05]],
      [['Bill to:', 0.05]],
      [['Tax ID: DE811569869', 0.05]],
      [['Greenfield Manufacturing Co', 0.05]],
      [['Invoice number 2024-77', 0.05]],
    ]);
    expect(blockTexts(stacked)).toEqual({
      seller: ['Blue Harbour Logistics GmbH', 'VAT No: DE232446240'],
      buyer: ['Tax ID: DE811569869', 'Greenfield Manufacturing Co', 'Invoice number 2024-77'],
    });
    const parties = extractParties(stacked);
    expect([parties.sellerName.value, parties.sellerTaxId.value, parties.buyerName.value, parties.buyerTaxId.value]).toEqual(['Blue Harbour Logistics GmbH', 'DE232446240', 'Greenfield Manufacturing Co', 'DE811569869']);
  });

  it('when a Chinese fully digital invoice puts 购买方 and 销售方 side by side, then each reads its own 名称 and 纳税人识别号', () => {
    const chinese = page([
      [['电子发票(增值税专用发票)', 0.3], ['发票号码: 24312000000012345678', 0.65]],
      [['购买方信息', 0.03], ['名称: 上海示例贸易有限公司', 0.1], ['销售方信息', 0.5], ['名称: 杭州示例机械有限公司', 0.57]],
      [['统一社会信用代码/纳税人识别号: 91310000MA1FL1MM7G', 0.1], ['统一社会信用代码/纳税人识别号: 91330100MA27XL0E2G', 0.57]],
      [['项目名称', 0.05], ['金额', 0.6], ['税额', 0.8]],
    ]);
    const parties = extractParties(chinese);
    expect([parties.buyerName.value, parties.buyerTaxId.value, parties.sellerName.value, parties.sellerTaxId.value]).toEqual(['上海示例贸易有限公司', '91310000MA1FL1MM7G', '杭州示例机械有限公司', '91330100MA27XL0E2G']);
  });

  it('when OCR cuts a Chinese name in two at a wide gap, then the name is read whole up to its form', () => {
    const cut = page([
      [['购买方', 0.07], ['名称: 上海恒通贸易有限公司', 0.17]],
      [['货物或应税劳务名称', 0.08], ['金额', 0.79]],
      [['销售方', 0.07], ['名称: 广州', 0.17], ['立 达 包装材料有 限 公司', 0.25]],
      [['纳税人识别号: 91330100MA27XL0E2G', 0.17]],
    ]);
    expect(extractParties(cut).sellerName.value).toBe('广州立达包装材料有限公司');
  });

  it('when "Customer number" or "From 2024-01-01" appear, then they are not party headings', () => {
    const text = page([[['Customer number: 4711', 0.05]], [['From 2024-01-01 to 2024-01-31', 0.05]]]);
    expect(findPartyBlocks(text)).toEqual({ seller: null, buyer: null });
  });

  describe('Chinese contract parties', () => {
    const parties = (rows: [string, number][][]) => {
      const blocks = findPartyBlocks(page(rows));
      return { seller: blocks.seller?.text.lines[0]?.segments[0]?.text, buyer: blocks.buyer?.text.lines[0]?.segments[0]?.text };
    };
    const contract = (first: string, second: string, title = '购销合同') => [
      [[title, 0.4]],
      [[`${first}:杭州华辰机械有限公司`, 0.05]],
      [['统一社会信用代码:91330100MA27XL0E2G', 0.05]],
      [[`${second}:上海恒通贸易有限公司`, 0.05]],
      [['统一社会信用代码:91310000MA1FL1MM7G', 0.05]],
    ] as [string, number][][];

    it.each([
      // a party letter with its role in brackets, or the role with its letter in brackets
      ['甲方(买方)', '乙方(卖方)', 'buyer', 'seller'], ['甲方(卖方)', '乙方(买方)', 'seller', 'buyer'], ['甲方（买方）', '乙方（卖方）', 'buyer', 'seller'],
      ['供方(甲方)', '需方(乙方)', 'seller', 'buyer'], ['需方(甲方)', '供方(乙方)', 'buyer', 'seller'], ['卖方(乙方)', '买方(甲方)', 'seller', 'buyer'],
      // the Civil Code's names, in either order
      ['出卖人', '买受人', 'seller', 'buyer'], ['买受人', '出卖人', 'buyer', 'seller'],
      // other contracts' roles
      ['委托方(甲方)', '受托方(乙方)', 'buyer', 'seller'], ['甲方(采购方)', '乙方(供应方)', 'buyer', 'seller'],
      // OCR spaces, and English translations
      ['甲 方 ( 买 方 )', '乙 方 ( 卖 方 )', 'buyer', 'seller'], ['Party A (the Buyer)', 'Party B (the Seller)', 'buyer', 'seller'],
    ])('when the parties are headed "%s" and "%s", then the first is the %s and the second the %s', (first, second, firstRole, secondRole) => {
      const found = parties(contract(first, second));
      expect(found[firstRole as 'seller' | 'buyer']).toBe('杭州华辰机械有限公司');
      expect(found[secondRole as 'seller' | 'buyer']).toBe('上海恒通贸易有限公司');
    });

    it('when only one party letter says its role, then the other letter is the other party', () => {
      expect(parties(contract('甲方(买方)', '乙方'))).toEqual({ buyer: '杭州华辰机械有限公司', seller: '上海恒通贸易有限公司' });
    });

    it('when no letter says its role, then a purchase contract makes 甲方 the buyer and a sales contract the seller', () => {
      expect(parties(contract('甲方', '乙方', '采购合同'))).toEqual({ buyer: '杭州华辰机械有限公司', seller: '上海恒通贸易有限公司' });
      expect(parties(contract('甲方', '乙方', '销售合同'))).toEqual({ seller: '杭州华辰机械有限公司', buyer: '上海恒通贸易有限公司' });
    });

    it('when nothing says which letter buys, then no party block is guessed', () => {
      expect(findPartyBlocks(page(contract('甲方', '乙方')))).toEqual({ seller: null, buyer: null });
    });

    it('when a contract\'s parties are stacked, then each block holds its own tax id and ends at the next party', () => {
      const blocks = findPartyBlocks(page(contract('乙方(卖方)', '甲方(买方)')));
      expect(blocks.seller?.text.lines.map((l) => l.segments[0]?.text)).toEqual(['杭州华辰机械有限公司', '统一社会信用代码:91330100MA27XL0E2G']);
      expect(blocks.buyer?.text.lines.map((l) => l.segments[0]?.text)).toEqual(['上海恒通贸易有限公司', '统一社会信用代码:91310000MA1FL1MM7G']);
    });

    it('when "甲方应于" begins a clause, then it is no party heading', () => {
      expect(findPartyBlocks(page([[['甲方应于收货后30日内付款', 0.05]], [['乙方负责运输', 0.05]]]))).toEqual({ seller: null, buyer: null });
    });
  });
});

describe('party headings written in two languages', () => {
  const bilingual = (seller: string, buyer: string) => page([
    [['商业发票 COMMERCIAL INVOICE', 0.3]],
    [[seller, 0.05], [buyer, 0.55]],
    [['杭州华辰机械有限公司', 0.05], ['上海恒通贸易有限公司', 0.55]],
    [['Tax ID 税号：91330100MA2B3C4D5E', 0.05], ['Tax ID 税号：91310000MA1FL2AB3C', 0.55]],
    [['Address 地址：杭州市滨江区江南大道88号', 0.05], ['Address 地址：上海市浦东新区张江路100号', 0.55]],
    [['Description 品名', 0.05], ['Qty 数量', 0.5]],
  ]);

  it.each([['Seller 卖方', 'Buyer 买方'], ['卖方 Seller:', '买方 Buyer:'], ['Seller / 卖方', 'Buyer / 买方']])('when the headings read "%s" and "%s", then each block is found and read in its own column', (seller, buyer) => {
    const parties = extractParties(bilingual(seller, buyer));
    expect([parties.sellerName.value, parties.sellerTaxId.value, parties.buyerName.value, parties.buyerTaxId.value]).toEqual(['杭州华辰机械有限公司', '91330100MA2B3C4D5E', '上海恒通贸易有限公司', '91310000MA1FL2AB3C']);
  });

  it('when a role word is followed by other words, then it is no heading ("Seller terms apply")', () => {
    expect(findPartyBlocks(page([[['Seller terms apply to all orders', 0.05]], [['Northwind Traders Ltd', 0.05]]])).seller).toBeNull();
  });
});

describe('a buyer addressed in the envelope window, with no heading', () => {
  const window = (idLine: string) => page([
    [['Northwind Traders Ltd', 0.55]],
    [['1 Harbour Road, Leeds', 0.55]],
    [['VAT Reg No: GB123456789', 0.55]],
    [['Contoso Retail Ltd', 0.1]],
    [['22 Mill Lane, Bristol', 0.1]],
    [[idLine, 0.1]],
    [['SALES INVOICE', 0.08]],
    [['Description', 0.08], ['Qty', 0.5], ['Net', 0.8]],
  ]);

  it('when the buyer\'s own VAT number stands under a name, then that name is the buyer\'s, below the manual-entry threshold', () => {
    const parties = extractParties(window('Your VAT No: GB987654321'));
    expect(parties.buyerName.value).toBe('Contoso Retail Ltd');
    expect(parties.buyerName.confidence).toBeLessThan(0.8);
    expect(parties.buyerTaxId.value).toBe('GB987654321');
    expect(parties.sellerName.value).toBe('Northwind Traders Ltd');
  });

  it('when the id under the name is not said to be the buyer\'s, then no buyer is guessed', () => {
    expect(extractParties(window('VAT No: GB987654321')).buyerName.value).toBeNull();
  });
});

describe('a bilingual heading whose Chinese role OCR misread', () => {
  it('when "Buyer 买方" reads "Buyer 头方", then it still opens the buyer\'s block and ends the seller\'s column', () => {
    const parties = extractParties(page([
      [['Seller 卖方', 0.05], ['Buyer 头方', 0.55]],
      [['杭州华辰机械有限公司', 0.05], ['上海恒通贸易有限公司', 0.55]],
      [['Tax ID 税号：91330100MA2B3C4D5E', 0.05], ['Tax ID 税号：91310000MA1FL2AB3C', 0.55]],
    ]));
    expect([parties.sellerName.value, parties.buyerName.value, parties.buyerTaxId.value]).toEqual(['杭州华辰机械有限公司', '上海恒通贸易有限公司', '91310000MA1FL2AB3C']);
  });
});
