import path from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { CustomerRepository } from '../../src/db/customer.repository';
import { CustomerReminderRepository } from '../../src/db/customer-reminder.repository';
import { DunningNoticeRepository } from '../../src/db/dunning-notice.repository';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { DunningNoticeService } from '../../src/dunning/dunning-notice.service';
import { transportMailer } from '../../src/dunning/mail-transport';
import { ReceivableService } from '../../src/dunning/receivable.service';
import { deployFixtures } from '../support/fixture-deployment';
import { login } from '../support/local-passwords';
import { startSmtpListener, type SmtpListener } from '../support/smtp-listener';
import { startTestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

const topic = 'test-mail-in-doubt';
const facts = { receivableId: '', dueDate: '2026-09-30', daysOverdue: 31, openAmountCents: 1_234_500, lateFeeCents: 19_135, currency: 'CNY' };

describe('e-mails in doubt: finance resolves a claim a crashed worker left, and the stopped task goes on', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let smtp: SmtpListener;
  let notices: DunningNoticeRepository;
  let sender: DunningNoticeService;
  beforeAll(async () => {
    system = await startTestSystem();
    await deployFixtures(system.engine, [path.join(__dirname, '..', 'fixtures', 'dunning', 'mail-task-in-doubt.bpmn')]);
    smtp = await startSmtpListener();
    notices = new DunningNoticeRepository(system.db);
    const transporter = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
    sender = new DunningNoticeService({ notices, customers: new CustomerRepository(system.db), mailer: transportMailer(transporter, 'Credit <credit@localhost>', 'test SMTP'), receivables: new ReceivableService(new ReceivableLedgerRepository(system.db)) });
  });
  afterAll(async () => {
    await smtp.close();
    await system.close();
  });

  const api = () => system.api();

  /** What a worker killed mid-send leaves: the notice claimed (SENDING) an hour ago, and its engine task failed into an incident naming it. */
  async function strandedNotice(options: { withTask: boolean; claimedSecondsAgo?: number } = { withTask: true }) {
    const suffix = randomUUID().slice(0, 6).toUpperCase();
    const customer = await api().post('/api/customers').auth(...login('sales.li'))
      .send({ name: `宁波示例轴承 ${suffix} 有限公司`, taxId: `913302DOUBT${suffix}`, industry: 'bearings', industryRisk: 'medium', contactEmail: `ap-${suffix.toLowerCase()}@customer.example` }).expect(201);
    const receivableId = `INV-DOUBT-${Date.now()}-${suffix}`;
    const claimed = await notices.claim({ id: randomUUID(), receivableId, stage: 'REMINDER', channel: 'email', customerId: customer.body.id, openAmountCents: 1_234_500, lateFeeCents: 0, currency: 'CNY', pdf: Buffer.from('%PDF'), status: 'SENDING' });
    const id = claimed.notice.id;
    await system.db('dunning_notice').where({ id }).update({ created_at: system.db.raw(`now() - interval '${options.claimedSecondsAgo ?? 3600} seconds'`) });
    let taskId: string | undefined;
    let processInstanceId: string | undefined;
    if (options.withTask) {
      processInstanceId = (await system.engine.startProcess({ key: 'test-mail-task-in-doubt' }, { businessKey: receivableId })).id;
      const locked = await system.engine.post<Array<{ id: string; processInstanceId: string }>>('/external-task/fetchAndLock', {
        workerId: 'worker-killed-mid-send', maxTasks: 1, topics: [{ topicName: topic, lockDuration: 60_000, processInstanceId }],
      });
      taskId = locked[0]?.id;
      if (!taskId) throw new Error('the fixture task was not fetched');
      await system.engine.post(`/external-task/${taskId}/failure`, {
        workerId: 'worker-killed-mid-send', retries: 0, retryTimeout: 0,
        errorMessage: `The email notice ${id} (REMINDER) was interrupted while sending; check the mail log before sending it again.`,
      });
    }
    return { id, receivableId, customerId: customer.body.id as string, taskId, processInstanceId };
  }

  const resolve = (kind: string, id: string, body: unknown, user = 'finance.chen') => api().post(`/api/in-doubt-mail/${kind}/${id}/resolution`).auth(...login(user)).send(body as object);
  const incidentsOf = async (processInstanceId: string) => (await system.engine.get<unknown[]>('/incident', { processInstanceId })).length;
  const sendAgain = (stranded: { receivableId: string; customerId: string }) =>
    sender.send({ receivableId: stranded.receivableId, customerId: stranded.customerId, stage: 'REMINDER', channels: ['email'], facts: { ...facts, receivableId: stranded.receivableId }, issuedOn: '2026-10-31', actor: 'worker:send-dunning-notice' });

  it('when the mail log shows it left, then finance marks it sent, the incident is retried away and the retry sends nothing', async () => {
    const stranded = await strandedNotice();
    expect(await incidentsOf(stranded.processInstanceId as string)).toBe(1);

    const listed = await api().get('/api/in-doubt-mail').auth(...login('finance.chen')).expect(200);
    const mail = listed.body.mails.find((candidate: { id: string }) => candidate.id === stranded.id);
    expect(mail).toMatchObject({
      kind: 'dunning-notice', receivableId: stranded.receivableId, subject: 'REMINDER', channel: 'email', messageId: `<${stranded.id}@credit-lifecycle>`,
      customerName: expect.stringMatching(/^宁波示例轴承/), address: expect.stringMatching(/@customer\.example$/),
      failedTask: { externalTaskId: stranded.taskId, processInstanceId: stranded.processInstanceId, errorMessage: expect.stringContaining('interrupted while sending') },
    });
    expect(listed.body.inDoubtAfterSeconds).toBe(180);
    await api().get('/api/in-doubt-mail').auth(...login('manager.zhang')).expect(200);
    await api().get('/api/in-doubt-mail').auth(...login('sales.li')).expect(403);
    await resolve('dunning-notice', stranded.id, { outcome: 'SENT', note: 'found in the mail log' }, 'manager.zhang').expect(403);

    const resolved = await resolve('dunning-notice', stranded.id, { outcome: 'SENT', note: 'mail log: 250 OK queued for ap@customer.example' }).expect(200);
    expect(resolved.body).toEqual({ kind: 'dunning-notice', id: stranded.id, outcome: 'SENT', resolvedBy: 'finance.chen', retriedTasks: [stranded.taskId] });
    expect(await system.db('dunning_notice').where({ id: stranded.id }).first()).toMatchObject({ status: 'SENT', email_message_id: `<${stranded.id}@credit-lifecycle>` });
    expect(await notices.contactsFor(stranded.receivableId)).toEqual([
      { channel: 'email', outcome: 'SENT_CONFIRMED', loggedBy: 'finance.chen', note: expect.stringContaining('mail log: 250 OK') },
    ]);
    expect(await incidentsOf(stranded.processInstanceId as string)).toBe(0);
    expect((await system.engine.get<{ retries: number }>(`/external-task/${stranded.taskId}`)).retries).toBe(3);
    // the audit row is appended once the answer has gone (audit-trail.ts), so it may land just after it
    const audited = await waitFor('the resolution in the audit log', async () => {
      const rows = await system.db('audit_event').where({ action: 'POST /api/in-doubt-mail/:kind/:id/resolution', target: `dunning-notice:${stranded.id}:SENT` });
      return rows.length ? rows : undefined;
    });
    expect(audited.map((row: { actor: string; result: string }) => [row.actor, row.result])).toEqual([['finance.chen', '200']]);
    expect((await api().get('/api/in-doubt-mail').auth(...login('finance.chen'))).body.mails.map((candidate: { id: string }) => candidate.id)).not.toContain(stranded.id);

    // the task's retry: the notice stands as sent, nothing leaves
    expect((await sendAgain(stranded)).map((notice) => [notice.id, notice.status])).toEqual([[stranded.id, 'SENT']]);
    expect(smtp.mailsAbout(stranded.receivableId)).toHaveLength(0);

    // the same answer again is answered again; the other one is refused and changes nothing
    expect((await resolve('dunning-notice', stranded.id, { outcome: 'SENT', note: 'clicked twice' }).expect(200)).body).toMatchObject({ outcome: 'SENT', resolvedBy: 'finance.chen', retriedTasks: [] });
    const refused = await resolve('dunning-notice', stranded.id, { outcome: 'NOT_SENT', note: 'changed my mind' }).expect(409);
    expect(refused.body.detail).toMatch(/already resolved as SENT by finance\.chen/);
    expect((await system.db('dunning_notice').where({ id: stranded.id }).first()).status).toBe('SENT');
    expect(await notices.contactsFor(stranded.receivableId)).toHaveLength(1);
  });

  it('when the mail log does not show it, then finance releases it and the retry sends it exactly once', async () => {
    const stranded = await strandedNotice();
    const resolved = await resolve('dunning-notice', stranded.id, { outcome: 'NOT_SENT', note: 'no trace of the Message-ID in the mail log' }).expect(200);
    expect(resolved.body).toMatchObject({ outcome: 'NOT_SENT', retriedTasks: [stranded.taskId] });
    expect(await system.db('dunning_notice').where({ id: stranded.id }).first()).toBeUndefined();
    expect(await incidentsOf(stranded.processInstanceId as string)).toBe(0);

    const retried = await sendAgain(stranded);
    expect(retried.map((notice) => notice.status)).toEqual(['SENT']);
    expect(smtp.mailsAbout(stranded.receivableId)).toHaveLength(1);
    await sendAgain(stranded); // delivered once more to its worker
    expect(smtp.mailsAbout(stranded.receivableId)).toHaveLength(1);
    expect((await notices.contactsFor(stranded.receivableId)).map((contact) => contact.outcome)).toEqual(['NOT_SENT_RELEASED', 'SENT']);
    await resolve('dunning-notice', stranded.id, { outcome: 'SENT', note: 'too late' }).expect(409);
  });

  it('when a claim is only moments old, then it may still be on its way: not listed, and a resolution is refused without a change', async () => {
    const fresh = await strandedNotice({ withTask: false, claimedSecondsAgo: 5 });
    const listed = await api().get('/api/in-doubt-mail').auth(...login('finance.chen')).expect(200);
    expect(listed.body.mails.map((candidate: { id: string }) => candidate.id)).not.toContain(fresh.id);
    const refused = await resolve('dunning-notice', fresh.id, { outcome: 'NOT_SENT', note: 'impatient' }).expect(409);
    expect(refused.body.detail).toMatch(/may still be on its way; it can be resolved in 17\d s/);
    expect((await system.db('dunning_notice').where({ id: fresh.id }).first()).status).toBe('SENDING');
    expect(await notices.contactsFor(fresh.receivableId)).toEqual([]);
  });

  it('when a customer reminder stands in doubt without a stopped task, then it is resolved the same way and no task is retried', async () => {
    const reminders = new CustomerReminderRepository(system.db);
    const receivableId = `INV-DOUBT-R-${Date.now()}`;
    const { reminder } = await reminders.claim({ id: randomUUID(), receivableId, kind: 'PRE_DUE', period: 0, customerId: randomUUID(), email: 'ap-r@customer.example', status: 'SENDING' });
    await system.db('customer_reminder').where({ id: reminder.id }).update({ created_at: system.db.raw(`now() - interval '1 hour'`) });
    const listed = await api().get('/api/in-doubt-mail').auth(...login('auditor.sun')).expect(200);
    expect(listed.body.mails.find((candidate: { id: string }) => candidate.id === reminder.id)).toMatchObject({ kind: 'customer-reminder', subject: 'PRE_DUE', channel: 'email', address: 'ap-r@customer.example', customerName: null, failedTask: null });
    await resolve('customer-reminder', reminder.id, { outcome: 'SENT', note: 'auditor tries' }, 'auditor.sun').expect(403);
    const resolved = await resolve('customer-reminder', reminder.id, { outcome: 'SENT', note: 'found in the mail log' }).expect(200);
    expect(resolved.body).toMatchObject({ kind: 'customer-reminder', outcome: 'SENT', retriedTasks: [] });
    expect((await reminders.forReceivable(receivableId)).map((row) => [row.status, row.emailMessageId])).toEqual([['SENT', `<${reminder.id}@credit-lifecycle>`]]);
  });

  it('when the request is wrong, then 400 names each field, an unknown claim is 404, and nothing changes', async () => {
    const stranded = await strandedNotice({ withTask: false });
    const wrongKind = await resolve('fax', stranded.id, { outcome: 'SENT', note: 'found it' }).expect(400);
    expect(wrongKind.body.errors).toEqual([{ field: 'kind', message: expect.stringMatching(/dunning-notice, customer-reminder/) }]);
    const wrongBody = await resolve('dunning-notice', stranded.id, { outcome: 'MAYBE', note: '', extra: 1 }).expect(400);
    expect((wrongBody.body.errors).map((problem: { field: string }) => problem.field).sort()).toEqual(['extra', 'note', 'outcome']);
    await resolve('dunning-notice', 'not-a-uuid', { outcome: 'SENT', note: 'found it' }).expect(400);
    const unknown = await resolve('dunning-notice', randomUUID(), { outcome: 'SENT', note: 'found it' }).expect(404);
    expect(unknown.body.detail).toMatch(/is in doubt/);
    await resolve('customer-reminder', stranded.id, { outcome: 'SENT', note: 'wrong kind' }).expect(404);
    expect((await system.db('dunning_notice').where({ id: stranded.id }).first()).status).toBe('SENDING');
    expect(await notices.contactsFor(stranded.receivableId)).toEqual([]);
  });
});
