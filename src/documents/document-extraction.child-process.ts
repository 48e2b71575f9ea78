import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../engine/local/engine-profile';
import { documentExtractionSchema, type DocumentExtraction, type DocumentType } from '../contracts/documents.contract';

const run = promisify(execFile);
const tsxCli = path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const extractCli = path.join(projectRoot, 'src', 'documents', 'extract-document.cli.ts');

/**
 * Reads a document with the `document:extract` CLI in a child process: pdf.js and tesseract.js
 * (ESM-only, CPU- and memory-hungry) stay out of the worker process, which also runs where ESM
 * cannot be loaded (jest). The result is checked against the extraction contract.
 */
export class ChildProcessDocumentReader {
  async extract(file: string, options: { documentType: DocumentType }): Promise<DocumentExtraction> {
    const { stdout } = await run(process.execPath, [tsxCli, extractCli, file, '--type', options.documentType], { cwd: projectRoot, maxBuffer: 10_000_000 }).catch((error: Error & { stderr?: string }) => {
      throw new Error(`reading ${path.basename(file)} failed: ${error.stderr?.trim() || error.message}`);
    });
    return documentExtractionSchema.parse(JSON.parse(stdout));
  }
}
