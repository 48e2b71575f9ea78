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
  if (settings.smtpUrl) {
    // bounded, so that a send's fate is settled well within the time after which finance may call it in doubt
    const transport = nodemailer.createTransport({ url: settings.smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
    return transportMailer(transport, from, `SMTP ${new URL(settings.smtpUrl).host}`);
  }
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

/**
 * The server was not found or refused the connection, or it answered with a refusal: the mail did not
 * leave. Anything else (e.g. the connection dropped while the message went out) leaves its fate
 * unknown, and the claim stands.
 */
export const certainlyNotDelivered = (error: unknown) => {
  const { code, originalCode, responseCode } = error as { code?: string; originalCode?: string; responseCode?: number };
  return code === 'EDNS' || originalCode === 'ECONNREFUSED' || originalCode === 'ENOTFOUND' || typeof responseCode === 'number';
};
