import { execFileSync } from 'node:child_process';

/** The text a PDF prints (poppler's pdftotext, a Debian package the project already needs; pdf.js does not load under jest). */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
}
