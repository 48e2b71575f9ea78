import * as contract from '../../src/contracts/credit-lifecycle.contract';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { ShipmentHoldRepository } from '../../src/db/shipment-hold.repository';
import { ShippingDocumentCheckRepository } from '../../src/db/shipping-document-check.repository';
import { CustomerScoreRepository } from '../../src/db/customer-score.repository';
import { PreliminaryReportRepository } from '../../src/db/preliminary-report.repository';
import { StatementExtractionRepository } from '../../src/db/statement-extraction.repository';
import { normaliseCompanyName, normaliseTaxId } from '../../src/domain/customers/customer-identity';
import { defaultManualEntryPolicy } from '../../src/domain/documents/manual-entry.rules';
import { ratiosFromStatements } from '../../src/domain/scoring/ratios-from-statements';
import { statementScoringPolicy } from '../../src/domain/scoring/scoring-policy';
import { engineNow, moveEngineClockTo } from '../support/engine-clock';
import { scannedStatementPng } from '../support/financial-statement.fixture';
import { LifecycleCase } from '../support/lifecycle-case';
import { startLifecycleHarness, type LifecycleHarness } from '../support/lifecycle-harness';
import { saleFacts, uploadShippingDocuments } from '../support/lifecycle-shipment';
import { steps } from '../support/lifecycle-steps';

const { elements: el, forms } = contract.creditLifecycleProcess;
const dayMs = 24 * 60 * 60 * 1000;
/** Every field of the manual-entry form: the headline figures and the lines of full statements. */
const documentFields = Object.keys(contract.documentDataSchema.shape) as Array<keyof typeof contract.documentDataSchema.shape>;

// the machine's CPU may be shared (OCR of documents takes a while): generous timeouts, no timing asserted
jest.setTimeout(300_000);

