import { parseArgs } from 'node:util';
import { documentTypeSchema } from '../contracts/documents.contract';
import { DocumentExtractionService } from './document-extraction.service';
import { PdfReadMode } from './document-text.reader';

/**
 * `npm run document:extract -- <file> [--type invoice|delivery-note|contract|financial-statement] [--mode auto|text-layer|ocr] [--no-xml]`
 * prints the extraction result (fields with confidence, manual-entry list) as JSON.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { type: { type: 'string', default: 'invoice' }, mode: { type: 'string', default: 'auto' }, 'no-xml': { type: 'boolean', default: false } },
  });
  const [file] = positionals;
  if (!file) throw new Error('usage: extract-document <file> [--type invoice|delivery-note|contract|financial-statement] [--mode auto|text-layer|ocr] [--no-xml]');
  const mode = values.mode as PdfReadMode;
  if (!['auto', 'text-layer', 'ocr'].includes(mode)) throw new Error(`--mode must be auto, text-layer or ocr, not ${mode}`);
  const service = new DocumentExtractionService();
  try {
    const result = await service.extract(file, { documentType: documentTypeSchema.parse(values.type), pdfMode: mode, useEmbeddedXml: !values['no-xml'] });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await service.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
