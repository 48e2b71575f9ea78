import { CreditFreezeRepository } from '../../src/db/credit-freeze.repository';
import { CreditRestrictionRepository } from '../../src/db/credit-restriction.repository';
import { ProvisionRepository } from '../../src/db/provision.repository';
import { SecondDueDiligenceRepository } from '../../src/db/second-due-diligence.repository';
import { businessDayOf } from '../../src/domain/calendar/business-day';
import { CreditFileReader } from '../../src/engine/history/credit-file.reader';
import { sourcesFromEnvironment } from '../../src/investigation/sources-from-environment';
import { legalServices } from '../../workers/legal/legal.workers';
import { monitoringServices } from '../../workers/monitoring/monitoring.workers';
import { creditRecords, shiftDay, uniqueTaxId } from '../support/credit-records.seed';
import { runTag } from '../support/collection-harness';
import { engineNow } from '../support/engine-clock';
import { startTestSystem } from '../support/test-system';

/**
 * Jobs arrive at least once: each legal and monitoring worker's side effect, delivered twice with
 * the same input through the services the workers are wired with, happens once.
 */
describe('legal and monitoring side effects happen once per business key', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let services: ReturnType<typeof legalServices> & ReturnType<typeof monitoringServices>;
  let records: ReturnType<typeof creditRecords>;
  let today: string;

  beforeAll(async () => {
    system = await startTestSystem();
    // the services the legal and monitoring workers are wired with (workers/index.ts)
    const sources = sourcesFromEnvironment();
    services = { ...legalServices({ db: system.db, messages: system.messages, sources }), ...monitoringServices({ db: system.db, creditFile: new CreditFileReader(system.engine), sources }) };
    records = creditRecords(system.db);
    today = businessDayOf(await engineNow());
  });
  afterAll(async () => {
    await system.close();
  });

  /** A customer with a subsidiary and one receivable of 250,000, 100 days overdue. */
  const overdueCustomer = async (label: string) => {
    const customer = await records.customer({ name: `Twice ${label} ${runTag} Co`, taxId: uniqueTaxId(runTag), industryRisk: 'medium' });
    const subsidiary = await records.customer({ name: `Twice ${label} Subsidiary ${runTag} Co`, taxId: uniqueTaxId(runTag), industryRisk: 'medium', parentCustomerId: customer.id });
    const applicationId = await records.application(customer, [{ kind: 'invoice', fileName: 'invoice.pdf', content: Buffer.from(`%PDF invoice ${label}`) }]);
    const receivable = await records.receivable({ id: `INV-TWICE-${runTag}-${label}`, applicationId, customer, amount: 250_000, issuedOn: shiftDay(today, -160), dueDate: shiftDay(today, -100) });
    return { customer, subsidiary, receivable };
  };

  it('when freeze-group-credit is delivered twice, then each enterprise of the group is frozen by one row', async () => {
    const { customer, subsidiary, receivable } = await overdueCustomer('FREEZE');
    const freeze = () => services.groupFreezes.freeze({ taxId: customer.taxId, customerId: customer.id, receivableId: receivable.id, reason: 'RED_WARNING' });
    const first = await freeze();
    const second = await freeze();
    expect(first.newlyFrozenTaxIds.sort()).toEqual([customer.taxId, subsidiary.taxId].sort());
    expect(second.newlyFrozenTaxIds).toEqual([]);
    expect(await system.db('credit_freeze').whereIn('tax_id', [customer.taxId, subsidiary.taxId]).count('* as count')).toEqual([{ count: '2' }]);
    expect((await new CreditFreezeRepository(system.db).all([subsidiary.taxId]))[0]).toMatchObject({ relation: 'subsidiary', triggeredByReceivable: receivable.id });
  });

  it('when run-second-due-diligence is delivered twice (by the escalation and the monitoring), then one diligence with one report is open', async () => {
    const { customer } = await overdueCustomer('DILIGENCE');
    const run = () => services.secondDueDiligences.run({ customerId: customer.id, trigger: 'MORE_THAN_30_DAYS_OVERDUE', asOf: new Date() });
    const [first, second] = [await run(), await run()];
    expect(second).toEqual(first);
    expect(await new SecondDueDiligenceRepository(system.db).forCustomer(customer.id)).toHaveLength(1);
    expect(await system.db('investigation_report').where({ application_id: first.id }).count('* as count')).toEqual([{ count: '1' }]);
  });

  it('when build-evidence-pack and update-provisions are delivered twice, then one pack, one case, one recovery payment and one provision booking each', async () => {
    const { customer, receivable } = await overdueCustomer('LEGAL');
    await new ProvisionRepository(system.db).bookOnce({ receivableId: receivable.id, businessKey: `seed:${receivable.id}`, kind: 'TOP_UP', amountCents: 5_000_000, rate: 0.2, reason: 'seeded' });
    const open = () => services.legalCases.open({ receivableId: receivable.id, customerId: customer.id, businessDay: today });
    const [opened, reopened] = [await open(), await open()];
    expect(reopened).toEqual(opened);
    expect(await system.db('evidence_pack').where({ receivable_id: receivable.id }).count('* as count')).toEqual([{ count: '1' }]);

    const close = () => services.legalCases.close({ receivableId: receivable.id, outcome: 'SETTLED', recoveredAmount: 200_000, businessDay: today, closedAt: new Date() });
    const [closed, closedAgain] = await Promise.all([close(), close()]);
    expect(closedAgain).toEqual(closed);
    expect(closed).toEqual({ outcome: 'SETTLED', recoveredCents: 20_000_000, writtenOffCents: 5_000_000, provisionUsedCents: 5_000_000, provisionReleasedCents: 0 });
    expect(await records.ledger.events(receivable.id)).toHaveLength(1);
    expect(await system.db('provision_entry').where({ receivable_id: receivable.id }).orderBy('kind').select('kind', 'amount_cents')).toEqual([
      { kind: 'TOP_UP', amount_cents: '5000000' }, { kind: 'WRITE_OFF', amount_cents: '5000000' },
    ]);
  });

  it('when a restriction job is delivered twice on a business day, then one restriction row', async () => {
    const { customer } = await overdueCustomer('RESTRICT');
    const record = () => services.restrictions.recordOnce({ customerId: customer.id, kind: 'LIMIT_AND_TERM', businessDay: today, limitFactor: 0.7, maxTermDays: 30, turnoverDropRatio: null, openAmountCents: null });
    const [first, second] = [await record(), await record()];
    expect(second.id).toBe(first.id);
    expect(await new CreditRestrictionRepository(system.db).forCustomer(customer.id)).toHaveLength(1);
  });

  it('when top-up-provision is delivered twice on a business day, then one top-up with the same answer, and none the next day at the same rate', async () => {
    const { customer, receivable } = await overdueCustomer('TOPUP');
    const topUp = (businessDay: string) => services.provisionTopUps.topUp({ customerId: customer.id, rate: 0.15, businessDay });
    const [first, second] = [await topUp(today), await topUp(today)];
    expect(first).toEqual({ requiredCents: 3_750_000, topUpCents: 3_750_000 });
    expect(second).toEqual(first);
    expect(await system.db('provision_entry').where({ receivable_id: receivable.id }).count('* as count')).toEqual([{ count: '1' }]);
    expect(await topUp(shiftDay(today, 1))).toEqual({ requiredCents: 3_750_000, topUpCents: 0 });
  });
});
