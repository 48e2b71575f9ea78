import PDFDocument from 'pdfkit';
import { assertCjkFont, cjkFont } from '../documents/cjk-font';
import { noticeText, type NoticeFacts, type NoticeStage } from '../domain/dunning/notice-text';

/** The notice as a one-page PDF letter (the letter channel prints it, the e-mail attaches it); the address block when known. */
export function renderNoticePdf(stage: NoticeStage, facts: NoticeFacts, issuedOn: string, postalAddress: string | null = null): Promise<Buffer> {
  assertCjkFont();
  const { subject, body } = noticeText(stage, facts);
  const doc = new PDFDocument({ size: 'A4', margin: 60, info: { Title: subject, CreationDate: new Date(`${issuedOn}T00:00:00Z`) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(cjkFont.file, cjkFont.family);
  doc.fontSize(9).text(issuedOn, { align: 'right' });
  if (postalAddress) doc.fontSize(10).text(facts.customerName).text(postalAddress);
  doc.moveDown().fontSize(14).text(subject);
  doc.moveDown();
  for (const paragraph of body) doc.fontSize(11).text(paragraph).moveDown(0.5);
  doc.end();
  return done;
}
