import { readFile } from 'node:fs/promises';
import path from 'node:path';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjs: Promise<PdfJs> | undefined;

/** pdf.js is ESM-only; its legacy build is the one meant for Node. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/**
 * Opens a PDF with the character maps and standard fonts shipped in the pdfjs-dist package
 * (CJK invoices use predefined CMaps such as UniGB-UCS2-H), never fetched from elsewhere.
 */
export async function openPdf(file: string): Promise<PdfDocument> {
  const lib = await loadPdfJs();
  const packageDir = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const data = new Uint8Array(await readFile(file));
  return lib.getDocument({
    data,
    cMapUrl: path.join(packageDir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(packageDir, 'standard_fonts') + path.sep,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
}

export async function pdfOperators(): Promise<PdfJs['OPS']> {
  return (await loadPdfJs()).OPS;
}
