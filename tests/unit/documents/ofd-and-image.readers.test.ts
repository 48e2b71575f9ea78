import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { DocumentExtractionService } from '../../../src/documents/document-extraction.service';
import { EvaluatedField, loadExpectedDocuments } from '../../../src/documents/evaluation/expected-fields.loader';
import { extractedValue, sameValue } from '../../../src/documents/evaluation/field-comparison';
import { readOfdInvoice } from '../../../src/documents/ofd-invoice.reader';
import { invoicesDir, truthFor } from './shared-invoices.fixture';

describe('reading OFD e-invoices', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ofd-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('when the OFD e-invoices of the data set are read, then every field equals the truth file', async () => {
    // given
    const documents = (await loadExpectedDocuments(invoicesDir)).filter((document) => document.file.endsWith('.ofd'));
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      // when
      const { fields } = await readOfdInvoice(document.file);
      // then
      for (const [field, expected] of Object.entries(document.expected) as [EvaluatedField, string | number | null][]) {
        expect({ file: document.file, field, matches: sameValue(field, expected, extractedValue(fields, field)) }).toEqual({ file: document.file, field, matches: true });
      }
      expect(fields.totalAmount.source).toBe('structured-xml');
    }
  });

  it('when an OFD lists its invoice under another attachment name, then it is found through the attachment list', async () => {
    // given a constructed OFD: OFD.xml → Doc_1/Document.xml → Doc_1/Files/List.xml → Doc_1/Files/data.xml
    const zip = new JSZip();
    zip.file('OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_1/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>');
    zip.file('Doc_1/Document.xml', '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Attachments>Files/List.xml</ofd:Attachments></ofd:Document>');
    zip.file('Doc_1/Files/List.xml', '<ofd:Attachments xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Attachment ID="1" Name="data"><ofd:FileLoc>data.xml</ofd:FileLoc></ofd:Attachment></ofd:Attachments>');
    zip.file('Doc_1/Files/data.xml', [
      '<eInvoice xmlns:fp="http://www.edrm.org.cn/schema/e-invoice/2019"><fp:InvoiceCode>011002000111</fp:InvoiceCode><fp:InvoiceNo>00012345</fp:InvoiceNo>',
      '<fp:IssueDate>2024年02月29日</fp:IssueDate><fp:Buyer><fp:BuyerName>买方公司</fp:BuyerName><fp:BuyerTaxID>91110000000000000X</fp:BuyerTaxID></fp:Buyer>',
      '<fp:Seller><fp:SellerName>卖方公司</fp:SellerName><fp:SellerTaxID>91310000000000000Y</fp:SellerTaxID></fp:Seller>',
      '<fp:TaxExclusiveTotalAmount>100.00</fp:TaxExclusiveTotalAmount><fp:TaxTotalAmount>***</fp:TaxTotalAmount><fp:TaxInclusiveTotalAmount>100.00</fp:TaxInclusiveTotalAmount>',
      '<fp:GoodsInfos><fp:GoodsInfo><fp:Item>*图书*教材</fp:Item><fp:Price>50</fp:Price><fp:Quantity>2</fp:Quantity><fp:Amount>100.00</fp:Amount><fp:TaxScheme>免税</fp:TaxScheme></fp:GoodsInfo></fp:GoodsInfos></eInvoice>',
    ].join(''));
    const file = path.join(dir, 'constructed.ofd');
    await writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
    // when
    const { fields } = await readOfdInvoice(file);
    // then
    expect(fields.invoiceNumber.value).toBe('00012345');
    expect(fields.issueDate.value).toBe('2024-02-29');
    expect(fields.sellerName.value).toBe('卖方公司');
    expect(fields.taxAmount.value).toBe(0);
    expect(fields.lines.value).toEqual([{ description: '*图书*教材', quantity: 2, unitPrice: 50, amount: 100, taxRate: null }]);
  });

  it('when an OFD carries no structured invoice, then reading fails saying so', async () => {
    const zip = new JSZip();
    zip.file('OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody/></ofd:OFD>');
    const file = path.join(dir, 'empty.ofd');
    await writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
    await expect(readOfdInvoice(file)).rejects.toThrow('no structured invoice');
  });
});

describe('reading a picture of an invoice', () => {
  it('when the Chinese VAT invoice picture is OCR\'d, then number, code, date and amounts equal the truth file', async () => {
    // given
    const truth = await truthFor(path.join('cn_vat', 'hades300_fapiao.png'));
    const service = new DocumentExtractionService();
    try {
      // when
      const extraction = await service.extract(truth.file);
      // then
      if (extraction.documentType !== 'invoice') throw new Error('an invoice was expected');
      expect(extraction.textSources).toEqual(['ocr']);
      for (const field of ['invoiceNumber', 'invoiceCode', 'issueDate', 'netAmount', 'taxAmount', 'totalAmount', 'sellerTaxId'] as EvaluatedField[]) {
        const expected = truth.expected[field] ?? null;
        expect({ field, matches: sameValue(field, expected, extractedValue(extraction.fields, field)) }).toEqual({ field, matches: true });
      }
    } finally {
      await service.close();
    }
  }, 60_000);
});
