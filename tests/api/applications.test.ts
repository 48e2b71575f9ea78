import { login } from '../support/local-passwords';
import { creditLifecycleProcess as lifecycle } from '../../src/contracts/credit-lifecycle.contract';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { CreditFileReader } from '../../src/engine/history/credit-file.reader';
import { loadCreditCommittee } from '../../src/policy/credit-committee.policy';
import { jobWorkers } from '../../workers';
import { registeredCustomer } from '../support/customers';
import { startTestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

const sales = login('sales.li');
const analyst = login('analyst.wang');
const dayMs = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs).toISOString().slice(0, 10);
const unique = () => `${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1e4)}`.slice(-8).padStart(8, '0');

describe('POST /api/applications starts the credit lifecycle', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  const statusOf = async (id: string) => (await system.api().get(`/api/applications/${id}`).auth(...analyst).expect(200)).body;

  it('when the process answering died half-way (kill -9) and the request is repeated, then the repeat finishes that attempt: one case, one row', async () => {
    const taxId = `9131CRSH${unique()}`;
    const customerId = await registeredCustomer(() => system.api(), { name: `Crash Trading ${taxId} Co., Ltd.`, taxId });
    const post = (key: string) => system.api().post('/api/applications').auth(...sales).set('Idempotency-Key', key).send({ customerId, requestedLimit: 2_000 });
    const casesOf = async (applicationId: string) => system.engine.get<Array<{ id: string }>>('/process-instance', { businessKey: applicationId });
    // what a killed attempt leaves: its claim on the key with no answer, older than any request takes
    const abandon = (key: string) => system.db('idempotent_request').where({ idempotency_key: key }).update({ status: null, response: null, created_at: system.db.raw("now() - interval '10 minutes'") });

    // died after starting the case, before writing the row
    const beforeRow = `application-crash-${unique()}`;
    const first = (await post(beforeRow).expect(201)).body;
    await system.db('credit_application').where({ id: first.id }).delete();
    await abandon(beforeRow);
    const repeated = (await post(beforeRow).expect(201)).body;
    expect({ id: repeated.id, processInstanceKey: repeated.processInstanceKey }).toEqual({ id: first.id, processInstanceKey: first.processInstanceKey });
    expect(await casesOf(first.id)).toHaveLength(1);

    // died after writing the row, before storing the answer
    const beforeAnswer = `application-crash-${unique()}`;
    const second = (await post(beforeAnswer).expect(201)).body;
    await abandon(beforeAnswer);
    const again = (await post(beforeAnswer).expect(201)).body;
    expect({ id: again.id, processInstanceKey: again.processInstanceKey }).toEqual({ id: second.id, processInstanceKey: second.processInstanceKey });
    expect(await casesOf(second.id)).toHaveLength(1);
    expect(await system.db('credit_application').where({ tax_id: taxId }).count({ rows: '*' })).toEqual([{ rows: '2' }]);
  });

  it('when sales apply for a customer with a ledger history, then its case starts with the customer\'s facts, its history and the committee from policy', async () => {
    // given a registered low-risk customer whose ledger holds four years of invoices
    const taxId = `9131HIST${unique()}`;
    const customerId = await registeredCustomer(() => system.api(), { name: `History Trading ${taxId} Co., Ltd.`, taxId, industryRisk: 'low' });
    const ledger = new ReceivableLedgerRepository(system.db);
    const open = (id: string, issuedOn: string, dueDate: string | null, principalCents: number, currency = 'CNY') =>
      ledger.openOnce({ id, applicationId: 'earlier-case', customerTaxId: taxId, currency, principalCents, issuedOn, dueDate, dailyLateFeeRate: 0 });
    await open(`INV-${taxId}-1`, daysAgo(1461), daysAgo(1400), 10_000_000);
    await ledger.bookOnce(`INV-${taxId}-1`, { kind: 'payment', date: daysAgo(1401), amountCents: 10_000_000, reference: 'BANK-1' });
    await open(`INV-${taxId}-2`, daysAgo(100), daysAgo(40), 5_000_000);
    await ledger.bookOnce(`INV-${taxId}-2`, { kind: 'payment', date: daysAgo(45), amountCents: 3_000_000, reference: 'BANK-2' });
    await open(`INV-${taxId}-3`, daysAgo(10), null, 2_000_000);
    await open(`INV-${taxId}-4`, daysAgo(20), null, 900_000, 'EUR');

    // when sales apply for an urgent limit
    const created = await system.api().post('/api/applications').auth(...sales).send({ customerId, requestedLimit: 300_000, urgent: true, salesIntentDeadline: 'P30D' }).expect(201);

    // then the application names the customer and its lifecycle case
    expect(created.body).toMatchObject({ customerId, companyName: `History Trading ${taxId} Co., Ltd.`, taxId, requestedLimit: 300_000, currency: 'CNY', urgent: true, processId: lifecycle.processId, status: 'OPEN' });
    expect(created.headers.location).toBe(`/api/applications/${created.body.id}`);
    // and the engine's instance of credit-lifecycle holds the start variables its contract asks for
    const key = created.body.processInstanceKey as string;
    const variables = await system.history.variables(key);
    const committee = loadCreditCommittee();
    const expected = {
      applicationId: created.body.id, customerId, customerName: `History Trading ${taxId} Co., Ltd.`, taxId, requestedLimit: 300_000, currency: 'CNY', urgent: true,
      hasPaymentHistory: true, collectionRate: (100_000 + 30_000) / (100_000 + 50_000), yearsOfCooperation: 4, annualVolume: 70_000, industryRisk: 'low',
      committeeMembers: committee.members, committeeChair: committee.chair, salesIntentDeadline: 'P30D',
    };
    expect(created.body.startVariables).toEqual(expected);
    expect(variables).toMatchObject(expected);
    // started as the latest credit-lifecycle, with the application id as its business key (Cockpit and Tasklist find the case by it)
    expect(await system.history.instance(key)).toMatchObject({ processId: lifecycle.processId, businessKey: created.body.id, startedBy: 'creditservice' });
  });

  it('when a new customer applies, then the case starts without history and stands at its first step, with the step read from the engine', async () => {
    // given a customer nobody has invoiced yet
    const taxId = `9131NEWC${unique()}`;
    const customerId = await registeredCustomer(() => system.api(), { name: `New Customer ${taxId} Co., Ltd.`, taxId, industryRisk: 'high' });

    // when sales apply (normal, default currency)
    const created = await system.api().post('/api/applications').auth(...sales).send({ customerId, requestedLimit: 50_000 }).expect(201);
    expect(created.body.startVariables).toMatchObject({ urgent: false, currency: 'CNY', hasPaymentHistory: false, collectionRate: 0, yearsOfCooperation: 0, annualVolume: 0, industryRisk: 'high' });
    expect(created.body.startVariables).not.toHaveProperty('salesIntentDeadline');

    // then its status shows the current step of the eleven, what runs and who is waited for
    const preliminaryInvestigationServed = jobWorkers[lifecycle.jobTypes.runPreliminaryInvestigation] !== undefined;
    if (!preliminaryInvestigationServed) {
      // the preliminary investigation has no worker in this build: the case waits at step 1's job
      const status = await waitFor('the case at its first step', async () => {
        const found = await statusOf(created.body.id);
        return found.activeElements.some((element: { elementId: string }) => element.elementId === lifecycle.elements.runPreliminaryInvestigation) ? found : undefined;
      });
      expect(status).toMatchObject({ state: 'ACTIVE', currentStep: { number: 1, name: 'first contact', phase: 'before the sale' }, sideActivities: [], openUserTasks: [] });
      expect(status.activeElements).toEqual([{
        processId: lifecycle.processId, processInstanceId: created.body.processInstanceKey, elementId: lifecycle.elements.runPreliminaryInvestigation, elementName: expect.any(String),
        elementType: 'serviceTask', activityInstanceId: expect.any(String), step: 1, incidentIds: [],
      }]);
    } else {
      // with its worker, the collected information waits for sales to confirm it: step 2
      const status = await waitFor('the case at its second step', async () => {
        const found = await statusOf(created.body.id);
        return found.activeElements.some((element: { elementId: string }) => element.elementId === lifecycle.elements.confirmCollectedInformation) ? found : undefined;
      });
      expect(status).toMatchObject({ state: 'ACTIVE', status: 'OPEN', currentStep: { number: 2, name: 'feedback of collected information' }, sideActivities: [] });
      expect(status.openUserTasks).toEqual([expect.objectContaining({ elementId: lifecycle.elements.confirmCollectedInformation, candidateGroups: ['sales'], processInstanceId: created.body.processInstanceKey })]);
      expect(status.activeElements).toEqual([expect.objectContaining({ processId: lifecycle.processId, elementId: lifecycle.elements.confirmCollectedInformation, elementType: 'userTask', step: 2 })]);
    }
  });

  it('when the application is withdrawn, then the lifecycle case is cancelled and its status says where it stopped', async () => {
    const taxId = `9131WDRW${unique()}`;
    const customerId = await registeredCustomer(() => system.api(), { name: `Withdrawing ${taxId} Co., Ltd.`, taxId });
    const created = await system.api().post('/api/applications').auth(...sales).send({ customerId, requestedLimit: 1_000 }).expect(201);
    await waitFor('the case in the history', async () => (await statusOf(created.body.id)).currentStep !== null);

    const withdrawn = await system.api().post(`/api/applications/${created.body.id}/withdrawal`).auth(...sales).expect(200);

    expect(withdrawn.body.status).toBe('WITHDRAWN');
    const status = await waitFor('the case terminated', async () => {
      const found = await statusOf(created.body.id);
      return found.state === 'TERMINATED' ? found : undefined;
    });
    expect(status).toMatchObject({ status: 'WITHDRAWN', activeElements: [], openUserTasks: [] });
    expect(status.currentStep.number).toBeLessThanOrEqual(2);
    // the engine deleted the case, and the row says it was withdrawn
    expect(await system.history.instance(created.body.processInstanceKey)).toMatchObject({ state: 'EXTERNALLY_TERMINATED' });
    expect((await system.db('credit_application').where({ id: created.body.id }).first()).status).toBe('WITHDRAWN');
  });
});

