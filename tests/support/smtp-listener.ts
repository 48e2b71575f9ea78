import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

export interface SmtpListener {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Connections that broke off (e.g. a sender killed mid-message): a mail server logs them and goes on. */
  brokenConnections: string[];
  /** The mails whose raw text mentions the receivable (subject, message id, attachment name). */
  mailsAbout(receivableId: string): ReceivedMail[];
  close(): Promise<void>;
}

/** A real SMTP listener on loopback that keeps what it receives (the outside mail server in tests). */
export async function startSmtpListener(): Promise<SmtpListener> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  const brokenConnections: string[] = [];
  // without a listener, a client that dies mid-session (ECONNRESET) would be thrown in the test's process
  server.on('error', (error: Error) => brokenConnections.push(error.message));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server as unknown as { server: { address(): AddressInfo } }).server.address().port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    brokenConnections,
    mailsAbout: (receivableId) => received.filter((mail) => mail.raw.includes(receivableId)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
