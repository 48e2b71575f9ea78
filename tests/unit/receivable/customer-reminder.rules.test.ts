import { creditLifecycleProcess } from '../../../src/contracts/credit-lifecycle.contract';
import { cycleDays, receiptReminderPeriod, reminderText } from '../../../src/domain/receivable/customer-reminder.rules';

const shippedAt = new Date('2027-03-02T08:00:00Z');
const at = (days: number, hours = 0) => new Date(shippedAt.getTime() + (days * 24 + hours) * 3_600_000);

describe('customer reminders', () => {
  it("when the model's receipt timer repeats every 3 days, then the cycle is 3 days", () => {
    expect(cycleDays(creditLifecycleProcess.timers.receiptReminderCycle)).toBe(3);
    expect(() => cycleDays('PT3H')).toThrow(/not a repeating interval/);
  });

  it('when timers fire one cycle apart, then each is its own period; when they fire together late, then they share one', () => {
    // timers started 2 hours after shipment fire at 3, 6 and 9 days after that start
    expect([3, 6, 9].map((days) => receiptReminderPeriod(shippedAt, at(days, 2), 3))).toEqual([1, 2, 3]);
    // the clock jumped to day 10: the 6- and 9-day timers fire at once
    expect([receiptReminderPeriod(shippedAt, at(10, 2), 3), receiptReminderPeriod(shippedAt, at(10, 2), 3)]).toEqual([3, 3]);
  });

  it('when the pre-due reminder is written, then it names the invoice, the open amount and the due date', () => {
    const { subject, body } = reminderText('PRE_DUE', { customerName: 'Ningbo Test Bearings Co., Ltd.', receivableId: 'INV-1', openAmount: 180_000, currency: 'CNY', dueDate: '2027-04-16' });
    expect(subject).toBe('Invoice INV-1: CNY 180,000.00 due on 2027-04-16');
    expect(body).toMatch(/^Dear Ningbo Test Bearings Co., Ltd.,/);
  });
});
