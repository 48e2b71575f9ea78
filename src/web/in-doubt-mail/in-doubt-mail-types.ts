/** An e-mail in doubt as `GET /api/in-doubt-mail` lists it. */
export interface InDoubtMail {
  kind: 'dunning-notice' | 'customer-reminder';
  id: string;
  receivableId: string;
  customerId: string;
  customerName: string | null;
  /** The notice's stage (REMINDER, FORMAL_WARNING, LEGAL) or the reminder's kind (RECEIPT, PRE_DUE). */
  subject: string;
  channel: 'email' | 'letter';
  address: string | null;
  /** `<id@credit-lifecycle>`: what to search for in the mail server's log. */
  messageId: string;
  claimedAt: string;
  failedTask: { externalTaskId: string; processInstanceId: string; errorMessage: string } | null;
}

export interface InDoubtMailList {
  inDoubtAfterSeconds: number;
  mails: InDoubtMail[];
}

export type MailOutcome = 'SENT' | 'NOT_SENT';

/** What `POST /api/in-doubt-mail/:kind/:id/resolution` answers. */
export interface MailResolution {
  kind: InDoubtMail['kind'];
  id: string;
  outcome: MailOutcome;
  resolvedBy: string;
  retriedTasks: string[];
}
