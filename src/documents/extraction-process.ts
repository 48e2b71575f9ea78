import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../camunda/engine/engine-profile';
import { documentExtractionSchema, type DocumentExtraction } from '../contracts/documents.contract';
import type { DocumentExtractionService, ExtractOptions } from './document-extraction.service';

const run = promisify(execFile);
const tsxCli = path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const extractCli = path.join(projectRoot, 'src', 'documents', 'extract-document.cli.ts');

/**
 * The document reader in a process of its own (`npm run document:extract`): pdf.js is ESM-only and
 * a CommonJS host such as jest cannot load it, and a worker keeps no OCR memory between jobs.
 */
export class ExtractionProcess implements Pick<DocumentExtractionService, 'extract'> {
  async extract(file: string, options: ExtractOptions = {}): Promise<DocumentExtraction> {
    const flags = [...(options.documentType ? ['--type', options.documentType] : []), ...(options.pdfMode ? ['--mode', options.pdfMode] : []), ...(options.useEmbeddedXml === false ? ['--no-xml'] : [])];
    const { stdout } = await run(process.execPath, [tsxCli, extractCli, file, ...flags], { cwd: projectRoot, maxBuffer: 20_000_000 }).catch((error: Error & { stderr?: string }) => {
      throw new Error(`reading ${path.basename(file)} failed: ${error.stderr?.trim() || error.message}`);
    });
    return documentExtractionSchema.parse(JSON.parse(stdout));
  }
}
