import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DocumentText } from '../domain/documents/document-text.model';
import type { DocumentTextReader, PdfReadMode, PdfReadOptions } from './document-text.reader';

/** What reading a document's text takes: DocumentTextReader, or something that stands in front of it. */
export type DocumentTextReading = Pick<DocumentTextReader, 'readPdf' | 'readImage'>;

/**
 * Keeps every text a DocumentTextReader reads in a directory, keyed by the file's bytes and how it
 * was read, and gives it back the next time instead of reading again: for scoring changed extraction
 * rules over the same documents in seconds rather than the OCR's minutes (`ocr:evaluate
 * --reuse-texts`). A text stays as the OCR of its day read it: empty the directory after changing
 * the reading itself.
 */
export class CachedDocumentTextReader implements DocumentTextReading {
  constructor(
    private readonly reader: DocumentTextReading,
    private readonly directory: string,
  ) {}

  readPdf(file: string, mode: PdfReadMode = 'auto', options: PdfReadOptions = {}): Promise<DocumentText> {
    return this.cached(file, `pdf-${mode}${options.ocrImages ? '-with-images' : ''}`, () => this.reader.readPdf(file, mode, options));
  }

  readImage(file: string): Promise<DocumentText> {
    return this.cached(file, 'image', () => this.reader.readImage(file));
  }

  private async cached(file: string, how: string, read: () => Promise<DocumentText>): Promise<DocumentText> {
    const key = createHash('sha256').update(await readFile(file)).digest('hex').slice(0, 32);
    const stored = path.join(this.directory, `${key}-${how}.json`);
    const kept = await readFile(stored, 'utf8').then((json) => JSON.parse(json) as DocumentText, () => null);
    if (kept) return kept;
    const text = await read();
    await mkdir(this.directory, { recursive: true });
    // written aside and renamed, so that a run stopped half-way leaves no half-written text to be read back
    await writeFile(`${stored}.${process.pid}`, JSON.stringify(text));
    await rename(`${stored}.${process.pid}`, stored);
    return text;
  }
}
