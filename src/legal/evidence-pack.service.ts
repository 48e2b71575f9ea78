import { createHash, randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import type { Knex } from 'knex';
import PDFDocument from 'pdfkit';
import { assertCjkFont, cjkFont } from '../documents/cjk-font';
import type { LedgerBalance } from '../domain/dunning/receivable-ledger';

export interface EvidenceItem {
  file: string;
  kind: string;
  sha256: string;
  bytes: number;
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * DOMAIN.md §5 legal escalation: the case file — contract, proof of delivery, invoices (the
 * uploaded originals), the dunning notices as sent, the contact log and the statement of
 * account — as one PDF index plus a zip of the originals, built once per receivable.
 */
export class EvidencePackService {
  constructor(private readonly db: Knex) {}

  async build(input: { applicationId: string; receivableId: string; statement: LedgerBalance; builtOn: string }): Promise<{ id: string; contents: EvidenceItem[]; created: boolean }> {
    const existing = await this.db('evidence_pack').where({ receivable_id: input.receivableId }).first('id', 'contents');
    if (existing) return { id: existing.id, contents: existing.contents, created: false };

    const zip = new JSZip();
    const contents: EvidenceItem[] = [];
    const add = (file: string, kind: string, content: Buffer) => {
      zip.file(file, content, { date: new Date(`${input.builtOn}T00:00:00Z`) });
      contents.push({ file, kind, sha256: sha256(content), bytes: content.length });
    };
    const documents = await this.db('document').where({ application_id: input.applicationId }).orderBy('uploaded_at').select('id', 'kind', 'file_name', 'content');
    for (const document of documents) add(`documents/${document.kind}/${document.id}-${document.file_name}`, document.kind, document.content);
    const notices = await this.db('dunning_notice').where({ receivable_id: input.receivableId }).orderBy('created_at').select('stage', 'channel', 'status', 'pdf', 'email_message_id');
    for (const notice of notices) add(`dunning/${notice.stage}-${notice.channel}-${notice.status}.pdf`, 'dunning-notice', notice.pdf);
    const contacts = await this.db('contact_log').where({ receivable_id: input.receivableId }).orderBy('id').select('logged_at', 'channel', 'outcome', 'note', 'logged_by');
    const contactCsv = ['logged_at,channel,outcome,note,logged_by', ...contacts.map((row: Record<string, unknown>) => [new Date(row.logged_at as string).toISOString(), row.channel, row.outcome, JSON.stringify(row.note ?? ''), row.logged_by].join(','))].join('\n');
    add('dunning/contact-log.csv', 'contact-log', Buffer.from(contactCsv, 'utf8'));
    add('statement-of-account.json', 'statement-of-account', Buffer.from(JSON.stringify(input.statement, null, 2), 'utf8'));

    const originals = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const index = await this.indexPdf(input, contents);
    const id = randomUUID();
    await this.db('evidence_pack')
      .insert({ id, receivable_id: input.receivableId, application_id: input.applicationId, index_pdf: index, originals_zip: originals, contents: JSON.stringify(contents) })
      .onConflict('receivable_id')
      .ignore();
    const stored = await this.db('evidence_pack').where({ receivable_id: input.receivableId }).first('id', 'contents');
    return { id: stored.id, contents: stored.contents, created: stored.id === id };
  }

  async originals(receivableId: string): Promise<Buffer | undefined> {
    return (await this.db('evidence_pack').where({ receivable_id: receivableId }).first('originals_zip'))?.originals_zip;
  }

  private indexPdf(input: { receivableId: string; statement: LedgerBalance; builtOn: string }, contents: EvidenceItem[]): Promise<Buffer> {
    assertCjkFont();
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Evidence pack ${input.receivableId}`, CreationDate: new Date(`${input.builtOn}T00:00:00Z`) } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.font(cjkFont.file, cjkFont.family).fontSize(16).text(`证据材料 / Evidence pack — ${input.receivableId}`);
    const s = input.statement;
    doc.moveDown().fontSize(10).text(`Statement of account as of ${s.asOf}: principal ${(s.principalCents / 100).toFixed(2)}, late fee ${(s.feeCents / 100).toFixed(2)}, costs ${(s.costsCents / 100).toFixed(2)}, total ${(s.totalCents / 100).toFixed(2)}, ${s.daysOverdue} days overdue.`);
    doc.moveDown().fontSize(11).text('Contents (SHA-256 of each original in the zip):');
    for (const item of contents) doc.fontSize(8).text(`${item.file} — ${item.kind}, ${item.bytes} bytes, ${item.sha256}`);
    doc.end();
    return done;
  }
}