/** Steps 1–7 of the lifecycle (before and during the sale) on the real test engine. */
describe('credit lifecycle: before and during the sale', () => {
  let harness: LifecycleHarness;
  const cases: LifecycleCase[] = [];
  const start = async (...args: Parameters<typeof LifecycleCase.start> extends [unknown, ...infer Rest] ? Rest : never) => {
    const created = await LifecycleCase.start(harness, ...args);
    cases.push(created);
    return created;
  };
  const count = (ids: string[], id: string) => ids.filter((candidate) => candidate === id).length;
  const ledger = () => new ReceivableLedgerRepository(harness.db);
  const storedScore = async (c: LifecycleCase) => {
    const scored = await new CustomerScoreRepository(harness.db).forApplication(c.applicationId);
    if (!scored) throw new Error(`no stored score for ${c.applicationId}`);
    return scored;
  };
  const decisionsOf = async (c: LifecycleCase) => (await harness.history.decisionInstances(c.processInstanceId)).map((decision) => ({
    decisionId: decision.decisionId, elementId: decision.elementId, outputs: Object.fromEntries(decision.outputs.map((output) => [output.variableName, output.value])),
  }));

  beforeAll(async () => {
    harness = await startLifecycleHarness();
  });
  afterEach(async () => {
    await Promise.all(cases.splice(0).map((c) => c.cancel()));
  });
  // The engine clock is never moved back (see tests/support/engine-clock.ts), so no reset here.
  afterAll(async () => {
    await harness?.close();
  });

  it('when sales report that the collected information does not match, then it is collected again with their note and confirmed the second time', async () => {
    // given a registered prospect whose preliminary investigation is shown to sales
    const c = await start();
    const firstCheck = await c.userTask(el.confirmCollectedInformation);
    expect(firstCheck).toMatchObject({ name: '确认采集的信息 Confirm collected information', candidateGroups: ['sales'], formKey: forms.confirmCollectedInformation, dueDate: null });
    expect(await harness.history.instance(c.processInstanceId)).toMatchObject({ businessKey: c.applicationId });
    // the form shows the report's facts and starts with empty fields of its own
    const registered = c.company.registry;
    expect(await c.taskVariables(firstCheck)).toEqual({
      registeredName: registered.name, registryStatus: 'ACTIVE', preliminarySummary: expect.any(String), informationCheck: null, mismatchNote: null,
    });

    // when sales report a mismatch with a note, and confirm the collected information the second time
    const mismatchNote = 'The registered capital is CNY 5 million, not 20 million.';
    await c.completeUserTask(el.confirmCollectedInformation, contract.confirmCollectedInformationFormSchema, { informationCheck: 'MISMATCH', mismatchNote });
    await steps.confirmInformation(c);
    await c.reached(el.awaitSalesIntent);

    // then the investigation ran twice, the second time with the note, and the case waits for sales intent
    const reports = await new PreliminaryReportRepository(harness.db).forApplication(c.applicationId);
    expect(reports.map((stored) => stored.mismatchNote)).toEqual([null, mismatchNote]);
    // both rounds asked the registry (about the case's own company) and say so; sales see the latest
    for (const { report } of reports) {
      expect(report).toMatchObject({ registeredName: registered.name, registryStatus: 'ACTIVE', establishedOn: registered.establishedOn, registeredCapital: registered.registeredCapital });
    }
    expect(reports[1]?.report.summary).toContain(mismatchNote);
    expect(await c.variables()).toMatchObject({ preliminaryReport: reports[1]?.report, informationCheck: 'CONFIRMED', mismatchNote: null });
    const completed = await c.completedElements();
    expect(count(completed, el.runPreliminaryInvestigation)).toBe(2);
    expect(count(completed, el.confirmCollectedInformation)).toBe(2);
    // collected once from the start and once more after the mismatch; the second check went on to the sales intent
    expect(count(completed, el.collectInformation)).toBe(2);
    expect(count(completed, el.informationConfirmed)).toBe(2);
    expect(completed).not.toContain(el.runCreditInvestigation);
  });

  it('when sales report the intent before they confirmed the collected information, then it waits in the outbox and is delivered when the case reaches that step', async () => {
    // given a new case whose collected information is not confirmed yet
    const c = await start();
    await c.userTask(el.confirmCollectedInformation);

    // when the intent is reported already
    await c.publish('sales-intent-reached', { applicationId: c.applicationId, note: 'Agreed early, at the first visit.' });

    // then it waits: the case still waits for the confirmation
    expect(await harness.db('engine_message').where({ message_name: 'sales-intent-reached', correlation_value: c.applicationId }).select('status')).toEqual([{ status: 'PENDING' }]);

    // when sales confirm the information
    await steps.confirmInformation(c);

    // then the waiting intent is delivered as soon as the case waits for it, and the investigation starts
    await c.completedOnce(el.salesIntentReached);
    expect(await c.variables()).toMatchObject({ salesIntentNote: 'Agreed early, at the first visit.', note: null });
    expect(await harness.db('engine_message').where({ message_name: 'sales-intent-reached', correlation_value: c.applicationId }).select('status')).toEqual([{ status: 'DELIVERED' }]);
    expect(await c.completedElements()).not.toContain(el.salesIntentDeadlinePassed);
  });

  it('when no sales intent arrives by the deadline, then the case closes as no deal — after its own deadline, or P90D by default', async () => {
    // given two confirmed prospects waiting for sales intent: one with a 30-day deadline, one with the default
    const ownDeadline = await start({ salesIntentDeadline: 'P30D' });
    const byDefault = await start();
    for (const c of [ownDeadline, byDefault]) {
      await steps.confirmInformation(c);
      await c.reached(el.awaitSalesIntent);
    }
    const waitingSince = await engineNow();

    // when 30 days pass without intent
    await moveEngineClockTo(new Date(waitingSince.getTime() + 30 * dayMs + 60_000));

    // then the case with the 30-day deadline is closed as no deal, without an investigation
    await ownDeadline.ended();
    const closed = await ownDeadline.completedElements();
    expect(closed).toEqual(expect.arrayContaining([el.salesIntentDeadlinePassed, el.noDeal]));
    expect(closed).not.toContain(el.salesIntentReached);
    expect(closed).not.toContain(el.runCreditInvestigation);
    // and the default one still waits
    expect(await byDefault.completedElements()).not.toContain(el.noDeal);
    await byDefault.reached(el.awaitSalesIntent);

    // when 90 days have passed
    await moveEngineClockTo(new Date(waitingSince.getTime() + 90 * dayMs + 60_000));

    // then the default deadline closes the other case too
    await byDefault.ended();
    expect(await byDefault.completedElements()).toEqual(expect.arrayContaining([el.salesIntentDeadlinePassed, el.noDeal]));
    expect(await byDefault.completedElements()).not.toContain(el.runCreditInvestigation);
  });

  it('when OCR reads the documents with low confidence, then an analyst enters the data in a form pre-filled with what was read, and scoring uses it', async () => {
    // given a case whose statements were handed in as a coarse scan (50 dpi, no text layer: too coarse even after the OCR's image preparation)
    const c = await start({}, { statements: async (figures) => [{ fileName: 'statements-2025-scan.png', content: await scannedStatementPng(figures, 50) }] });

    // when the investigation reaches the documents
    await steps.reachSalesIntent(c);
    const entry = await c.userTask(el.enterDocumentData);

    // then an analyst gets the manual entry form, its flat fields pre-filled with what OCR read and the fields to check
    expect(entry).toMatchObject({ name: '人工录入财务报表数据 Enter document data by hand', candidateGroups: ['credit-analyst'], formKey: forms.enterDocumentData });
    const prefilled = await c.taskVariables(entry);
    const extraction = await new StatementExtractionRepository(harness.db).find(c.applicationId);
    const read = extraction?.extractedDocumentData as Partial<contract.DocumentData>;
    expect(prefilled).toEqual({
      ...Object.fromEntries(documentFields.map((field) => [field, read[field] ?? null])),
      lowConfidenceFields: extraction?.lowConfidenceFields, lowConfidenceFieldNames: extraction?.lowConfidenceFields.join(', '),
    });
    const unsure = prefilled.lowConfidenceFields as string[];
    expect(unsure.length).toBeGreaterThan(0);
    // each field to check was not read, read below the threshold, unusable, or names another company; what was read surely is right
    const whyToCheck = (field: (typeof documentFields)[number]) => {
      const reading = extraction?.fields?.[field];
      if (!reading || reading.value === null) return 'not read';
      if (reading.confidence < defaultManualEntryPolicy.threshold) return 'below the threshold';
      if (read[field] === undefined) return 'unusable';
      if (field === 'taxId' && normaliseTaxId(String(read.taxId)) !== normaliseTaxId(c.start.taxId)) return 'another company';
      if (field === 'companyName' && normaliseCompanyName(String(read.companyName)) !== normaliseCompanyName(c.start.customerName)) return 'another company';
      return 'no reason';
    };
    for (const field of documentFields) {
      if (unsure.includes(field)) expect([field, whyToCheck(field)]).not.toEqual([field, 'no reason']);
      else if (field === 'companyName') expect(normaliseCompanyName(String(prefilled.companyName))).toBe(normaliseCompanyName(c.statement.companyName));
      // (a headline-only statement gives no other line: those fields stay empty)
      else expect(prefilled[field]).toEqual((c.statement as Partial<contract.DocumentData>)[field] ?? null);
    }

    // when the analyst completes the data
    await c.completeUserTask(el.enterDocumentData, contract.enterDocumentDataFormSchema, { ...c.statement });
    await c.completedOnce(el.scoreCustomer);

    // then scoring works on the entered data, rebuilt as documentData and marked as entered by hand
    expect((await storedScore(c)).inputs.financialRatios).toEqual(ratiosFromStatements(c.statement));
    const variables = await c.variables();
    expect(variables).toMatchObject({ documentData: c.statement, documentDataSource: 'MANUAL', taxId: c.start.taxId, customerName: c.start.customerName });
    // the form's fields stayed in the task: none of them reached the case on its own
    for (const field of ['companyName', 'fiscalYear', 'revenue', 'netProfit', 'totalAssets', 'totalLiabilities']) expect(variables).not.toHaveProperty(field);
    const completed = await c.completedElements();
    expect(completed).toEqual(expect.arrayContaining([el.lowConfidenceExtraction, el.enterDocumentData, el.documentDataReady]));
    expect(completed).not.toContain(el.extractDocuments);
  });

  it('when a long-standing low-risk customer scores green, then the green channel approves automatically and sales sign under the approved conditions', async () => {
    // given a customer of 5 years, 97 % collected, low industry risk, whose statements show a sound company
    const c = await start({ yearsOfCooperation: 5, collectionRate: 0.97, industryRisk: 'low', annualVolume: 12_000_000, requestedLimit: 800_000 });

    // when the case is investigated and decided
    await steps.reachSalesIntent(c);
    const signing = await c.userTask(el.signContract);

    // then OCR read the statements as they are, the customer scored in the top band (90 and up)
    const scored = await storedScore(c);
    expect(scored.result.score).toBeGreaterThanOrEqual(90);
    expect(await c.variables()).toMatchObject({
      documentData: c.statement, documentDataSource: 'OCR', modelVersion: scored.result.modelVersion, reasonCodes: [...new Set(scored.result.reasonCodes.map((reason) => reason.code))],
    });
    // and the decision tables route it to the green channel's auto-approval with grade AA terms
    expect(await c.variables()).toMatchObject({
      score: scored.result.score, creditGrade: 'AA', termDays: 30, colour: 'green', customerTier: 'core', reviewSlaWorkingDays: 1, taskPriority: 80,
      route: 'AUTO_APPROVE', routeReason: 'LOW_RISK_AUTO_APPROVAL', proposedLimit: 800_000, proposedTermDays: 30,
      creditDecision: 'APPROVED', approvedLimit: 800_000, approvedTermDays: 30, prepaymentRequired: false, decidedBy: 'GREEN_CHANNEL_AUTO',
    });
    // the decisions' raw results stayed in their tasks
    for (const raw of ['gradeAndTerms', 'colourBand', 'customerTierResult', 'creditRouting']) expect(await c.variables()).not.toHaveProperty(raw);
    expect(await decisionsOf(c)).toEqual([
      { decisionId: 'grade-and-terms', elementId: el.decideGradeAndTerms, outputs: { creditGrade: 'AA', termDays: 30, reviewCycle: 'dynamic', prepaymentRequired: false } },
      { decisionId: 'colour-band', elementId: el.decideColourBand, outputs: expect.objectContaining({ colour: 'green', limitFactor: 1 }) },
      { decisionId: 'customer-tier', elementId: el.decideCustomerTier, outputs: { customerTier: 'core', reviewSlaWorkingDays: 1 } },
      { decisionId: 'green-channel-eligibility', elementId: el.decideCreditRoute, outputs: { route: 'AUTO_APPROVE', routeReason: 'LOW_RISK_AUTO_APPROVAL' } },
    ]);
    // and the green channel deployed with this model, under the case's business key, got exactly the agreed interface
    const greenChannel = await c.calledInstance('green-channel');
    expect(greenChannel).toMatchObject({ processDefinitionId: harness.deployed.find((resource) => resource.kind === 'process' && resource.id === 'green-channel')?.definitionId, businessKey: c.applicationId });
    const passed = await harness.history.variables(greenChannel.processInstanceId);
    expect(contract.creditDecisionInputSchema.parse(passed)).toMatchObject({ route: 'AUTO_APPROVE', proposedLimit: 800_000, termDays: 30, committeeChair: 'general.manager' });
    expect(Object.keys(passed).sort()).toEqual([...Object.keys(contract.creditDecisionInputSchema.shape), 'approvedLimit', 'approvedTermDays', 'creditDecision', 'decidedBy', 'decisionReasons'].sort());
    expect(signing).toMatchObject({ name: '签订赊销合同 Sign credit-sales contract', candidateGroups: ['sales'], formKey: forms.signCreditContract, priority: 80 });
    expect(await c.taskVariables(signing)).toEqual({ contractNumber: null, contractSignedOn: null, dailyLateFeeRate: 0.0005, signedUnderApprovedConditions: null });

    // when sales sign the contract
    await steps.signContract(c);

    // then no prepayment is awaited: the case waits for the shipment with the contract's terms
    await c.reached(el.goodsShipped);
    const completed = await c.completedElements();
    expect(completed).toEqual(expect.arrayContaining([el.decideGradeAndTerms, el.decideColourBand, el.decideCustomerTier, el.decideCreditRoute, el.greenChannel, el.signContract, el.prepaymentRequired, el.readyToShip]));
    expect(completed).not.toContain(el.tieredReview);
    expect(completed).not.toContain(el.prepaymentReceived);
    expect(await c.variables()).toMatchObject({ contractNumber: `CS-2026-${c.receivableId.slice(-5)}`, dailyLateFeeRate: 0.0005, signedUnderApprovedConditions: true });
  });

  it('when the route is tiered review, then the review decides on the proposed limit and term, cut by the yellow band', async () => {
    // given a customer of 2 years, 80 % collected, in a high-risk industry (grade B, 60 days; yellow: limit × 0.7, term ≤ 30 days)
    const c = await start({ collectionRate: 0.8, industryRisk: 'high' });

    // when the case is decided
    await steps.reachSalesIntent(c);
    const signing = await c.userTask(el.signContract);

    // then the industry and the collection rate cost the most points
    const scored = await storedScore(c);
    expect(scored.result.score).toBeGreaterThanOrEqual(60);
    expect(scored.result.score).toBeLessThan(80);
    expect(scored.result.reasonCodes.slice(0, 2).map((reason) => reason.code)).toEqual(['INDUSTRY_RISK', 'COLLECTION_RATE']);

    // then tiered review got the cut limit and capped term, and approved them
    expect(await c.variables()).toMatchObject({
      creditGrade: 'B', termDays: 60, colour: 'yellow', limitFactor: 0.7, maxTermDays: 30, customerTier: 'priority', reviewSlaWorkingDays: 3,
      route: 'TIERED_REVIEW', proposedLimit: 350_000, proposedTermDays: 30,
      creditDecision: 'APPROVED', approvedLimit: 350_000, approvedTermDays: 30, decidedBy: 'ANALYST',
    });
    const review = await c.calledInstance('tiered-review');
    expect(review.businessKey).toBe(c.applicationId);
    expect(contract.creditDecisionInputSchema.parse(await harness.history.variables(review.processInstanceId))).toMatchObject({
      route: 'TIERED_REVIEW', colour: 'yellow', proposedLimit: 350_000, termDays: 30, customerTier: 'priority', committeeMembers: c.start.committeeMembers,
    });
    expect(signing.priority).toBe(60);
    const completed = await c.completedElements();
    expect(completed).toContain(el.tieredReview);
    expect(completed).not.toContain(el.greenChannel);
  });

  it('when the review rejects, then the case ends with the reasons and no contract', async () => {
    // given a company with the risky sample's records (loss-making, open lawsuits, guarantees for related parties) and its statements
    const c = await start({}, { sample: 'risky' });

    // when the case is decided
    await steps.reachSalesIntent(c);
    await c.ended();

    // then the investigation's red flags, named, pulled the score into the red band (below 60)
    const scored = await storedScore(c);
    expect(scored.result.score).toBeLessThan(60);
    expect(scored.inputs.redFlags.map((flag) => flag.code)).toEqual(expect.arrayContaining(['financial_statements', 'litigation_record', 'RELATED_PARTY_GUARANTEE', 'EQUITY_PLEDGE']));
    expect(scored.result.components.redFlagPenalty).toBe(statementScoringPolicy.redFlagPenalty.cap);
    expect(scored.result.reasonCodes.map((reason) => reason.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^RED_FLAG_/)]));

    // then it ends rejected with the reviewers' reasons
    expect(await c.variables()).toMatchObject({
      colour: 'red', tradingSuspended: true, route: 'TIERED_REVIEW', creditDecision: 'REJECTED', decisionReasons: ['SCORE_IN_RED_BAND'], decidedBy: 'COMMITTEE',
    });
    const completed = await c.completedElements();
    expect(completed).toEqual(expect.arrayContaining([el.tieredReview, el.creditRejected]));
    expect(completed).not.toContain(el.signContract);
    expect(await harness.history.openUserTasks(c.processInstanceId)).toEqual([]);
  });

  it('when an urgent new customer must prepay, then the coordinator route approves and shipment waits for the prepayment', async () => {
    // given an urgent request of a customer without payment history (grade A, but prepayment first)
    const c = await start({ urgent: true, hasPaymentHistory: false });

    // when it is approved and the contract signed
    await steps.reachSalesIntent(c);
    await steps.signContract(c);

    // then the case waits for the prepayment, not yet for the shipment
    await c.reached(el.prepaymentReceived);
    expect(await c.variables()).toMatchObject({ route: 'URGENT_COORDINATOR', decidedBy: 'URGENT_COORDINATOR', prepaymentRequired: true });
    expect(await c.completedElements()).toContain(el.greenChannel);
    expect(await c.completedElements()).not.toContain(el.readyToShip);

    // when the prepayment arrives
    const paidAt = (await engineNow()).toISOString();
    await c.publish('prepayment-received', { applicationId: c.applicationId, prepaymentAmount: 100_000, paidAt });

    // then the case waits for the shipment, with the prepayment recorded
    await c.reached(el.goodsShipped);
    expect(await c.variables()).toMatchObject({ prepaymentAmount: 100_000, prepaymentPaidAt: paidAt });
    const beforeShipment = await c.completedElements();
    expect(beforeShipment).toEqual(expect.arrayContaining([el.prepaymentRequired, el.prepaymentReceived, el.readyToShip]));
    // the case came to the shipment through the prepayment, once
    expect(count(beforeShipment, el.readyToShip)).toBe(1);

    // when the goods of 300,000 are shipped with matching documents
    await steps.shipGoods(c, 300_000);

    // then the receivable opens with the prepayment posted against it: 200,000 stay open
    await c.reached(el.awaitReceiptConfirmation);
    expect((await ledger().events(c.receivableId)).map((event) => [event.kind, event.amountCents, event.reference])).toEqual([['payment', 10_000_000, `PREPAYMENT-${c.applicationId}`]]);
    expect(await c.variables()).toMatchObject({ invoiceAmount: 300_000, invoiceCurrency: 'CNY', openAmount: 200_000 });
  });

  it('when contract, delivery note and invoice disagree, then credit resolves the mismatch and the documents are matched again', async () => {
    // given a signed case (approved limit 500,000) whose contract is for 480,000
    const c = await start();
    await steps.reachSalesIntent(c);
    await steps.signContract(c);

    // when the goods are shipped with an invoice of 600,000
    await steps.shipGoods(c, 600_000, { contractAmount: 480_000 });

    // then credit gets the mismatch to resolve, with what the documents read, and no receivable is open yet
    const resolution = await c.userTask(el.resolveThreeWayMismatch);
    expect(resolution).toMatchObject({ name: '处理三单不符 Resolve three-way mismatch', candidateGroups: ['credit-analyst'], formKey: forms.resolveThreeWayMismatch });
    const { threeWayMismatches } = (await c.variables()) as { threeWayMismatches: string[] };
    expect(threeWayMismatches).toEqual([
      'AMOUNT_OUT_OF_TOLERANCE: amount differs (contract 480000, invoice 600000)',
      'LIMIT_EXCEEDED: the invoice total 600000 exceeds the approved limit 500000',
    ]);
    expect(await c.taskVariables(resolution)).toEqual({ mismatchSummary: threeWayMismatches.join('; '), invoiceAmount: 600_000, mismatchResolution: null });
    expect(await ledger().find(c.receivableId)).toBeUndefined();

    // when the warehouse sends a corrected invoice and credit enters its amount
    const { invoice: correctedInvoiceId } = await uploadShippingDocuments(c, await saleFacts(c, 480_000), ['invoice']);
    await c.completeUserTask(el.resolveThreeWayMismatch, contract.resolveThreeWayMismatchFormSchema, { invoiceAmount: 480_000, mismatchResolution: 'Corrected invoice received from the warehouse.' });

    // then the documents are matched again with the corrected invoice, its receivable opens at 480,000, and the case waits for the receipt
    await c.reached(el.awaitReceiptConfirmation);
    const check = await new ShippingDocumentCheckRepository(harness.db).find(c.receivableId);
    expect(check).toMatchObject({ invoiceDocumentId: correctedInvoiceId, acceptedMismatches: [], mismatchResolution: 'Corrected invoice received from the warehouse.' });
    expect(await ledger().find(c.receivableId)).toMatchObject({ applicationId: c.applicationId, customerTaxId: c.start.taxId, currency: 'CNY', principalCents: 48_000_000, status: 'OPEN' });
    expect(await c.variables()).toMatchObject({
      invoiceAmount: 480_000, openAmount: 480_000, mismatchResolution: 'Corrected invoice received from the warehouse.',
      shippingDocuments: { deliveryNoteConfirmed: true, invoiceConfirmed: true, matchedAt: check?.matchedAt },
    });
    // the check ran twice: interrupted by the mismatch, then completed
    expect(await c.entered(el.confirmShippingDocuments)).toBe(2);
    expect(count(await c.completedElements(), el.confirmShippingDocuments)).toBe(1);
    expect(await c.completedElements()).toEqual(expect.arrayContaining([el.threeWayMismatch, el.resolveThreeWayMismatch]));
  });

  it("when the customer's credit is frozen, then further shipments are held and the case goes on", async () => {
    // given an approved case waiting for the contract
    const c = await start();
    await steps.reachSalesIntent(c);
    const signing = await c.userTask(el.signContract);

    // when the credit is frozen
    await c.publish('credit-frozen', { applicationId: c.applicationId, freezeReason: 'A related enterprise is more than 30 days overdue.' });

    // then shipments are held, and the contract task is still open
    await c.completedOnce(el.shipmentsHeld);
    const holds = await new ShipmentHoldRepository(harness.db).forApplication(c.applicationId);
    expect(holds.map((hold) => [hold.customerId, hold.reason])).toEqual([[c.start.customerId, 'A related enterprise is more than 30 days overdue.']]);
    expect((await harness.history.openUserTasks(c.processInstanceId)).map((task) => task.taskId)).toEqual([signing.taskId]);
    expect((await harness.history.instance(c.processInstanceId))?.state).toBe('ACTIVE');
  });
});
