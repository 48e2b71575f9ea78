import { InvoiceFields } from '../contracts/documents.contract';
import { ciiToFields } from '../domain/documents/cii-invoice.mapper';
import { openPdf } from './pdfjs.loader';
import { parseXml } from './xml-tree';

/** Names under which Factur-X, ZUGFeRD 1/2 and XRechnung PDFs embed their invoice XML. */
const invoiceAttachmentNames = /^(?:factur-x|zugferd-invoice|ZUGFeRD-invoice|xrechnung)\.xml$/i;

/** The structured invoice a Factur-X / ZUGFeRD PDF carries, or null when it has none. */
export async function readEmbeddedInvoice(file: string): Promise<InvoiceFields | null> {
  const document = await openPdf(file);
  try {
    const attachments = (await document.getAttachments()) as Record<string, { filename: string; content: Uint8Array }> | null;
    for (const attachment of Object.values(attachments ?? {})) {
      if (!invoiceAttachmentNames.test(attachment.filename)) continue;
      const xml = parseXml(Buffer.from(attachment.content).toString('utf8'));
      if ('CrossIndustryInvoice' in xml) return ciiToFields(xml);
    }
    return null;
  } finally {
    await document.destroy();
  }
}
