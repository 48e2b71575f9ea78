import path from 'node:path';
import { DocumentExtraction, documentExtractionSchema, DocumentType, FieldSource } from '../contracts/documents.contract';
import { extractContractFromText } from '../domain/documents/contract-text.extractor';
import { extractDeliveryNoteFromText } from '../domain/documents/delivery-note-text.extractor';
import { extractFinancialStatementFromText } from '../domain/documents/financial-statement-text.extractor';
import { DocumentText } from '../domain/documents/document-text.model';
import { Field } from '../domain/documents/extracted-field';
import { extractInvoiceFromText } from '../domain/documents/invoice-text.extractor';
import { defaultManualEntryPolicy, manualEntryFor, ManualEntryPolicy } from '../domain/documents/manual-entry.rules';
import { CachedDocumentTextReader, DocumentTextReading } from './cached-document-text.reader';
import { DocumentTextReader, PdfReadMode, ReadTiming } from './document-text.reader';
import { readOfdInvoice } from './ofd-invoice.reader';
import { readEmbeddedInvoice } from './pdf-embedded-invoice.reader';
import { readSpreadsheet } from './spreadsheet-text.reader';
import { TesseractOcrEngine } from './tesseract-ocr.engine';
import { checkPartyFields } from '../domain/documents/party-fields.checks';

export interface ExtractOptions {
  documentType?: DocumentType;
  /** how to read a PDF's text (see PdfReadMode) */
  pdfMode?: PdfReadMode;
  /** use the structured invoice a Factur-X / ZUGFeRD PDF embeds, when there is one */
  useEmbeddedXml?: boolean;
}

/**
 * Reads a document file (PDF, PNG/JPEG, OFD) and extracts the fields of its type. Keeps one
 * OCR worker for its lifetime: call `close()` at the end.
 */
export class DocumentExtractionService {
  private readonly ocr = new TesseractOcrEngine();
  private readonly reader: DocumentTextReading;
  /** how long each reading took (a text read back from the cache took none) */
  readonly readTimings: ReadTiming[];

  /** textCacheDirectory: keep the texts read there and read them back (CachedDocumentTextReader), for re-scoring rules */
  constructor(
    private readonly policy: ManualEntryPolicy = defaultManualEntryPolicy,
    options: { textCacheDirectory?: string } = {},
  ) {
    const reader = new DocumentTextReader(this.ocr);
    this.readTimings = reader.timings;
    this.reader = options.textCacheDirectory ? new CachedDocumentTextReader(reader, options.textCacheDirectory) : reader;
  }

  async extract(file: string, options: ExtractOptions = {}): Promise<DocumentExtraction> {
    const documentType = options.documentType ?? 'invoice';
    const extension = path.extname(file).toLowerCase();
    if (extension === '.ofd') {
      if (documentType !== 'invoice') throw new Error('OFD files are read as invoices only');
      const { fields, pages } = await readOfdInvoice(file);
      return this.result('invoice', fields, pages, ['structured-xml']);
    }
    if (extension === '.pdf' && documentType === 'invoice' && options.useEmbeddedXml !== false) {
      const embedded = await readEmbeddedInvoice(file);
      if (embedded) return this.result('invoice', embedded, 0, ['structured-xml']);
    }
    if (extension === '.xlsx') return this.fromText(documentType, await readSpreadsheet(file));
    const text = await this.readText(file, options.pdfMode);
    const first = this.fromText(documentType, text);
    if (!first.needsManualEntry.required || !text.pagesWithImages?.length || extension !== '.pdf' || options.pdfMode === 'ocr') return first;
    // what the text layer lacks may be printed inside a picture (a scanned letterhead): read those too
    return this.fromText(documentType, await this.reader.readPdf(file, options.pdfMode ?? 'auto', { ocrImages: true }));
  }

  /** The text of a PDF or a picture as `extract` reads it first. */
  readText(file: string, pdfMode: PdfReadMode = 'auto'): Promise<DocumentText> {
    const extension = path.extname(file).toLowerCase();
    if (extension === '.pdf') return this.reader.readPdf(file, pdfMode);
    if (['.png', '.jpg', '.jpeg'].includes(extension)) return this.reader.readImage(file);
    throw new Error(`unsupported document format ${extension || '(none)'}: PDF, PNG, JPEG, XLSX or OFD expected`);
  }

  /** The fields of a document's text as `extract` finds them, checked, with what goes to manual entry. */
  fromText(documentType: DocumentType, text: DocumentText): DocumentExtraction {
    const sources = [...new Set(text.lines.map((line) => line.origin))] as FieldSource[];
    if (documentType === 'delivery-note') return this.result(documentType, checkPartyFields(documentType, extractDeliveryNoteFromText(text)), text.pages, sources);
    if (documentType === 'contract') return this.result(documentType, checkPartyFields(documentType, extractContractFromText(text)), text.pages, sources);
    if (documentType === 'financial-statement') return this.result(documentType, extractFinancialStatementFromText(text), text.pages, sources);
    return this.result('invoice', checkPartyFields('invoice', extractInvoiceFromText(text)), text.pages, sources);
  }

  async close(): Promise<void> {
    await this.ocr.close();
  }

  private result(documentType: DocumentType, fields: Record<string, Field<unknown>>, pages: number, textSources: FieldSource[]): DocumentExtraction {
    return documentExtractionSchema.parse({ documentType, fields, pages, textSources, needsManualEntry: manualEntryFor(documentType, fields, this.policy) });
  }
}