describe('POST /api/applications with bad input', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let customerId: string;
  beforeAll(async () => {
    system = await startTestSystem();
    customerId = await registeredCustomer(() => system.api(), { name: 'Bad Input Base Trading Co., Ltd.', taxId: '91310000BADINPUT1' });
  });
  afterAll(async () => {
    await system.close();
  });

  const badBodies: Array<[string, () => unknown, string[]]> = [
    ['missing fields', () => ({ currency: 'CNY' }), ['customerId', 'requestedLimit']],
    ['wrong types', () => ({ customerId: 12345678, requestedLimit: '100', urgent: 'yes' }), ['customerId', 'requestedLimit', 'urgent']],
    ['out-of-range values', () => ({ customerId, requestedLimit: -5, currency: 'GBP' }), ['requestedLimit', 'currency']],
    ['an unknown field', () => ({ customerId, requestedLimit: 1000, isApproved: true }), ['isApproved']],
    ['the old walking-skeleton body', () => ({ companyName: 'Old Style Co', taxId: '91310000MA1FL4XX1K', requestedLimit: 1000 }), ['companyName', 'customerId', 'taxId']],
    ['a malformed sales-intent deadline', () => ({ customerId, requestedLimit: 1000, salesIntentDeadline: 'PT5M' }), ['salesIntentDeadline']],
    ['a customer nobody registered', () => ({ customerId: '6b1c9d0e-2f3a-4b5c-8d7e-9f0a1b2c3d4e', requestedLimit: 1000 }), ['customerId']],
  ];

  it.each(badBodies)('when the body has %s, then 400 problem+json names the fields and nothing is written or started', async (_case, body, fields) => {
    const before = await new CreditApplicationRepository(system.db).count();
    const response = await system.api().post('/api/applications').auth(...sales).send(body() as object).expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request' });
    expect((response.body.errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual([...fields].sort());
    expect(await new CreditApplicationRepository(system.db).count()).toBe(before);
  });

  it('when the body is malformed JSON or not JSON at all, then 400 and nothing is written', async () => {
    const before = await new CreditApplicationRepository(system.db).count();
    await system.api().post('/api/applications').auth(...sales).set('content-type', 'application/json').send('{"customerId": ').expect(400);
    await system.api().post('/api/applications').auth(...sales).set('content-type', 'text/plain').send('customerId=x').expect(400);
    expect(await new CreditApplicationRepository(system.db).count()).toBe(before);
  });

  it('when bad requests were refused, then no lifecycle instance was started for their customer', async () => {
    // given a valid application posted after all the refused ones
    const created = await system.api().post('/api/applications').auth(...sales).send({ customerId, requestedLimit: 5000 }).expect(201);
    // then the engine's history holds exactly that one case of the base customer
    const cases = await new CreditFileReader(system.engine).casesOf(customerId);
    expect(cases.map((entry) => [entry.processId, entry.processInstanceId])).toEqual([[lifecycle.processId, created.body.processInstanceKey]]);
  });

  it('when an unknown or malformed id is asked for, then 404 or 400', async () => {
    await system.api().get('/api/applications/6b1c9d0e-2f3a-4b5c-8d7e-9f0a1b2c3d4e').auth(...analyst).expect(404);
    const malformed = await system.api().get('/api/applications/not-a-uuid').auth(...analyst).expect(400);
    expect(malformed.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });
});
