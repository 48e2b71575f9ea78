import path from 'node:path';
import { projectRoot } from '../../../src/engine/local/engine-profile';
import { ExpectedDocument, loadExpectedDocuments } from '../../../src/documents/evaluation/expected-fields.loader';

/** The shared invoice data set (../shared/data/invoices) and its truth files; never copied into the repository. */
export const invoicesDir = path.resolve(projectRoot, '..', 'shared', 'data', 'invoices');

export async function truthFor(relativeFile: string): Promise<ExpectedDocument> {
  const file = path.join(invoicesDir, relativeFile);
  const found = (await loadExpectedDocuments(invoicesDir)).find((document) => document.file === file);
  if (!found) throw new Error(`no truth for ${relativeFile}`);
  return found;
}
