import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailSettings } from '../config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachment?: { filename: string; content: Buffer };
  /** Stable per notice, so a receiving system can tell a duplicate apart. */
  messageId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<string>;
  description: string;
}

/**
 * SMTP when an SMTP URL is configured (SMTP_URL, e.g. smtp://user:pass@mail.example:587); otherwise
 * every mail is written as an .eml file into the local outbox folder, where it can be read.
 */
export function mailerFor(settings: MailSettings, outbox = path.resolve(__dirname, '..', '..', '.outbox')): Mailer {
  const from = settings.from;
  if (settings.smtpUrl) return transportMailer(nodemailer.createTransport(settings.smtpUrl), from, `SMTP ${new URL(settings.smtpUrl).host}`);
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `outbox folder ${outbox}`,
    async send(mail) {
      const info = await transporter.sendMail({ ...message(mail, from) });
      fs.mkdirSync(outbox, { recursive: true });
      fs.writeFileSync(path.join(outbox, `${mail.messageId.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`), info.message as Buffer);
      return info.messageId;
    },
  };
}

export function transportMailer(transporter: Transporter, from: string, description: string): Mailer {
  return {
    description,
    async send(mail) {
      const info = await transporter.sendMail(message(mail, from));
      return info.messageId;
    },
  };
}

const message = (mail: OutgoingMail, from: string) => ({
  from,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  messageId: mail.messageId,
  attachments: mail.attachment ? [{ filename: mail.attachment.filename, content: mail.attachment.content, contentType: 'application/pdf' }] : [],
});
