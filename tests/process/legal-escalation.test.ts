import { legalEscalationProcess as contract } from '../../src/contracts/legal-escalation.contract';
import { CreditFreezeRepository } from '../../src/db/credit-freeze.repository';
import { LegalCaseRepository } from '../../src/db/legal-case.repository';
import { ProvisionRepository } from '../../src/db/provision.repository';
import { SecondDueDiligenceRepository } from '../../src/db/second-due-diligence.repository';
import { businessDayOf } from '../../src/domain/calendar/business-day';
import { addWorkingDays } from '../../src/domain/calendar/working-days';
import { loadWorkingCalendar } from '../../src/policy/working-calendar.policy';
import { startCollectionSystem, runTag, type CollectionSystem } from '../support/collection-harness';
import { creditRecords, shiftDay, uniqueTaxId } from '../support/credit-records.seed';
import { engineNow } from '../support/engine-clock';
import { waitForUserTask } from '../support/test-system';

jest.setTimeout(120_000);
const e = contract.elements;
const heldProvision = 37_500; // 15 % of the claim, topped up by an earlier daily monitoring

describe('legal escalation on the real engine', () => {
  let system: CollectionSystem;
  let records: ReturnType<typeof creditRecords>;
  let sequence = 0;
  const started: string[] = [];

  beforeAll(async () => {
    system = await startCollectionSystem();
    records = creditRecords(system.db);
  });
  afterAll(async () => {
    for (const key of started) await system.engine.deleteProcessInstance(key).catch(() => undefined);
    await system.close();
  });

  /** A customer with a parent and a subsidiary in our records, its signed case documents and a 250,000 receivable overdue by `daysOverdue`. */
  const escalate = async (daysOverdue: number) => {
    sequence += 1;
    const today = businessDayOf(await engineNow());
    const parent = await records.customer({ name: `Legal Parent Holdings ${runTag}-${sequence} Co`, taxId: uniqueTaxId(runTag), industryRisk: 'medium' });
    const customer = await records.customer({ name: `Legal Debtor Trading ${runTag}-${sequence} Co`, taxId: uniqueTaxId(runTag), industryRisk: 'medium', parentCustomerId: parent.id });
    const subsidiary = await records.customer({ name: `Legal Debtor Subsidiary ${runTag}-${sequence} Co`, taxId: uniqueTaxId(runTag), industryRisk: 'medium', parentCustomerId: customer.id });
    const applicationId = await records.application(customer, [
      { kind: 'contract', fileName: 'credit-sales-contract.pdf', content: Buffer.from(`%PDF contract ${customer.taxId}`) },
      { kind: 'delivery-note', fileName: 'delivery-note.pdf', content: Buffer.from(`%PDF delivery note signed ${customer.taxId}`) },
      { kind: 'invoice', fileName: 'invoice.pdf', content: Buffer.from(`%PDF invoice ${customer.taxId}`) },
    ]);
    const receivable = await records.receivable({ id: `INV-LEGAL-${runTag}-${sequence}`, applicationId, customer, amount: 250_000, issuedOn: shiftDay(today, -daysOverdue - 60), dueDate: shiftDay(today, -daysOverdue) });
    await new ProvisionRepository(system.db).bookOnce({ receivableId: receivable.id, businessKey: `seed:${receivable.id}`, kind: 'TOP_UP', amountCents: heldProvision * 100, rate: 0.15, reason: 'red downgrade' });
    const variables = { receivableId: receivable.id, customerId: customer.id, openAmount: 250_000, daysOverdue };
    const key = await system.startInstance(contract.processId, variables);
    started.push(key);
    return { key, variables, group: [customer.taxId, parent.taxId, subsidiary.taxId], customer };
  };

  /** Evidence pack, legal's choice, then the case updates; returns the instance's final variables and path. */
  const runCase = async (daysOverdue: number, route: 'AGENCY' | 'LAWSUIT', updates: Record<string, string | number>[]) => {
    const escalated = await escalate(daysOverdue);
    const { key, variables } = escalated;
    const task = await waitForUserTask(system.history, key, e.chooseLegalRoute);
    // legal's task: its group, its form, due 3 working days after it was created (the engine's clock)
    expect(task).toMatchObject({ candidateGroups: ['legal'], formKey: contract.forms.chooseLegalRoute, name: '选择催收机构或诉讼 Choose collection agency or lawsuit' });
    expect(Math.abs(new Date(task.dueDate as string).getTime() - addWorkingDays(new Date(task.createdAt), 3, loadWorkingCalendar()).getTime())).toBeLessThan(60_000);
    expect((await system.variables(key)).legalRouteDueAt).toBe(task.dueDate);
    await system.engine.completeTask(task.taskId, {
      legalRoute: route, legalCounterparty: route === 'AGENCY' ? 'Shanghai Recovery Partners' : 'Hangzhou Intermediate Court', legalRouteReason: 'Debtor unresponsive after formal warning.',
    });
    for (const [index, update] of updates.entries()) {
      await system.waitForActive(key, e.legalCaseUpdated);
      await system.publish(contract.messages.legalCaseUpdated, variables.receivableId, update);
      await system.waitForCompletions(key, e.legalCaseUpdated, index + 1);
    }
    expect(await system.waitForEnd(key)).toBe('COMPLETED');
    return { ...escalated, path: await system.history.completedElementIds(key), final: await system.variables(key) };
  };

  /** The freeze ran once in the path, and the customer, its parent and its subsidiary are frozen, each by one row. */
  const expectGroupFrozenOnce = async (path: string[], group: string[], final: Record<string, unknown>) => {
    expect(path.filter((id) => id === e.freezeGroupCredit)).toHaveLength(1);
    expect(final).toMatchObject({ freezeId: `credit-freeze:${group[0]}` });
    expect([...(final.frozenTaxIds as string[])].sort()).toEqual([...group].sort());
    const freezes = await new CreditFreezeRepository(system.db).all(group);
    expect(freezes.map((freeze) => [freeze.taxId, freeze.relation]).sort()).toEqual([[group[0], 'customer'], [group[1], 'parent'], [group[2], 'subsidiary']].sort());
  };

  const expectSecondDueDiligence = async (customerId: string) => {
    const diligences = await new SecondDueDiligenceRepository(system.db).forCustomer(customerId);
    expect(diligences).toHaveLength(1);
    expect(await system.db('investigation_report').where({ id: diligences[0]?.investigationReportId }).count('* as count')).toEqual([{ count: '1' }]);
  };

  const provisionEntries = (receivableId: string) =>
    system.db('provision_entry').where({ receivable_id: receivableId }).whereNot('business_key', `seed:${receivableId}`).orderBy('kind').select('kind', 'amount_cents');

  it('when an agency recovers the debt after a status update, then the group is frozen once, diligence and evidence precede the choice, and provisions follow RECOVERED', async () => {
    const { key, variables, path, final, group, customer } = await runCase(95, 'AGENCY', [{ caseStatus: 'HANDED_OVER' }, { caseStatus: 'CLOSED', legalOutcome: 'RECOVERED', recoveredAmount: 250_000 }]);
    await expectGroupFrozenOnce(path, group, final);
    await expectSecondDueDiligence(customer.id);
    expect(path).toEqual(expect.arrayContaining([e.assessEarlyWarning, e.runSecondDueDiligence, e.confirmLegalStage, e.buildEvidencePack, e.chooseLegalRoute, e.updateProvisions, e.legalCaseClosed]));
    expect(path.indexOf(e.freezeGroupCredit)).toBeLessThan(path.indexOf(e.buildEvidencePack));
    expect(path.filter((id) => id === e.legalCaseUpdated)).toHaveLength(2);
    expect(path).not.toContain(e.legalEngaged);

    // the evidence pack holds the case documents and the dunning history, and opened the legal case
    const pack = await system.db('evidence_pack').where({ receivable_id: variables.receivableId }).first('id');
    expect(final).toMatchObject({ warningLevel: 'RED', legalRoute: 'AGENCY', legalOutcome: 'RECOVERED', recoveredAmount: 250_000, writtenOffAmount: 0, provisionReleased: heldProvision, evidencePackId: pack.id });
    expect(final.evidenceDocuments).toEqual(expect.arrayContaining([
      expect.stringMatching(/^documents\/contract\//), expect.stringMatching(/^documents\/delivery-note\//), expect.stringMatching(/^documents\/invoice\//),
      'dunning/contact-log.csv', 'statement-of-account.json',
    ]));
    // the recovery is a payment in the ledger that settles the receivable; the whole provision is released
    expect(await records.ledger.find(variables.receivableId)).toMatchObject({ status: 'PAID' });
    expect(await records.ledger.events(variables.receivableId)).toEqual([expect.objectContaining({ kind: 'payment', amountCents: 25_000_000, reference: `legal-recovery:${variables.receivableId}` })]);
    expect(await provisionEntries(variables.receivableId)).toEqual([{ kind: 'RELEASE', amount_cents: String(heldProvision * 100) }]);
    expect(await new LegalCaseRepository(system.db).find(variables.receivableId)).toMatchObject({ status: 'CLOSED', evidencePackId: pack.id, closing: { outcome: 'RECOVERED', recoveredCents: 25_000_000, writtenOffCents: 0 } });
    // every worker's decision is in the audit log, attributed to the worker and this instance
    const audited = await system.db('audit_event').where({ target: `process_instance/${key}` }).orderBy('id').pluck('actor');
    expect(audited).toEqual(['worker:freeze-group-credit', 'worker:run-second-due-diligence', 'worker:build-evidence-pack', 'worker:compute-sla-deadline', 'worker:update-provisions']);
    // the form's fields stayed local to legal's task: only the route, the counterparty and the reason reached the process
    expect(final).toMatchObject({ legalCounterparty: 'Shanghai Recovery Partners', legalRouteReason: 'Debtor unresponsive after formal warning.' });
  });

  it('when a lawsuit ends in a settlement after two updates, then provisions follow SETTLED and the group is frozen once', async () => {
    const { variables, path, final, group } = await runCase(120, 'LAWSUIT', [
      { caseStatus: 'FILED' },
      { caseStatus: 'HEARING' },
      { caseStatus: 'CLOSED', legalOutcome: 'SETTLED', recoveredAmount: 180_000 },
    ]);
    await expectGroupFrozenOnce(path, group, final);
    expect(path.filter((id) => id === e.legalCaseUpdated)).toHaveLength(3);
    // 180,000 recovered, the remaining 70,000 written off; the provision covers 37,500 of it, nothing is left to release
    expect(final).toMatchObject({ legalRoute: 'LAWSUIT', legalOutcome: 'SETTLED', recoveredAmount: 180_000, writtenOffAmount: 70_000, provisionReleased: 0, caseStatus: 'CLOSED' });
    expect(await records.ledger.find(variables.receivableId)).toMatchObject({ status: 'WRITTEN_OFF' });
    expect(await provisionEntries(variables.receivableId)).toEqual([{ kind: 'WRITE_OFF', amount_cents: String(heldProvision * 100) }]);
  });

  it('when the case closes uncollectable at once, then the receivable is written off and the group is frozen once', async () => {
    const { variables, path, final, group } = await runCase(100, 'LAWSUIT', [{ caseStatus: 'CLOSED', legalOutcome: 'WRITTEN_OFF' }]);
    await expectGroupFrozenOnce(path, group, final);
    expect(path.filter((id) => id === e.legalCaseUpdated)).toHaveLength(1);
    expect(final).toMatchObject({ legalOutcome: 'WRITTEN_OFF', recoveredAmount: 0, writtenOffAmount: 250_000, provisionReleased: 0 });
    expect(await records.ledger.events(variables.receivableId)).toEqual([]);
    expect(await records.ledger.find(variables.receivableId)).toMatchObject({ status: 'WRITTEN_OFF' });
  });

  it('when escalated at a red warning before the legal stage (45 days), then the group is frozen and diligence runs, but no legal action starts', async () => {
    const { key, variables, group, customer } = await escalate(45);
    expect(await system.waitForEnd(key)).toBe('COMPLETED');
    const path = await system.history.completedElementIds(key);
    const final = await system.variables(key);
    await expectGroupFrozenOnce(path, group, final);
    await expectSecondDueDiligence(customer.id);
    expect(path).toEqual(expect.arrayContaining([e.runSecondDueDiligence, e.legalEngaged]));
    expect(path).not.toContain(e.buildEvidencePack);
    expect(path).not.toContain(e.chooseLegalRoute);
    expect(final).toMatchObject({ warningLevel: 'RED', legalOutcome: 'ENGAGED' });
    expect(await new LegalCaseRepository(system.db).find(variables.receivableId)).toBeUndefined();
  });

  it('when escalated without a red warning (20 days), then nothing is frozen and no legal action starts', async () => {
    const { key, group, customer } = await escalate(20);
    expect(await system.waitForEnd(key)).toBe('COMPLETED');
    const path = await system.history.completedElementIds(key);
    expect(path).toContain(e.legalEngaged);
    // a yellow warning at most (the term elapsed, nothing collected): no freeze
    expect(await system.variables(key)).toMatchObject({ warningLevel: 'YELLOW', legalOutcome: 'ENGAGED' });
    expect(path).not.toContain(e.freezeGroupCredit);
    expect(path).not.toContain(e.runSecondDueDiligence);
    // no worker decided anything for this instance
    expect(await system.db('audit_event').where({ target: `process_instance/${key}` }).count('* as count')).toEqual([{ count: '0' }]);
    expect(await new CreditFreezeRepository(system.db).all(group)).toEqual([]);
    expect(await new SecondDueDiligenceRepository(system.db).forCustomer(customer.id)).toEqual([]);
  });
});
