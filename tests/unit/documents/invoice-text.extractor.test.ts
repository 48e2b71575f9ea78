import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: small invoices written for these tests, not real documents.

describe('reading an invoice from its text', () => {
  it('when the due date read is before the issue date, then the issue date fails its check and goes to manual entry', () => {
    const invoice = extractInvoiceFromText(monospaced(['Invoice', 'Invoice No: INV-2025-00417', 'Invoice Date: 14 March 2025', 'Due Date: 13 February 2025']));
    expect(invoice.issueDate).toMatchObject({ value: '2025-03-14', check: expect.stringMatching(/before the issue date/) });
    expect(invoice.issueDate.confidence).toBeLessThan(0.8);
    expect(invoice.dueDate.confidence).toBeLessThan(0.8);
  });

  it('when labels stand left of their values, then number, dates, parties, amounts and currency are read', () => {
    // given
    const text = monospaced([
      'Nordwind Handels GmbH - Hafenstraße 1 - 20457 Hamburg',
      'Rechnung',
      'Rechnungsnr.   RE-2024-0815          Rechnungsdatum   12.03.2024',
      'Fällig am      11.04.2024',
      'Käufer',
      'Name:   Südlicht AG',
      'USt-IdNr.:   DE 811 907 980',
      'Pos   Beschreibung        Menge   Preis     Betrag',
      '1     Schrauben M6        100     0,50      50,00',
      '2     Muttern M6          100     0,25      25,00',
      'Summe netto                                 75,00',
      'MwSt. 19 %                                  14,25',
      'Gesamtbetrag EUR                            89,25',
      'Nordwind Handels GmbH   USt-IdNr. DE 123 456 788',
    ]);
    // when
    const invoice = extractInvoiceFromText(text);
    // then
    expect(invoice.invoiceNumber.value).toBe('RE-2024-0815');
    expect(invoice.issueDate.value).toBe('2024-03-12');
    expect(invoice.dueDate.value).toBe('2024-04-11');
    expect(invoice.buyerName.value).toBe('Südlicht AG');
    expect(invoice.buyerTaxId.value).toBe('DE811907980');
    expect(invoice.sellerName.value).toBe('Nordwind Handels GmbH');
    expect(invoice.sellerTaxId.value).toBe('DE123456788');
    expect([invoice.netAmount.value, invoice.taxAmount.value, invoice.totalAmount.value]).toEqual([75, 14.25, 89.25]);
    expect(invoice.currency.value).toBe('EUR');
    expect(invoice.lines.value?.map((line) => line.amount)).toEqual([50, 25]);
  });

  it('when values stand under a header row, then each value is taken from under its own label', () => {
    // given
    const text = monospaced([
      'Factuur',
      'Klant        Factuur datum      Factuur         Vervaldatum',
      'K-0042       5-6-2023           F2023-117       19-6-2023',
      '                        BTW %    Grondslag    BTW bedrag    Totaal',
      '                        21 %     100,00       21,00         121,00',
    ]);
    // when
    const invoice = extractInvoiceFromText(text);
    // then
    expect(invoice.invoiceNumber.value).toBe('F2023-117');
    expect(invoice.issueDate.value).toBe('2023-06-05');
    expect(invoice.dueDate.value).toBe('2023-06-19');
    expect([invoice.netAmount.value, invoice.taxAmount.value, invoice.totalAmount.value]).toEqual([100, 21, 121]);
  });

  it('when net, tax and total add up, then all three are confirmed with high confidence', () => {
    const invoice = extractInvoiceFromText(monospaced(['Invoice No: A-1', 'Subtotal  $ 200.00', 'Tax  $ 20.00', 'Total  $ 220.00'], { origin: 'ocr', confidence: 0.85 }));
    expect(invoice.totalAmount.value).toBe(220);
    expect(invoice.totalAmount.confidence).toBeGreaterThanOrEqual(0.97);
    expect(invoice.totalAmount.source).toBe('ocr');
  });

  it('when they do not add up, then the amounts are doubtful', () => {
    const invoice = extractInvoiceFromText(monospaced(['Invoice No: A-1', 'Subtotal  $ 200.00', 'Tax  $ 20.00', 'Total  $ 230.00']));
    expect(invoice.totalAmount.confidence).toBeLessThan(0.8);
    expect(invoice.netAmount.confidence).toBeLessThan(0.8);
  });

  it('when only the total and the tax are printed, then the net amount is inferred from them', () => {
    const invoice = extractInvoiceFromText(monospaced(['Facture n° 77 du 02/05/2023', 'TVA 20 % :  10,00 €', 'Total TTC :  60,00 €']));
    expect(invoice.netAmount).toMatchObject({ value: 50, source: 'inferred' });
    // computed, it fits its sources by construction: nothing confirms it, so a person does
    expect(invoice.netAmount.confidence).toBeLessThan(0.8);
    expect(invoice.issueDate.value).toBe('2023-05-02');
    expect(invoice.currency.value).toBe('EUR');
  });

  it('when a Chinese VAT invoice is read, then the buyer block is above the goods and the seller block below the total', () => {
    // given
    const text = monospaced([
      '                                                 发票代码: 044031900111',
      '                                                 发票号码: 12345678',
      '                                                 开票日期: 2023年05月06日',
      '                                                 校 验 码: 58569 30272 33709 75117',
      '名    称: 深圳市甲乙贸易有限公司',
      '纳税人识别号: 91440300MA5FXXXX0X',
      '货物或应税劳务、服务名称     数 量     单 价     金 额      税率    税 额',
      '*电子元件*电容                 10       8.00       80.00     13%     10.40',
      '合    计                                          ¥80.00              ¥10.40',
      '价税合计(大写)   玖拾圆肆角                        (小写)¥90.40',
      '名    称: 广州市丙丁科技有限公司',
      '纳税人识别号: 91440101MA59XXXX1Y',
    ]);
    // when
    const invoice = extractInvoiceFromText(text);
    // then
    expect(invoice.invoiceCode.value).toBe('044031900111');
    expect(invoice.invoiceNumber.value).toBe('12345678');
    // the check code (校验码) is printed in groups of five and verifies the invoice with the tax authority
    expect(invoice.checkCode).toMatchObject({ value: '58569302723370975117', confidence: expect.any(Number) });
    expect(invoice.checkCode?.check).toBeUndefined();
    expect(invoice.issueDate.value).toBe('2023-05-06');
    expect(invoice.buyerName.value).toBe('深圳市甲乙贸易有限公司');
    expect(invoice.sellerName.value).toBe('广州市丙丁科技有限公司');
    expect(invoice.sellerTaxId.value).toBe('91440101MA59XXXX1Y');
    expect([invoice.netAmount.value, invoice.taxAmount.value, invoice.totalAmount.value]).toEqual([80, 10.4, 90.4]);
    expect(invoice.currency.value).toBe('CNY');
    expect(invoice.lines.value).toHaveLength(1);
  });

  it('when a credit-code check character fails, then the tax id is doubtful', () => {
    // the constructed codes above carry no valid check character
    const invoice = extractInvoiceFromText(monospaced(['发票号码: 12345678', '货物或应税劳务', '价税合计 (小写)¥1.00', '名 称: 某某有限公司', '纳税人识别号: 91440101MA59XXXX1Y']));
    expect(invoice.sellerTaxId.value).toBe('91440101MA59XXXX1Y');
    expect(invoice.sellerTaxId.confidence).toBeLessThan(0.8);
  });

  it('when a document is a credit note, then its kind says so', () => {
    expect(extractInvoiceFromText(monospaced(['Gutschrift Nr. 4711 vom 01.02.2024'])).invoiceKind.value).toBe('credit-note');
  });
});

describe('which invoices are Chinese VAT invoices', () => {
  it('when a commercial invoice names VAT (增值税) only on its tax line, then it is no VAT invoice and its number is not held to 8 or 20 digits', () => {
    const invoice = extractInvoiceFromText(monospaced([
      '商业发票 COMMERCIAL INVOICE',
      'Invoice No. 发票号：INV-2025-00123     Date 日期：2025-03-04',
      'Subtotal 不含税金额      CNY 10,000.00',
      'VAT 13% 增值税           CNY 1,300.00',
      'Total 价税合计           CNY 11,300.00',
    ]));
    expect(invoice.invoiceNumber).toMatchObject({ value: 'INV-2025-00123' });
    expect(invoice.invoiceNumber.check).toBeUndefined();
  });

  it.each([['增值税专用发票'], ['增值税普通发票'], ['电子发票（增值税专用发票）']])('when the title reads %s, then the number is held to 8 or 20 digits', (title) => {
    const invoice = extractInvoiceFromText(monospaced([title, 'No. INV-2025-00123        开票日期：2025年03月04日']));
    expect(invoice.invoiceNumber.check).toMatch(/8 or 20 digits/);
  });
});
