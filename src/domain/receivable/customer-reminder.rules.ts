/**
 * The customer reminders of the lifecycle (DOMAIN.md §1 steps 7–8): a reminder to confirm the
 * receipt of shipped goods, repeated per cycle while unconfirmed, and one reminder to plan the
 * payment before the due date. Which reminder a job is decides whether it was already sent.
 */
export type CustomerReminderKind = 'RECEIPT' | 'PRE_DUE';

const dayMs = 24 * 60 * 60 * 1000;

/** The cycle length of an ISO repeating interval such as `R/P3D` (the model's timer), in days. */
export function cycleDays(repeatingInterval: string): number {
  const match = /^R\d*\/P(\d+)D$/.exec(repeatingInterval);
  if (!match) throw new Error(`not a repeating interval of whole days: ${repeatingInterval}`);
  return Number(match[1]);
}

/**
 * Which receipt reminder this is: the number of whole cycles since shipment. Timers one cycle
 * apart fall into different periods; timers that fire together after a delay fall into one, so
 * the customer gets one reminder, not a burst.
 */
export function receiptReminderPeriod(shippedAt: Date, now: Date, cycle: number): number {
  return Math.max(0, Math.floor((now.getTime() - shippedAt.getTime()) / (cycle * dayMs)));
}

export interface ReminderFacts {
  customerName: string;
  receivableId: string;
  shippedOn?: string;
  openAmount?: number;
  currency?: string;
  dueDate?: string;
}

export function reminderText(kind: CustomerReminderKind, facts: ReminderFacts): { subject: string; body: string } {
  if (kind === 'RECEIPT') {
    return {
      subject: `Please confirm receipt of the goods of invoice ${facts.receivableId}`,
      body: [
        `Dear ${facts.customerName},`,
        `the goods of invoice ${facts.receivableId} were shipped on ${facts.shippedOn}. Please confirm in writing that they arrived and conform to the order.`,
        'If anything is missing or damaged, tell us now so we can put it right.',
        'Credit department',
      ].join('\n\n'),
    };
  }
  const amount = facts.openAmount?.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    subject: `Invoice ${facts.receivableId}: ${facts.currency} ${amount} due on ${facts.dueDate}`,
    body: [
      `Dear ${facts.customerName},`,
      `invoice ${facts.receivableId} falls due on ${facts.dueDate}; ${facts.currency} ${amount} are open. Please plan the payment so it reaches us by then.`,
      'If you expect any difficulty, please call us before the due date.',
      'Credit department',
    ].join('\n\n'),
  };
}
