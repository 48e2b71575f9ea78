import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { InvoiceFields } from '../contracts/documents.contract';
import { eInvoiceToFields } from '../domain/documents/cn-e-invoice.mapper';
import { all, parseXml, textAt, XmlNode } from './xml-tree';

/**
 * OFD e-invoices (GB/T 33190) are zips; the tax bureau's structured invoice travels as an
 * attachment (`Doc_0/Attachs/original_invoice.xml`, root `eInvoice`). The attachment is found
 * through OFD.xml → Document.xml → Attachments.xml, else by looking at every XML in the zip.
 */
export async function readOfdInvoice(file: string): Promise<{ fields: InvoiceFields; pages: number }> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = await findInvoiceXml(zip);
  if (!xml) throw new Error('the OFD file carries no structured invoice (eInvoice XML attachment)');
  return { fields: eInvoiceToFields(parseXml(xml)), pages: await countPages(zip) };
}

async function findInvoiceXml(zip: JSZip): Promise<string | null> {
  for (const name of await attachmentPaths(zip)) {
    const content = await zip.file(name)?.async('string');
    if (content && /<eInvoice[\s>]/.test(content)) return content;
  }
  for (const entry of Object.values(zip.files).filter((f) => !f.dir && f.name.endsWith('.xml'))) {
    const content = await entry.async('string');
    if (/<eInvoice[\s>]/.test(content)) return content;
  }
  return null;
}

async function attachmentPaths(zip: JSZip): Promise<string[]> {
  const ofd = await xmlOf(zip, 'OFD.xml');
  const paths: string[] = [];
  for (const body of all(ofd, 'OFD', 'DocBody')) {
    const documentPath = textAt(body, 'DocRoot');
    if (!documentPath) continue;
    const document = await xmlOf(zip, documentPath);
    const attachmentsPath = textAt(document, 'Document', 'Attachments');
    if (!attachmentsPath) continue;
    const listPath = path.posix.join(path.posix.dirname(documentPath), attachmentsPath);
    const list = await xmlOf(zip, listPath);
    for (const attachment of all(list, 'Attachments', 'Attachment')) {
      const location = textAt(attachment, 'FileLoc');
      if (location) paths.push(path.posix.join(path.posix.dirname(listPath), location));
    }
  }
  return paths;
}

async function countPages(zip: JSZip): Promise<number> {
  return Object.keys(zip.files).filter((name) => /Pages\/Page_\d+\/Content\.xml$/.test(name)).length;
}

async function xmlOf(zip: JSZip, name: string): Promise<XmlNode | null> {
  const content = await zip.file(name.replace(/^\//, ''))?.async('string');
  return content ? parseXml(content) : null;
}
