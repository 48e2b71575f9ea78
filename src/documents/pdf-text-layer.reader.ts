import { TextLine } from '../domain/documents/document-text.model';
import { buildSegments } from '../domain/documents/text-layout';
import { openPdf, PdfDocument, pdfOperators } from './pdfjs.loader';

/** A page's text layer as positioned lines, and the regions covered by images (which may hold text of their own). */
export interface PdfPageText {
  page: number;
  lines: TextLine[];
  characters: number;
  imageRegions: Region[];
}

export interface Region {
  x: number;
  top: number;
  right: number;
  bottom: number;
}

interface Item {
  text: string;
  x: number;
  right: number;
  baseline: number;
  height: number;
}

export async function readPdfTextLayer(file: string): Promise<PdfPageText[]> {
  const document = await openPdf(file);
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= document.numPages; number += 1) pages.push(await readPage(document, number));
    return pages;
  } finally {
    await document.destroy();
  }
}

async function readPage(document: PdfDocument, number: number): Promise<PdfPageText> {
  const page = await document.getPage(number);
  const [x0 = 0, y0 = 0, x1 = 1, y1 = 1] = page.view;
  const width = x1 - x0;
  const height = y1 - y0;
  const content = await page.getTextContent();
  const items: Item[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const [a = 1, b = 0, , , e = 0, f = 0] = item.transform as number[];
    if (Math.abs(b) > Math.abs(a) * 0.1) continue; // rotated text: stamps and seals
    const size = item.height || Math.abs(a);
    items.push({ text: item.str, x: (e - x0) / width, right: (e - x0 + item.width) / width, baseline: (y1 - f) / height, height: size / height });
  }
  const lines = groupLines(items, number, width / height);
  const imageRegions = await findImageRegions(page, x0, y1, width, height);
  page.cleanup();
  return { page: number, lines, characters: items.reduce((sum, item) => sum + item.text.trim().length, 0), imageRegions };
}

function groupLines(items: Item[], page: number, aspect: number): TextLine[] {
  const sorted = [...items].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows.find((candidate) => Math.abs((candidate[0]?.baseline ?? 0) - item.baseline) < Math.min(candidate[0]?.height ?? 0, item.height) * 0.5);
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows
    .map((row) => ({ page, top: Math.min(...row.map((i) => i.baseline - i.height)), segments: buildSegments(row.map((i) => ({ text: i.text, x: i.x, right: i.right, em: i.height / aspect }))), confidence: 1, origin: 'text-layer' as const }))
    .sort((a, b) => a.top - b.top);
}

type Matrix = [number, number, number, number, number, number];

/** Images drawn on the page (tracking the transformation matrix through the operator list), as page fractions. */
async function findImageRegions(page: Awaited<ReturnType<PdfDocument['getPage']>>, x0: number, y1: number, width: number, height: number): Promise<Region[]> {
  const OPS = await pdfOperators();
  const operators = await page.getOperatorList();
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const regions: Region[] = [];
  operators.fnArray.forEach((fn, index) => {
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, operators.argsArray[index] as Matrix);
    else if (imageOps.has(fn)) {
      const corners = [[0, 0], [1, 0], [0, 1], [1, 1]].map(([u = 0, v = 0]) => [ctm[0] * u + ctm[2] * v + ctm[4], ctm[1] * u + ctm[3] * v + ctm[5]] as const);
      const xs = corners.map((c) => (c[0] - x0) / width);
      const ys = corners.map((c) => (y1 - c[1]) / height);
      regions.push({ x: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) });
    }
  });
  return regions.filter((r) => (r.right - r.x) * (r.bottom - r.top) > 0.01);
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}
