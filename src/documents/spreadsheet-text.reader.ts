import readXlsxFile from 'read-excel-file/node';
import type { DocumentText, TextLine } from '../domain/documents/document-text.model';

/** A cell as the statement's text would print it: integers as they are, other numbers to the cent, dates as ISO days. */
function cellText(cell: unknown): string | null {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return null;
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : cell.toFixed(2);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = String(cell).trim();
  return text === '' ? null : text;
}

/**
 * Reads an .xlsx workbook (financial statements exported from accounting software) as document
 * text: each sheet a page, each row a line, each non-empty cell a segment placed by its column, so
 * the statement extraction reads a sheet as it reads a printed page. Cells are exact: confidence 1.
 */
export async function readSpreadsheet(file: string): Promise<DocumentText> {
  const sheets = await readXlsxFile(file);
  const lines: TextLine[] = [];
  sheets.forEach(({ data }, sheetIndex) => {
    const columns = Math.max(1, ...data.map((row) => row.length));
    data.forEach((row, rowIndex) => {
      const segments = row.flatMap((cell, column) => {
        const text = cellText(cell);
        return text === null ? [] : [{ text, x: column / columns, right: (column + 1) / columns }];
      });
      if (segments.length > 0) lines.push({ page: sheetIndex + 1, top: rowIndex / Math.max(1, data.length), segments, confidence: 1, origin: 'text-layer' });
    });
  });
  return { pages: sheets.length, lines };
}
