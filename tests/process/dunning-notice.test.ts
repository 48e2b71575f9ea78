import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { CustomerRepository } from '../../src/db/customer.repository';
import { DunningNoticeRepository } from '../../src/db/dunning-notice.repository';
import { DunningNoticeService, NoticeStateUnknownError } from '../../src/dunning/dunning-notice.service';
import { transportMailer } from '../../src/dunning/mail-transport';
import { startSmtpListener } from '../support/smtp-listener';
import { startTestSystem } from '../support/test-system';

describe('dunning notices: PDF letter and e-mail over real SMTP, once per receivable and stage', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
  let service: DunningNoticeService;
  let notices: DunningNoticeRepository;
  beforeAll(async () => {
    system = await startTestSystem();
    smtp = await startSmtpListener();
    notices = new DunningNoticeRepository(system.db);
    const transporter = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
    service = new DunningNoticeService({ notices, customers: new CustomerRepository(system.db), mailer: transportMailer(transporter, 'Credit <credit@localhost>', 'test SMTP') });
  });
  afterAll(async () => {
    await smtp.close();
    await system.close();
  });

  async function customer(email?: string) {
    const suffix = randomUUID().slice(0, 8).toUpperCase().replace(/-/g, '');
    const created = await system.api().post('/api/customers').auth('sales.li', 'sales.li-local')
      .send({ name: `杭州示例电子 ${suffix} 有限公司`, taxId: `913301NOTICE${suffix.slice(0, 6)}`, industry: 'electronics', industryRisk: 'medium', ...(email ? { contactEmail: email } : {}) }).expect(201);
    return created.body.id as string;
  }
  const facts = { receivableId: '', dueDate: '2026-09-30', daysOverdue: 31, openAmountCents: 1_234_500, lateFeeCents: 19_135, currency: 'CNY' };

  it('when a reminder goes out by e-mail and letter, then one mail with the PDF arrives, and a redelivered job sends nothing more', async () => {
    const customerId = await customer('ap@customer.example');
    const receivableId = `INV-N-${Date.now()}`;
    const request = { receivableId, customerId, stage: 'REMINDER' as const, channels: ['email', 'letter'] as const, facts: { ...facts, receivableId }, issuedOn: '2026-10-31', actor: 'worker:send-dunning-notice' };
    const first = await service.send({ ...request, channels: [...request.channels] });
    expect(first.map((notice) => [notice.channel, notice.status])).toEqual([['email', 'SENT'], ['letter', 'SENT']]);
    const mails = smtp.received.filter((mail) => mail.raw.includes(receivableId));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toEqual(['ap@customer.example']);
    expect(mails[0]?.raw).toMatch(/Content-Type: application\/pdf/);
    expect(mails[0]?.raw).toContain(`Message-ID: <${first[0]?.id}@credit-lifecycle>`);

    const again = await service.send({ ...request, channels: [...request.channels] });
    expect(again.map((notice) => notice.id)).toEqual(first.map((notice) => notice.id));
    expect(smtp.received.filter((mail) => mail.raw.includes(receivableId))).toHaveLength(1);
    expect((await notices.contactsFor(receivableId)).map((contact) => [contact.channel, contact.outcome])).toEqual([['email', 'SENT'], ['letter', 'SENT']]);
  });

  it('when the customer has no e-mail address, then that is logged and the letter still goes; a phone stage schedules one call', async () => {
    const customerId = await customer();
    const receivableId = `INV-N-${Date.now()}-B`;
    await service.send({ receivableId, customerId, stage: 'FORMAL_WARNING', channels: ['email', 'letter', 'phone'], facts: { ...facts, receivableId, daysOverdue: 61 }, issuedOn: '2026-11-30', actor: 'worker' });
    await service.send({ receivableId, customerId, stage: 'FORMAL_WARNING', channels: ['email', 'letter', 'phone'], facts: { ...facts, receivableId, daysOverdue: 61 }, issuedOn: '2026-11-30', actor: 'worker' });
    expect((await notices.forReceivable(receivableId)).map((notice) => [notice.channel, notice.status])).toEqual([['email', 'NO_ADDRESS'], ['letter', 'SENT']]);
    expect((await notices.contactsFor(receivableId)).map((contact) => [contact.channel, contact.outcome])).toEqual([['email', 'NO_ADDRESS'], ['letter', 'SENT'], ['phone', 'CALL_SCHEDULED']]);
    expect(smtp.received.filter((mail) => mail.raw.includes(receivableId))).toHaveLength(0);
  });

  it('when an earlier attempt was interrupted mid-send, then the notice is not sent blindly again', async () => {
    const customerId = await customer('ap2@customer.example');
    const receivableId = `INV-N-${Date.now()}-C`;
    await notices.claim({ id: randomUUID(), receivableId, stage: 'LEGAL', channel: 'email', customerId, openAmountCents: 1, lateFeeCents: 0, currency: 'CNY', pdf: Buffer.from('%PDF'), status: 'SENDING' });
    await expect(service.send({ receivableId, customerId, stage: 'LEGAL', channels: ['email'], facts: { ...facts, receivableId }, issuedOn: '2026-12-30', actor: 'worker' })).rejects.toBeInstanceOf(NoticeStateUnknownError);
    expect(smtp.received.filter((mail) => mail.raw.includes(receivableId))).toHaveLength(0);
  });
});
