import { login } from '../support/local-passwords';
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { CustomerRepository } from '../../src/db/customer.repository';
import { DunningNoticeRepository } from '../../src/db/dunning-notice.repository';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { DunningNoticeService, NoticeStateUnknownError } from '../../src/dunning/dunning-notice.service';
import { transportMailer } from '../../src/dunning/mail-transport';
import { ReceivableService } from '../../src/dunning/receivable.service';
import { ConflictError, NotFoundError } from '../../src/domain/errors';
import { pdfText } from '../support/pdf-text';
import { startSmtpListener, type SmtpListener } from '../support/smtp-listener';
import { startTestSystem } from '../support/test-system';

describe('dunning notices: PDF letter and e-mail over real SMTP, once per receivable and stage', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let smtp: SmtpListener;
  let service: DunningNoticeService;
  let notices: DunningNoticeRepository;
  let receivables: ReceivableService;
  beforeAll(async () => {
    system = await startTestSystem();
    smtp = await startSmtpListener();
    notices = new DunningNoticeRepository(system.db);
    receivables = new ReceivableService(new ReceivableLedgerRepository(system.db));
    service = serviceSendingTo(smtp.port);
  });
  const serviceSendingTo = (port: number) => {
    const transporter = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    return new DunningNoticeService({ notices, customers: new CustomerRepository(system.db), mailer: transportMailer(transporter, 'Credit <credit@localhost>', 'test SMTP'), receivables });
  };
  afterAll(async () => {
    await smtp.close();
    await system.close();
  });

  async function customer(contacts: { contactEmail?: string; postalAddress?: string }) {
    const suffix = randomUUID().slice(0, 8).toUpperCase().replace(/-/g, '');
    const created = await system.api().post('/api/customers').auth(...login('sales.li'))
      .send({ name: `杭州示例电子 ${suffix} 有限公司`, taxId: `913301NOTICE${suffix.slice(0, 6)}`, industry: 'electronics', industryRisk: 'medium', ...contacts }).expect(201);
    return { id: created.body.id as string, taxId: created.body.taxId as string };
  }
  const postalAddress = '浙江省杭州市西湖区文三路 100 号, 310012 Hangzhou';
  const facts = { receivableId: '', dueDate: '2026-09-30', daysOverdue: 31, openAmountCents: 1_234_500, lateFeeCents: 19_135, currency: 'CNY' };

  it('when a reminder goes out by e-mail and letter, then one mail with the PDF arrives, and a redelivered job sends nothing more', async () => {
    const { id: customerId } = await customer({ contactEmail: 'ap@customer.example', postalAddress });
    const receivableId = `INV-N-${Date.now()}`;
    const request = { receivableId, customerId, stage: 'REMINDER' as const, channels: ['email', 'letter'] as const, facts: { ...facts, receivableId }, issuedOn: '2026-10-31', actor: 'worker:send-dunning-notice' };
    const first = await service.send({ ...request, channels: [...request.channels] });
    expect(first.map((notice) => [notice.channel, notice.status])).toEqual([['email', 'SENT'], ['letter', 'SENT']]);
    const mails = smtp.mailsAbout(receivableId);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toEqual(['ap@customer.example']);
    expect(mails[0]?.raw).toMatch(/Content-Type: application\/pdf/);
    expect(mails[0]?.raw).toContain(`Message-ID: <${first[0]?.id}@credit-lifecycle>`);

    const again = await service.send({ ...request, channels: [...request.channels] });
    expect(again.map((notice) => notice.id)).toEqual(first.map((notice) => notice.id));
    expect(smtp.mailsAbout(receivableId)).toHaveLength(1);
    expect((await notices.contactsFor(receivableId)).map((contact) => [contact.channel, contact.outcome])).toEqual([['email', 'SENT'], ['letter', 'SENT']]);
  });

  it('when the customer has no e-mail address, then that is logged and the letter still goes; a phone stage schedules one call', async () => {
    const { id: customerId } = await customer({ postalAddress });
    const receivableId = `INV-N-${Date.now()}-B`;
    await service.send({ receivableId, customerId, stage: 'FORMAL_WARNING', channels: ['email', 'letter', 'phone'], facts: { ...facts, receivableId, daysOverdue: 61 }, issuedOn: '2026-11-30', actor: 'worker' });
    await service.send({ receivableId, customerId, stage: 'FORMAL_WARNING', channels: ['email', 'letter', 'phone'], facts: { ...facts, receivableId, daysOverdue: 61 }, issuedOn: '2026-11-30', actor: 'worker' });
    expect((await notices.forReceivable(receivableId)).map((notice) => [notice.channel, notice.status])).toEqual([['email', 'NO_ADDRESS'], ['letter', 'SENT']]);
    expect((await notices.contactsFor(receivableId)).map((contact) => [contact.channel, contact.outcome])).toEqual([['email', 'NO_ADDRESS'], ['letter', 'SENT'], ['phone', 'CALL_SCHEDULED']]);
    expect(smtp.mailsAbout(receivableId)).toHaveLength(0);
  });

  it('when the customer has no postal address, then the letter is not sent but logged as NO_ADDRESS, and the e-mail still goes', async () => {
    const { id: customerId } = await customer({ contactEmail: 'ap3@customer.example' });
    const receivableId = `INV-N-${Date.now()}-D`;
    await service.send({ receivableId, customerId, stage: 'REMINDER', channels: ['email', 'letter'], facts: { ...facts, receivableId }, issuedOn: '2026-10-31', actor: 'worker' });
    expect((await notices.forReceivable(receivableId)).map((notice) => [notice.channel, notice.status])).toEqual([['email', 'SENT'], ['letter', 'NO_ADDRESS']]);
    expect(await notices.contactsFor(receivableId)).toEqual([
      expect.objectContaining({ channel: 'email', outcome: 'SENT' }),
      expect.objectContaining({ channel: 'letter', outcome: 'NO_ADDRESS', note: 'no postal address on file' }),
    ]);
    expect(smtp.mailsAbout(receivableId)).toHaveLength(1);
  });

  it('when a stage notice is sent for a receivable in the ledger, then the letter prints the address and the figures the ledger holds that day', async () => {
    const { id: customerId, taxId } = await customer({ postalAddress });
    const receivableId = `INV-N-${Date.now()}-E`;
    await receivables.open({ id: receivableId, applicationId: 'notice-test', customerTaxId: taxId, currency: 'CNY', principalCents: 1_000_000, issuedOn: '2026-08-01', dueDate: '2026-08-31', dailyLateFeeRate: 0.0005 });
    const [letter] = await service.sendForStage({ receivableId, customerId, stage: 'REMINDER', channels: ['letter'], issuedOn: '2026-09-30', actor: 'worker' });
    // 30 days × 0.05 % on 10,000.00 = 150.00
    const stored = await system.db('dunning_notice').where({ id: letter?.id }).first('open_amount_cents', 'late_fee_cents', 'pdf');
    expect([Number(stored.open_amount_cents), Number(stored.late_fee_cents)]).toEqual([1_000_000, 15_000]);
    const text = pdfText(stored.pdf as Buffer);
    expect(text).toContain('文三路 100 号');
    expect(text).toContain(`Invoice ${receivableId}, due 2026-08-31, 30 days overdue: CNY 10,000.00 outstanding, late fee CNY 150.00; total CNY 10,150.00.`);
  });

  it('when the receivable, the customer or the owing customer do not match the records, then nothing is sent and the error names them', async () => {
    const { id: customerId } = await customer({ contactEmail: 'ap4@customer.example', postalAddress });
    const receivableId = `INV-N-${Date.now()}-F`;
    const request = { receivableId, customerId, stage: 'REMINDER' as const, channels: ['email' as const], issuedOn: '2026-09-30', actor: 'worker' };
    await expect(service.sendForStage(request)).rejects.toThrow(new NotFoundError(`No receivable ${receivableId} in the receivable ledger.`));
    await receivables.open({ id: receivableId, applicationId: 'notice-test', customerTaxId: `91000000ELSE${randomUUID().slice(0, 6).toUpperCase()}`, currency: 'CNY', principalCents: 100_000, issuedOn: '2026-08-01', dueDate: '2026-08-31', dailyLateFeeRate: 0.0005 });
    await expect(service.sendForStage(request)).rejects.toBeInstanceOf(ConflictError);
    await expect(service.sendForStage({ ...request, customerId: 'CUST-UNKNOWN' })).rejects.toThrow(/No customer CUST-UNKNOWN on file/);
    expect(await notices.forReceivable(receivableId)).toEqual([]);
    expect(smtp.mailsAbout(receivableId)).toHaveLength(0);
  });

  it('when the SMTP server cannot be reached, then the e-mail notice is released, and the retry sends it once', async () => {
    const { id: customerId } = await customer({ contactEmail: 'ap5@customer.example' });
    const receivableId = `INV-N-${Date.now()}-G`;
    const gone = await startSmtpListener();
    await gone.close(); // nothing listens on its port any more
    const request = { receivableId, customerId, stage: 'REMINDER' as const, channels: ['email' as const], facts: { ...facts, receivableId }, issuedOn: '2026-10-31', actor: 'worker' };
    await expect(serviceSendingTo(gone.port).send(request)).rejects.toMatchObject({ originalCode: 'ECONNREFUSED' });
    expect(await notices.forReceivable(receivableId)).toEqual([]);
    expect(await notices.contactsFor(receivableId)).toEqual([]);

    const sent = await service.send(request);
    expect(sent.map((notice) => [notice.channel, notice.status])).toEqual([['email', 'SENT']]);
    expect(smtp.mailsAbout(receivableId)).toHaveLength(1);
    expect((await notices.contactsFor(receivableId)).map((contact) => [contact.channel, contact.outcome])).toEqual([['email', 'SENT']]);
  });

  it('when an earlier attempt was interrupted mid-send, then the notice is not sent blindly again', async () => {
    const { id: customerId } = await customer({ contactEmail: 'ap2@customer.example' });
    const receivableId = `INV-N-${Date.now()}-C`;
    await notices.claim({ id: randomUUID(), receivableId, stage: 'LEGAL', channel: 'email', customerId, openAmountCents: 1, lateFeeCents: 0, currency: 'CNY', pdf: Buffer.from('%PDF'), status: 'SENDING' });
    await expect(service.send({ receivableId, customerId, stage: 'LEGAL', channels: ['email'], facts: { ...facts, receivableId }, issuedOn: '2026-12-30', actor: 'worker' })).rejects.toBeInstanceOf(NoticeStateUnknownError);
    expect(smtp.mailsAbout(receivableId)).toHaveLength(0);
  });
});
