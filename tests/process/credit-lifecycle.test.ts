import * as contract from '../../src/contracts/credit-lifecycle.contract';
import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { ShipmentHoldRepository } from '../../src/db/shipment-hold.repository';
import { ShippingDocumentCheckRepository } from '../../src/db/shipping-document-check.repository';
import { CustomerScoreRepository } from '../../src/db/customer-score.repository';
import { PreliminaryReportRepository } from '../../src/db/preliminary-report.repository';
import { StatementExtractionRepository } from '../../src/db/statement-extraction.repository';
import { normaliseCompanyName } from '../../src/domain/customers/customer-identity';
import { ratiosFromStatements } from '../../src/domain/scoring/ratios-from-statements';
import { statementScoringPolicy } from '../../src/domain/scoring/scoring-policy';
import { readSampleCompanies } from '../../src/investigation/sample-company-sources';
import { engineNow } from '../support/engine-clock';
import { sampleCleanTradingStatement, sampleRiskyManufacturingStatement, scannedStatementPng, statementPdf } from '../support/financial-statement.fixture';
import { LifecycleCase } from '../support/lifecycle-case';
import { moveClockTo, startLifecycleHarness, type LifecycleHarness } from '../support/lifecycle-harness';
import { saleFacts, uploadShippingDocuments } from '../support/lifecycle-shipment';
import { steps } from '../support/lifecycle-steps';

const { elements: el, jobTypes, processId, forms } = contract.creditLifecycleProcess;
const dayMs = 24 * 60 * 60 * 1000;

jest.setTimeout(60_000);

