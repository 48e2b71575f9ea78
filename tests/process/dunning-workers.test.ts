import { login } from '../support/local-passwords';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { DunningNoticeRepository } from '../../src/db/dunning-notice.repository';
import { ReceivableLateFeeRepository, receivableLateFeeTable } from '../../src/db/receivable-late-fee.repository';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { LateFeeService } from '../../src/dunning/late-fee.service';
import { ReceivableService } from '../../src/dunning/receivable.service';
import { startCollectionSystem, type CollectionSystem } from '../support/collection-harness';
import { engineNow } from '../support/engine-clock';
import { ProcessDriver } from '../support/process-driver';
import { startSmtpListener, type SmtpListener } from '../support/smtp-listener';
import { waitFor } from '../support/wait-for';

const DAY = 24 * 60 * 60 * 1000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

describe('accrue-late-fee and send-dunning-notice workers: once per receivable and stage, data errors as incidents', () => {
  let system: CollectionSystem;
  let smtp: SmtpListener;
  let jobsTwiceDefinitionId: string;
  let receivables: ReceivableService;
  let lateFees: ReceivableLateFeeRepository;
  let notices: DunningNoticeRepository;
  beforeAll(async () => {
    smtp = await startSmtpListener();
    process.env.SMTP_URL = smtp.url; // the real worker's mail settings come from the config
    system = await startCollectionSystem();
    const deployed = await system.deployFixture(path.join(__dirname, '..', 'fixtures', 'dunning', 'dunning-jobs-twice.bpmn'));
    jobsTwiceDefinitionId = deployed.find((resource) => resource.kind === 'process' && resource.id === 'dunning-jobs-twice')?.definitionId as string;
    receivables = new ReceivableService(new ReceivableLedgerRepository(system.db));
    lateFees = new ReceivableLateFeeRepository(system.db);
    notices = new DunningNoticeRepository(system.db);
  });
  afterAll(async () => {
    await system.close();
    await smtp.close();
  });

  /** Each test case's own customer, with an e-mail and a postal address on file. */
  const newCustomer = async () => {
    const suffix = randomUUID().slice(0, 8).toUpperCase();
    const created = await system.api().post('/api/customers').auth(...login('sales.li'))
      .send({ name: `宁波示例纺织 ${suffix} 有限公司`, taxId: `91330200W${suffix}`, industry: 'textiles', industryRisk: 'low', contactEmail: `ar-${suffix.toLowerCase()}@customer.example`, postalAddress: '浙江省宁波市鄞州区天童南路 1 号' })
      .expect(201);
    return { id: created.body.id as string, taxId: created.body.taxId as string };
  };

  /** A receivable of 50,000.00 of a new customer, due 35 days before the engine's day, opened in the ledger, and the jobs' input for its reminder. */
  const reminderJobInput = async (options: { inLedger: boolean; customerId?: string }) => {
    const customer = await newCustomer();
    const receivableId = `INV-W-${randomUUID().slice(0, 8).toUpperCase()}`;
    const dueDate = isoDate(new Date((await engineNow()).getTime() - 35 * DAY));
    if (options.inLedger) {
      await receivables.open({ id: receivableId, applicationId: 'worker-test', customerTaxId: customer.taxId, currency: 'CNY', principalCents: 5_000_000, issuedOn: dueDate, dueDate, dailyLateFeeRate: 0.0005 });
    }
    return {
      receivableId, customerId: options.customerId ?? customer.id, dunningStage: 'REMINDER', contactChannels: ['email', 'letter'],
      openAmount: 50_000, currency: 'CNY', dailyLateFeeRate: 0.0005, daysOverdue: 35, feeAccruedThroughDay: 0, lateFeesTotal: 0,
    };
  };

  const start = async (variables: Record<string, unknown>) => new ProcessDriver(system, (await system.engine.startProcess({ id: jobsTwiceDefinitionId }, { variables })).id);
  const firstIncident = (processInstanceId: string) =>
    waitFor(`an incident in ${processInstanceId}`, async () => (await system.history.incidents(processInstanceId))[0]);

  it('when the same fee and notice jobs arrive twice, then the ledger holds one fee posting, one letter and one e-mail go out, each logged once, and both answers agree', async () => {
    const input = await reminderJobInput({ inLedger: true });
    const driver = await start(input);
    await driver.waitUntilCompleted('EndEvent_Done');
    const variables = await driver.variables();

    const postings = await system.db(receivableLateFeeTable).where({ receivable_id: input.receivableId });
    expect(postings).toHaveLength(1);
    const posted = await lateFees.find(input.receivableId, 'REMINDER');
    // 35 days × 0.05 % on 50,000.00 = 875.00, from the ledger (the job's own lateFeesTotal of 0 changes nothing)
    expect(posted).toMatchObject({ feeAccruedThroughDay: 35, lateFeeCents: 87_500, lateFeesTotalCents: 87_500 });
    expect(variables.firstFee).toEqual({ lateFee: 875, lateFeesTotal: 875, feeAccruedThroughDay: 35 });
    expect(variables.secondFee).toEqual(variables.firstFee);

    const sent = await notices.forReceivable(input.receivableId);
    expect(sent.map((notice) => [notice.channel, notice.status])).toEqual([['email', 'SENT'], ['letter', 'SENT']]);
    expect(variables.firstNoticeIds).toEqual(sent.map((notice) => notice.id));
    expect(variables.secondNoticeIds).toEqual(variables.firstNoticeIds);
    expect(smtp.mailsAbout(input.receivableId)).toHaveLength(1);
    expect((await notices.contactsFor(input.receivableId)).map((contact) => [contact.channel, contact.outcome, contact.loggedBy])).toEqual([
      ['email', 'SENT', 'worker:send-dunning-notice'],
      ['letter', 'SENT', 'worker:send-dunning-notice'],
    ]);
  });

  it('when a stage fee is posted again on a later day, then the first posting stands', async () => {
    const input = await reminderJobInput({ inLedger: true });
    const service = new LateFeeService({ ledger: new ReceivableLedgerRepository(system.db), lateFees });
    const today = isoDate(await engineNow());
    const first = await service.postForStage({ receivableId: input.receivableId, stage: 'REMINDER', postedOn: today });
    const later = await service.postForStage({ receivableId: input.receivableId, stage: 'REMINDER', postedOn: isoDate(new Date(Date.parse(today) + 3 * DAY)) });
    expect(later).toEqual(first);
    expect(await lateFees.forReceivable(input.receivableId)).toHaveLength(1);
  });

  it('when the receivable is not in the ledger, then the fee job raises an incident at once that names it, and nothing is posted', async () => {
    const input = await reminderJobInput({ inLedger: false });
    const driver = await start(input);
    const incident = await firstIncident(driver.processInstanceId);
    expect(incident).toMatchObject({ elementId: 'Task_AccrueLateFee', incidentType: 'failedExternalTask' });
    expect(incident?.message).toBe(`No receivable ${input.receivableId} in the receivable ledger: open it there before dunning it.`);
    expect(await lateFees.forReceivable(input.receivableId)).toEqual([]);
    await system.engine.deleteProcessInstance(driver.processInstanceId);
  });

  it('when the customer is not on file, then the notice job raises an incident that names it, and nothing is sent', async () => {
    const unknownCustomer = randomUUID();
    const input = await reminderJobInput({ inLedger: true, customerId: unknownCustomer });
    const driver = await start(input);
    const incident = await firstIncident(driver.processInstanceId);
    expect(incident).toMatchObject({ elementId: 'Task_SendNotice', incidentType: 'failedExternalTask' });
    expect(incident?.message).toBe(`No customer ${unknownCustomer} on file: the REMINDER notice of ${input.receivableId} has nobody to go to.`);
    expect(await notices.forReceivable(input.receivableId)).toEqual([]);
    expect(smtp.mailsAbout(input.receivableId)).toHaveLength(0);
    await system.engine.deleteProcessInstance(driver.processInstanceId);
  });
});
