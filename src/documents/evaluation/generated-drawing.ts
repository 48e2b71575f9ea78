import type PDFDocument from 'pdfkit';
import type { GeneratedTruth } from './generated-truth';

/** Drawing primitives shared by the generated layouts (seen and held out). */
export type Doc = InstanceType<typeof PDFDocument>;

export const money = (value: number) => value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const usDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const shortDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
export const chineseDate = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;

export function text(doc: Doc, value: string, x: number, y: number, size = 10, font = 'Helvetica'): void {
  doc.font(font).fontSize(size).fillColor('#111111').text(value, x, y, { lineBreak: false });
}

/** A handwriting-style signature: italic, tilted, with a pen stroke through it. */
export function signature(doc: Doc, name: string, x: number, y: number, chinese: boolean): void {
  doc.save();
  doc.rotate(-4, { origin: [x, y] });
  doc.font(chinese ? 'cjk' : 'Times-Italic').fontSize(17).fillColor('#1a2a6c').text(name, x, y, { lineBreak: false });
  doc.restore();
  doc.save().strokeColor('#1a2a6c').lineWidth(0.8).moveTo(x - 4, y + 20).bezierCurveTo(x + 20, y + 26, x + 50, y + 12, x + 90, y + 22).stroke().restore();
}

export function itemsTable(doc: Doc, truth: GeneratedTruth, y: number, headers: string[], font: string): number {
  const columns = [50, 300, 380, 470];
  headers.forEach((header, i) => text(doc, header, columns[i] ?? 50, y, 10, font));
  truth.extras.items.forEach((item, row) => {
    const yy = y + 20 + row * 18;
    text(doc, item.name, 50, yy, 10, font);
    text(doc, String(item.quantity), 300, yy, 10, font);
    text(doc, money(item.amount / item.quantity), 380, yy, 10, font);
    text(doc, money(item.amount), 470, yy, 10, font);
  });
  return y + 30 + truth.extras.items.length * 18;
}

export function box(doc: Doc, x: number, y: number, width: number, height: number): void {
  doc.save().lineWidth(0.8).strokeColor('#333333').rect(x, y, width, height).stroke().restore();
}

/** A ruled table: one row of headers over rows of values, each cell a box. */
export function grid(doc: Doc, x: number, y: number, widths: number[], rows: string[][], font: string, size = 9, rowHeight = 20): number {
  rows.forEach((cells, r) => {
    let left = x;
    cells.forEach((cell, c) => {
      const width = widths[c] ?? 80;
      box(doc, left, y + r * rowHeight, width, rowHeight);
      if (cell) text(doc, cell, left + 5, y + r * rowHeight + 6, size, font);
      left += width;
    });
  });
  return y + rows.length * rowHeight;
}

/** The items as a ruled table under a row of headers: name, quantity, unit price, amount. */
export function itemGrid(doc: Doc, t: GeneratedTruth, y: number, headers: string[], font: string): number {
  const widths = [230, 70, 100, 105];
  const rows = [headers, ...t.extras.items.map((item) => [item.name, String(item.quantity), money(item.amount / item.quantity), money(item.amount)])];
  return grid(doc, 45, y, widths, rows, font);
}
