import { login } from '../support/local-passwords';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import * as contract from '../../src/contracts/credit-lifecycle.contract';
import { contactLogTable } from '../../src/db/dunning-notice.repository';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { engineNow, moveEngineClockTo } from '../support/engine-clock';
import { deployFixtures } from '../support/fixture-deployment';
import { startTestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

const { elements: el } = contract.creditLifecycleProcess;
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** The stand-in's own deployment: deleted after the suite, so the project's credit-lifecycle is the latest again. */
const standInDeployment = 'test-fixtures-dashboard-lifecycle-decisions';

jest.setTimeout(120_000);

/**
 * DOMAIN §6 measures that need the engine's history and the dunning log: cycle time, hand work,
 * collection per channel. The dashboard reads the decisions of credit-lifecycle instances from the
 * history; a stand-in of the lifecycle's way to its decision (same process and element ids, started
 * by its definition id) makes them.
 */
describe('dashboard: approval cycle time, hand work and collection success per channel', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let standInId: string;
  let periodStart: Date;
  const dropStandIns = async () => {
    for (const deployment of await system.engine.get<Array<{ id: string }>>('/deployment', { name: standInDeployment })) {
      await system.engine.request('DELETE', `/deployment/${deployment.id}`, { query: { cascade: true } });
    }
  };
  beforeAll(async () => {
    system = await startTestSystem();
    await dropStandIns();
    const deployed = await deployFixtures(system.engine, [path.join(__dirname, '..', 'fixtures', 'dashboard', 'lifecycle-decisions.bpmn')], standInDeployment);
    standInId = deployed.find((resource) => resource.id === contract.creditLifecycleProcess.processId)?.definitionId as string;
    // a period of its own: the engine's clock only moves forward, so nothing earlier falls into it
    const now = await engineNow();
    periodStart = new Date(Date.parse(isoDay(new Date(now.getTime() + 2 * dayMs))));
    await moveEngineClockTo(new Date(periodStart.getTime() + hourMs));
  });
  afterAll(async () => {
    await dropStandIns();
    await system?.close();
  });

  const dashboard = async (from: Date, days: number) =>
    (await system.api().get(`/api/dashboard?from=${isoDay(from)}&to=${isoDay(new Date(from.getTime() + days * dayMs))}`).auth(...login('manager.zhang')).expect(200)).body;

  it('when one case is approved automatically after 30 hours and one by a reviewer after 50, then the cycle time and the hand-work share show it', async () => {
    // given two cases: one the green channel decides, one an analyst decides in tiered review
    const start = async (decidedBy: string) => {
      const applicationId = randomUUID();
      const instance = await system.engine.startProcess({ id: standInId }, { businessKey: applicationId, variables: { applicationId, decidedBy, creditDecision: 'APPROVED' } });
      return { applicationId, processInstanceId: instance.id, startedAt: new Date((await system.history.instance(instance.id))?.startedAt as string) };
    };
    const automatic = await start('GREEN_CHANNEL_AUTO');
    const reviewed = await start('ANALYST');

    // when sales intent arrives 30 and 50 hours after each case started (through the API), and each is decided at once
    for (const [c, hours] of [[automatic, 30], [reviewed, 50]] as const) {
      await moveEngineClockTo(new Date(c.startedAt.getTime() + hours * hourMs));
      await system.api().post('/api/events/sales-intent-reached').auth(...login('sales.li')).set('Idempotency-Key', `intent-${c.applicationId}`).send({ applicationId: c.applicationId }).expect(202);
      await waitFor(`${c.applicationId} at the contract`, async () => (await system.history.openUserTasks(c.processInstanceId)).some((task) => task.elementId === el.signContract));
    }
    expect(await system.history.completedElementIds(automatic.processInstanceId)).toContain(el.greenChannel);
    expect(await system.history.completedElementIds(reviewed.processInstanceId)).toContain(el.tieredReview);

    // then the period's dashboard counts both decisions: one by the machine, one by a person
    const figures = await dashboard(periodStart, 4);
    expect(figures.handWork).toEqual({ decided: 2, automated: 1, byPeople: 1, share: 0.5 });
    // and the cycle from application to decision took the engine's 30 and 50 hours (plus the seconds the engine ran on)
    const { approvalCycle } = figures;
    expect(approvalCycle.decided).toBe(2);
    expect(approvalCycle.medianHours).toBeGreaterThanOrEqual(30);
    expect(approvalCycle.medianHours).toBeLessThan(30.1);
    expect(approvalCycle.p90Hours).toBeGreaterThanOrEqual(50);
    expect(approvalCycle.p90Hours).toBeLessThan(50.1);
    expect(approvalCycle.meanHours).toBeCloseTo((approvalCycle.medianHours + approvalCycle.p90Hours) / 2, 1);

    // and a later period has none of them
    const later = await dashboard(new Date(periodStart.getTime() + 5 * dayMs), 3);
    expect(later.handWork).toEqual({ decided: 0, automated: 0, byPeople: 0, share: 0 });
    expect(later.approvalCycle).toEqual({ decided: 0, meanHours: null, medianHours: null, p90Hours: null });
  });

  it('when dunning contacts are followed by payments within 14 days or not, then success is counted per channel', async () => {
    // given four invoices and the contacts logged for them in the period
    const ledger = new ReceivableLedgerRepository(system.db);
    const run = randomUUID().slice(0, 8).toUpperCase();
    const day = (offset: number) => isoDay(new Date(periodStart.getTime() + offset * dayMs));
    const at = (offsetDays: number) => new Date(periodStart.getTime() + offsetDays * dayMs + 5 * hourMs);
    const invoice = async (name: string, paidAfterDays?: number) => {
      const id = `INV-${run}-${name}`;
      await ledger.openOnce({ id, applicationId: 'dashboard-case', customerTaxId: `9131DASH${run}`, currency: 'CNY', principalCents: 1_000_000, issuedOn: day(-60), dueDate: day(-30), dailyLateFeeRate: 0 });
      if (paidAfterDays !== undefined) await ledger.bookOnce(id, { kind: 'payment', date: day(paidAfterDays), amountCents: 400_000, reference: `PAY-${name}` });
      return id;
    };
    const letterPaid = await invoice('LETTER', 3);
    const emailLate = await invoice('EMAIL', 20);
    const phonePaidSameDay = await invoice('PHONE', 1);
    const unreachable = await invoice('NOADDR', 2);
    const contact = (receivableId: string, channel: string, outcome: string, loggedAt: Date) =>
      system.db(contactLogTable).insert({ receivable_id: receivableId, channel, outcome, note: 'dashboard test', logged_by: 'finance.chen', dedup_key: `${receivableId}:${channel}:${outcome}:${loggedAt.toISOString()}`, logged_at: loggedAt });
    await contact(letterPaid, 'letter', 'SENT', at(0));
    await contact(emailLate, 'email', 'SENT', at(0));
    await contact(phonePaidSameDay, 'phone', 'PROMISE_TO_PAY', at(1));
    await contact(emailLate, 'phone', 'NO_ANSWER', at(1));
    await contact(unreachable, 'email', 'NO_ADDRESS', at(0));
    // and one contact before the period, followed by a payment
    await contact(letterPaid, 'phone', 'PROMISE_TO_PAY', at(-1));

    // when the period's dashboard is read
    const figures = await dashboard(periodStart, 4);

    // then each channel counts its contacts and those a payment followed within 14 days
    expect(figures.collectionByChannel).toEqual({
      responseDays: 14,
      channels: [
        { channel: 'email', contacts: 1, followedByPayment: 0, successRate: 0 },
        { channel: 'letter', contacts: 1, followedByPayment: 1, successRate: 1 },
        { channel: 'phone', contacts: 2, followedByPayment: 1, successRate: 0.5 },
      ],
    });
  });
});
