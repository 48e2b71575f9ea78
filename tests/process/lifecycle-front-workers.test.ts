import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { DocumentService } from '../../src/api/document.service';
import { extractDocumentsOutputSchema, runPreliminaryInvestigationOutputSchema, scoreCustomerOutputSchema } from '../../src/contracts/credit-lifecycle.contract';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';
import { CustomerScoreRepository } from '../../src/db/customer-score.repository';
import { DocumentRepository } from '../../src/db/document.repository';
import { PreliminaryReportRepository } from '../../src/db/preliminary-report.repository';
import { StatementExtractionRepository } from '../../src/db/statement-extraction.repository';
import { sampleCleanTradingStatement, statementPdf } from '../support/financial-statement.fixture';
import { ProcessDriver } from '../support/process-driver';
import { startTestSystem } from '../support/test-system';

const fixtures = path.join(__dirname, '..', 'fixtures', 'lifecycle-workers');

/** Each worker gets the same job input twice (two instances, at once) and leaves one stored result that both answers carry. */
describe('the lifecycle workers before the decision, on the real engine', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
    for (const file of ['preliminary-investigation-only.bpmn', 'extract-documents-only.bpmn', 'score-customer-only.bpmn']) {
      await system.camunda.getZeebeGrpcApiClient().deployResource({ processFilename: path.join(fixtures, file) });
    }
  });
  afterAll(async () => {
    await system.close();
  });

  /** Starts two instances with the same variables and waits until both reached `endEventId`. */
  async function twice(processId: string, variables: Record<string, unknown>, endEventId = 'EndEvent_Done') {
    const drivers = await Promise.all([ProcessDriver.start(system, processId, variables), ProcessDriver.start(system, processId, variables)]);
    await Promise.all(drivers.map((driver) => driver.waitUntilCompleted(endEventId)));
    return Promise.all(drivers.map((driver) => driver.variables()));
  }

  /** An application as the API records it, with the statements uploaded to it. */
  async function applicationWithStatements(statements: Buffer[]) {
    const applications = new CreditApplicationRepository(system.db);
    const id = randomUUID();
    await applications.insert({ id, companyName: sampleCleanTradingStatement.companyName, taxId: sampleCleanTradingStatement.taxId, requestedLimit: 500_000, currency: 'CNY', urgent: false, processInstanceKey: `test-${id}`, status: 'IN_REVIEW' });
    const documents = new DocumentService(new DocumentRepository(system.db), applications);
    for (const content of statements) await documents.upload({ applicationId: id, kind: 'financial-statements', fileName: 'statements.pdf', content, uploadedBy: 'sales.test' });
    return id;
  }

  it('when the same preliminary investigation is delivered twice, then one report is stored and both answers are it; a mismatch round adds one', async () => {
    const applicationId = randomUUID();
    const input = { applicationId, customerId: 'CUST-1', customerName: sampleCleanTradingStatement.companyName, taxId: sampleCleanTradingStatement.taxId };

    const answers = await twice('preliminary-investigation-only', input);

    const reports = new PreliminaryReportRepository(system.db);
    const [stored] = await reports.forApplication(applicationId);
    expect(await reports.forApplication(applicationId)).toHaveLength(1);
    for (const answer of answers) expect(runPreliminaryInvestigationOutputSchema.parse(answer).preliminaryReport).toEqual(stored?.report);
    expect(stored?.report).toMatchObject({ registryStatus: 'ACTIVE', sourcesChecked: ['business-registry', 'credit-bureau'] });

    // when sales report a mismatch, the round with their note is its own report (also once)
    await twice('preliminary-investigation-only', { ...input, mismatchNote: 'The registered capital looks different.' });
    expect((await reports.forApplication(applicationId)).map((report) => report.mismatchNote)).toEqual([null, 'The registered capital looks different.']);
  });

  it('when the same extraction is delivered twice, then the statements are read once and both answers carry the stored figures', async () => {
    const applicationId = await applicationWithStatements([await statementPdf(sampleCleanTradingStatement)]);

    const answers = await twice('extract-documents-only', { applicationId, customerId: 'CUST-2', taxId: sampleCleanTradingStatement.taxId });

    const extractions = new StatementExtractionRepository(system.db);
    expect(await extractions.countFor(applicationId)).toBe(1);
    const stored = await extractions.find(applicationId);
    for (const answer of answers) {
      expect(extractDocumentsOutputSchema.parse(answer)).toEqual({ documentData: sampleCleanTradingStatement, documentDataSource: 'OCR', extractionConfidence: stored?.confidence });
    }
  });

  it('when no statement was uploaded, then both deliveries send the case to manual entry with nothing pre-filled, from one stored extraction', async () => {
    const applicationId = await applicationWithStatements([]);

    const answers = await twice('extract-documents-only', { applicationId, customerId: 'CUST-3', taxId: sampleCleanTradingStatement.taxId }, 'EndEvent_ManualEntry');

    for (const answer of answers) {
      expect(answer).toMatchObject({ extractedDocumentData: {}, lowConfidenceFields: ['companyName', 'taxId', 'fiscalYear', 'revenue', 'netProfit', 'totalAssets', 'totalLiabilities'] });
    }
    expect(await new StatementExtractionRepository(system.db).countFor(applicationId)).toBe(1);
  });

  it('when the same scoring is delivered twice, then one score is stored with its inputs and versions, and both answers are it', async () => {
    const applicationId = randomUUID();
    const input = {
      applicationId, customerId: 'CUST-4', documentData: sampleCleanTradingStatement, hasPaymentHistory: true, yearsOfCooperation: 2,
      collectionRate: 0.9, industryRisk: 'medium', checklistPassed: true, redFlagCount: 0,
    };

    const answers = await twice('score-customer-only', input);

    const scores = new CustomerScoreRepository(system.db);
    expect(await scores.countFor(applicationId)).toBe(1);
    const stored = await scores.forApplication(applicationId);
    for (const answer of answers) {
      expect(scoreCustomerOutputSchema.parse(answer)).toEqual({ score: stored?.result.score, reasonCodes: stored?.result.reasonCodes.map((reason) => reason.code), modelVersion: 'pd-model-statements-v1' });
    }
    expect(stored).toMatchObject({ customerId: 'CUST-4', result: { scoringPolicyVersion: 'scoring-policy-2026-11-statements-v1' }, inputs: { payment: { collectionRate: 0.9, daysOverdue: 0, yearsOfCooperation: 2 }, industryRisk: 'medium', redFlags: [] } });
  });
});