/** Steps 1–7 of the lifecycle (before and during the sale) on the real test engine. */
describe('credit lifecycle: before and during the sale', () => {
  let harness: LifecycleHarness;
  const cases: LifecycleCase[] = [];
  const start = async (...args: Parameters<typeof LifecycleCase.start> extends [unknown, ...infer Rest] ? Rest : never) => {
    const created = await LifecycleCase.start(harness, ...args);
    cases.push(created);
    return created;
  };
  const formKey = (formId: string) => harness.deployed.find((resource) => resource.kind === 'form' && resource.id === formId)?.key;
  const count = (ids: string[], id: string) => ids.filter((candidate) => candidate === id).length;
  const ledger = () => new ReceivableLedgerRepository(harness.db);
  const storedScore = async (c: LifecycleCase) => {
    const scored = await new CustomerScoreRepository(harness.db).forApplication(c.applicationId);
    if (!scored) throw new Error(`no stored score for ${c.applicationId}`);
    return scored;
  };

  beforeAll(async () => {
    harness = await startLifecycleHarness();
  });
  afterEach(async () => {
    await Promise.all(cases.splice(0).map((c) => c.cancel()));
  });
  // The shared clock is never moved back (see tests/support/engine-clock.ts), so no reset here.
  afterAll(async () => {
    await harness?.close();
  });

  it('when sales report that the collected information does not match, then it is collected again with their note and confirmed the second time', async () => {
    // given a registered prospect whose preliminary investigation is shown to sales
    const c = await start();
    const firstCheck = await c.userTask(el.confirmCollectedInformation);
    expect(firstCheck).toMatchObject({ candidateGroups: ['sales'], formKey: formKey(forms.confirmCollectedInformation) });

    // when sales report a mismatch with a note, and confirm the collected information the second time
    const mismatchNote = 'The registered capital is CNY 5 million, not 20 million.';
    await c.completeUserTask(el.confirmCollectedInformation, contract.confirmCollectedInformationFormSchema, { informationCheck: 'MISMATCH', mismatchNote });
    await steps.confirmInformation(c);
    await c.reached(el.awaitSalesIntent);

    // then the investigation ran twice, the second time with the note, and the case waits for sales intent
    const reports = await new PreliminaryReportRepository(harness.db).forApplication(c.applicationId);
    expect(reports.map((stored) => stored.mismatchNote)).toEqual([null, mismatchNote]);
    // both rounds asked the registry (the clean sample company) and say so; sales see the latest
    const registered = readSampleCompanies().companies.find((company) => company.registry.taxId === c.start.taxId)?.registry;
    for (const { report } of reports) {
      expect(report).toMatchObject({ registeredName: registered?.name, registryStatus: 'ACTIVE', establishedOn: registered?.establishedOn, registeredCapital: registered?.registeredCapital });
    }
    expect(reports[1]?.report.summary).toContain(mismatchNote);
    expect((await c.variables()).preliminaryReport).toEqual(reports[1]?.report);
    const completed = await c.completedElements();
    expect(count(completed, el.runPreliminaryInvestigation)).toBe(2);
    expect(count(completed, el.confirmCollectedInformation)).toBe(2);
    expect(await c.flowsTaken()).toEqual(expect.arrayContaining(['Flow_InformationMismatch', 'Flow_InformationConfirmed']));
    expect(count(await c.flowsTaken(), 'Flow_InformationMismatch')).toBe(1);
    expect(completed).not.toContain(el.runCreditInvestigation);
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
    const thirtyDaysLater = new Date(waitingSince.getTime() + 30 * dayMs + 60_000);
    await moveClockTo(harness, thirtyDaysLater);

    // then the case with the 30-day deadline is closed as no deal, without an investigation
    await ownDeadline.completedOnce(processId, 1, thirtyDaysLater);
    const closed = await ownDeadline.completedElements();
    expect(closed).toEqual(expect.arrayContaining([el.salesIntentDeadlinePassed, el.noDeal]));
    expect(closed).not.toContain(el.salesIntentReached);
    expect(closed).not.toContain(el.runCreditInvestigation);
    // and the default one still waits (unless someone else's clock move already passed its 90 days)
    if ((await engineNow()).getTime() < waitingSince.getTime() + 90 * dayMs) expect(await byDefault.completedElements()).not.toContain(el.noDeal);

    // when 90 days have passed
    const ninetyDaysLater = new Date(waitingSince.getTime() + 90 * dayMs + 60_000);
    await moveClockTo(harness, ninetyDaysLater);

    // then the default deadline closes the other case too
    await byDefault.completedOnce(el.noDeal, 1, ninetyDaysLater);
    expect(await byDefault.completedElements()).not.toContain(el.runCreditInvestigation);
  });

  it('when OCR reads the documents with low confidence, then an analyst enters the data in a form pre-filled with what was read, and scoring uses it', async () => {
    // given a case whose statements were handed in as a coarse scan (75 dpi, no text layer)
    const scan = { fileName: 'statements-2025-scan.png', content: await scannedStatementPng(sampleCleanTradingStatement, 75) };
    const c = await start({}, [scan]);

    // when the investigation reaches the documents
    await steps.reachSalesIntent(c);
    const entry = await c.userTask(el.enterDocumentData);

    // then an analyst gets the manual entry form, pre-filled with what OCR read and the fields to check
    expect(entry).toMatchObject({ candidateGroups: ['credit-analyst'], formKey: formKey(forms.enterDocumentData) });
    const prefilled = await harness.history.variables(c.processInstanceKey, entry.elementInstanceKey);
    const extraction = await new StatementExtractionRepository(harness.db).find(c.applicationId);
    expect(prefilled).toMatchObject({ documentData: extraction?.extractedDocumentData, lowConfidenceFields: extraction?.lowConfidenceFields });
    const unsure = prefilled.lowConfidenceFields as Array<keyof typeof sampleCleanTradingStatement>;
    expect(unsure.length).toBeGreaterThan(0);
    // each field to check was read below the threshold or not at all; what was read surely is right
    const read = prefilled.documentData as Partial<typeof sampleCleanTradingStatement>;
    for (const field of Object.keys(sampleCleanTradingStatement) as Array<keyof typeof sampleCleanTradingStatement>) {
      if (unsure.includes(field)) expect(extraction?.fields?.[field].confidence).toBeLessThan(0.8);
      else if (field === 'companyName') expect(normaliseCompanyName(String(read.companyName))).toBe(normaliseCompanyName(sampleCleanTradingStatement.companyName));
      else expect(read[field]).toEqual(sampleCleanTradingStatement[field]);
    }

    // when the analyst completes the data
    const documentData = { ...sampleCleanTradingStatement };
    await c.completeUserTask(el.enterDocumentData, contract.enterDocumentDataFormSchema, { documentData });
    await c.completedOnce(el.scoreCustomer);

    // then scoring works on the entered data, marked as entered by hand
    expect((await storedScore(c)).inputs.financialRatios).toEqual(ratiosFromStatements(documentData));
    expect(await c.variables()).toMatchObject({ documentData, documentDataSource: 'MANUAL' });
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
      documentData: sampleCleanTradingStatement, documentDataSource: 'OCR', modelVersion: scored.result.modelVersion, reasonCodes: [...new Set(scored.result.reasonCodes.map((reason) => reason.code))],
    });
    // and the decision tables route it to the green channel's auto-approval with grade AA terms
    expect(await c.variables()).toMatchObject({
      score: scored.result.score, creditGrade: 'AA', termDays: 30, colour: 'green', customerTier: 'core', reviewSlaWorkingDays: 1,
      route: 'AUTO_APPROVE', routeReason: 'LOW_RISK_AUTO_APPROVAL', proposedLimit: 800_000, proposedTermDays: 30,
      creditDecision: 'APPROVED', approvedLimit: 800_000, approvedTermDays: 30, prepaymentRequired: false, decidedBy: 'GREEN_CHANNEL_AUTO',
    });
    // and the green channel deployed with this model got exactly the agreed interface
    const greenChannel = await c.calledInstance('green-channel');
    expect(greenChannel.processDefinitionKey).toBe(harness.deployed.find((resource) => resource.kind === 'process' && resource.id === 'green-channel')?.key);
    const passed = await harness.history.variables(greenChannel.processInstanceKey);
    expect(contract.creditDecisionInputSchema.parse(passed)).toMatchObject({ route: 'AUTO_APPROVE', proposedLimit: 800_000, termDays: 30, committeeChair: 'general.manager' });
    expect(Object.keys(passed).sort()).toEqual([...Object.keys(contract.creditDecisionInputSchema.shape), 'approvedLimit', 'approvedTermDays', 'creditDecision', 'decidedBy', 'decisionReasons'].sort());
    expect(signing).toMatchObject({ candidateGroups: ['sales'], formKey: formKey(forms.signCreditContract) });

    // when sales sign the contract
    await steps.signContract(c);

    // then no prepayment is awaited: the case waits for the shipment
    await c.reached(el.goodsShipped);
    const completed = await c.completedElements();
    expect(completed).toEqual(expect.arrayContaining([el.decideGradeAndTerms, el.decideColourBand, el.decideCustomerTier, el.decideCreditRoute, el.greenChannel, el.signContract]));
    expect(completed).not.toContain(el.tieredReview);
    expect(completed).not.toContain(el.prepaymentReceived);
    expect(await c.flowsTaken()).toContain('Flow_NoPrepayment');
  });

  it('when the route is tiered review, then the review decides on the proposed limit and term, cut by the yellow band', async () => {
    // given a customer of 2 years, 80 % collected, in a high-risk industry (grade B, 60 days; yellow: limit × 0.7, term ≤ 30 days)
    const c = await start({ collectionRate: 0.8, industryRisk: 'high' });

    // when the case is decided
    await steps.reachSalesIntent(c);
    await c.userTask(el.signContract);

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
    expect(contract.creditDecisionInputSchema.parse(await harness.history.variables(review.processInstanceKey))).toMatchObject({
      route: 'TIERED_REVIEW', colour: 'yellow', proposedLimit: 350_000, termDays: 30, customerTier: 'priority', committeeMembers: c.start.committeeMembers,
    });
    const completed = await c.completedElements();
    expect(completed).toContain(el.tieredReview);
    expect(completed).not.toContain(el.greenChannel);
  });

  it('when the review rejects, then the case ends with the reasons and no contract', async () => {
    // given the risky sample company (loss-making, open lawsuits, guarantees for related parties) with its statements
    const { companyName: customerName, taxId } = sampleRiskyManufacturingStatement;
    const c = await start({ customerName, taxId }, [{ fileName: 'statements-2025.pdf', content: await statementPdf(sampleRiskyManufacturingStatement) }]);

    // when the case is decided
    await steps.reachSalesIntent(c);
    await c.completedOnce(processId);

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
    expect(await harness.history.openUserTasks(c.processInstanceKey)).toEqual([]);
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

    // when the prepayment arrives
    await c.publish('prepayment-received', { applicationId: c.applicationId, prepaymentAmount: 100_000, paidAt: (await engineNow()).toISOString() });

    // then the case waits for the shipment, with the prepayment recorded
    await c.reached(el.goodsShipped);
    expect(await c.variables()).toMatchObject({ prepaymentAmount: 100_000 });
    expect(await c.flowsTaken()).toEqual(expect.arrayContaining(['Flow_PrepaymentRequired', 'Flow_PrepaymentArrived']));
    expect(await c.flowsTaken()).not.toContain('Flow_NoPrepayment');

    // when the goods of 300,000 are shipped with matching documents
    await steps.shipGoods(c, 300_000);

    // then the receivable opens with the prepayment posted against it: 200,000 stay open
    await c.reached(el.awaitReceiptConfirmation);
    expect((await ledger().events(c.receivableId)).map((event) => [event.kind, event.amountCents, event.reference])).toEqual([['payment', 10_000_000, `PREPAYMENT-${c.applicationId}`]]);
    expect(await c.variables()).toMatchObject({ invoiceAmount: 300_000, openAmount: 200_000 });
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
    expect(resolution).toMatchObject({ candidateGroups: ['credit-analyst'], formKey: formKey(forms.resolveThreeWayMismatch) });
    const { threeWayMismatches } = (await c.variables()) as { threeWayMismatches: string[] };
    expect(threeWayMismatches).toEqual([
      'AMOUNT_OUT_OF_TOLERANCE: amount differs (contract 480000, invoice 600000)',
      'LIMIT_EXCEEDED: the invoice total 600000 exceeds the approved limit 500000',
    ]);
    expect((await harness.history.variables(c.processInstanceKey, resolution.elementInstanceKey)).mismatchSummary).toBe(threeWayMismatches.join('; '));
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
    const confirmations = (await harness.history.elementEvents(c.processInstanceKey)).filter((event) => event.elementId === el.confirmShippingDocuments && event.intent === 'ELEMENT_ACTIVATED');
    expect(confirmations).toHaveLength(2);
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
    expect((await harness.history.openUserTasks(c.processInstanceKey)).map((task) => task.userTaskKey)).toEqual([signing.userTaskKey]);
    expect(await c.completedElements()).not.toContain(processId);
  });
});
