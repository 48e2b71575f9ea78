import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DocumentService } from '../../src/api/document.service';
import { extractDocumentsOutputSchema, runPreliminaryInvestigationOutputSchema, scoreCustomerOutputSchema } from '../../src/contracts/credit-lifecycle.contract';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';
import { CustomerScoreRepository } from '../../src/db/customer-score.repository';
import { DocumentRepository } from '../../src/db/document.repository';
import { PreliminaryReportRepository } from '../../src/db/preliminary-report.repository';
import { StatementExtractionRepository } from '../../src/db/statement-extraction.repository';
import { deployResources } from '../../src/engine/deployment';
import { sampleCleanTradingStatement, statementPdf, type StatementFigures } from '../support/financial-statement.fixture';
import { sampleCompanyFamily, useInvestigationProvider, type InvestigationProvider } from '../support/investigation-provider';
import { ProcessDriver } from '../support/process-driver';
import { startTestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

const fixtures = path.join(__dirname, '..', 'fixtures', 'lifecycle-workers');
const randomDigits = (count: number) => Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join('');

jest.setTimeout(300_000);

/** Each worker gets the same job input twice (two instances, at once) and leaves one stored result that both answers carry. */
describe('the lifecycle workers before the decision, on the real engine', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let provider: InvestigationProvider;
  beforeAll(async () => {
    provider = await useInvestigationProvider();
    system = await startTestSystem();
    const files = ['preliminary-investigation-only.bpmn', 'extract-documents-only.bpmn', 'score-customer-only.bpmn'];
    await deployResources(system.engine, files.map((file) => ({ name: file, content: fs.readFileSync(path.join(fixtures, file)) })), { name: 'lifecycle-worker-fixtures', source: 'tests' });
  });
  afterAll(async () => {
    await system?.close();
    await provider?.close();
  });

  /** A company of the test's own, with the clean sample company's records (known to the investigation stand-ins) and statements. */
  function ownCompany(): { name: string; taxId: string; statement: StatementFigures } {
    const family = sampleCompanyFamily();
    provider.add(family.companies);
    const [name, taxId] = [family.nameOf('clean'), family.taxIdOf('clean')];
    return { name, taxId, statement: { ...sampleCleanTradingStatement, companyName: name, taxId } };
  }

  /** Starts two instances with the same variables and waits until both reached `endEventId`. */
  async function twice(processId: string, variables: Record<string, unknown>, endEventId = 'EndEvent_Done') {
    const drivers = await Promise.all([ProcessDriver.start(system, processId, variables), ProcessDriver.start(system, processId, variables)]);
    // generous: the extraction reads one statement at a time and the machine may be busy
    await Promise.all(drivers.map((driver) => waitFor(`${endEventId} in ${driver.processInstanceId}`, async () => (await driver.completedElements()).includes(endEventId), 180_000)));
    return Promise.all(drivers.map((driver) => driver.variables()));
  }

  /** An application as the API records it, with the statements uploaded to it. */
  async function applicationWithStatements(company: { name: string; taxId: string }, statements: Buffer[]) {
    const applications = new CreditApplicationRepository(system.db);
    const id = randomUUID();
    await applications.insert({ id, companyName: company.name, taxId: company.taxId, requestedLimit: 500_000, currency: 'CNY', urgent: false, processInstanceKey: `test-${id}`, status: 'IN_REVIEW' });
    const documents = new DocumentService(new DocumentRepository(system.db), applications);
    for (const content of statements) await documents.upload({ applicationId: id, kind: 'financial-statements', fileName: 'statements.pdf', content, uploadedBy: 'sales.test' });
    return id;
  }

  it('when the same preliminary investigation is delivered twice, then one report is stored and both answers are it; a mismatch round adds one', async () => {
    const company = ownCompany();
    const applicationId = randomUUID();
    const input = { applicationId, customerId: `CUST-${randomDigits(8)}`, customerName: company.name, taxId: company.taxId };

    const answers = await twice('preliminary-investigation-only', input);

    const reports = new PreliminaryReportRepository(system.db);
    const [stored] = await reports.forApplication(applicationId);
    expect(await reports.forApplication(applicationId)).toHaveLength(1);
    for (const answer of answers) expect(runPreliminaryInvestigationOutputSchema.parse(answer).preliminaryReport).toEqual(stored?.report);
    expect(stored?.report).toMatchObject({ registeredName: company.name, registryStatus: 'ACTIVE', sourcesChecked: ['business-registry', 'credit-bureau'] });

    // when sales report a mismatch, the round with their note is its own report (also once)
    await twice('preliminary-investigation-only', { ...input, mismatchNote: 'The registered capital looks different.' });
    expect((await reports.forApplication(applicationId)).map((report) => report.mismatchNote)).toEqual([null, 'The registered capital looks different.']);
  });

  it('when the same extraction is delivered twice, then the statements are read once and both answers carry the stored figures', async () => {
    const company = ownCompany();
    const applicationId = await applicationWithStatements(company, [await statementPdf(company.statement)]);

    const answers = await twice('extract-documents-only', { applicationId, customerId: `CUST-${randomDigits(8)}`, taxId: company.taxId, customerName: company.name });

    const extractions = new StatementExtractionRepository(system.db);
    expect(await extractions.countFor(applicationId)).toBe(1);
    const stored = await extractions.find(applicationId);
    for (const answer of answers) {
      expect(extractDocumentsOutputSchema.parse(answer)).toEqual({ documentData: company.statement, documentDataSource: 'OCR', extractionConfidence: stored?.confidence });
    }
  });

  it('when no statement was uploaded, then both deliveries send the case to manual entry with nothing pre-filled, from one stored extraction', async () => {
    const company = ownCompany();
    const applicationId = await applicationWithStatements(company, []);

    const answers = await twice('extract-documents-only', { applicationId, customerId: `CUST-${randomDigits(8)}`, taxId: company.taxId, customerName: company.name }, 'EndEvent_ManualEntry');

    for (const answer of answers) {
      expect(answer).toMatchObject({ extractedDocumentData: {}, lowConfidenceFields: ['companyName', 'taxId', 'fiscalYear', 'revenue', 'netProfit', 'totalAssets', 'totalLiabilities'] });
    }
    expect(await new StatementExtractionRepository(system.db).countFor(applicationId)).toBe(1);
  });

  it('when the same scoring is delivered twice, then one score is stored with its inputs and versions, and both answers are it', async () => {
    const company = ownCompany();
    const applicationId = randomUUID();
    const customerId = `CUST-${randomDigits(8)}`;
    const input = {
      applicationId, customerId, documentData: company.statement, hasPaymentHistory: true, yearsOfCooperation: 2,
      collectionRate: 0.9, industryRisk: 'medium', checklistPassed: true, redFlagCount: 0,
    };

    const answers = await twice('score-customer-only', input);

    const scores = new CustomerScoreRepository(system.db);
    expect(await scores.countFor(applicationId)).toBe(1);
    const stored = await scores.forApplication(applicationId);
    for (const answer of answers) {
      expect(scoreCustomerOutputSchema.parse(answer)).toEqual({
        score: stored?.result.score, reasonCodes: stored?.result.reasonCodes.map((reason) => reason.code), modelVersion: stored?.result.modelVersion,
        scoreFigureSet: stored?.result.figureSet, scoreRatios: stored?.result.ratiosRead,
      });
    }
    // headline figures only (no full statements): the 8-ratio fallback model decided, and says so
    expect(stored?.result).toMatchObject({ modelVersion: 'pd-model-statements-v2', figureSet: 'headline', ratiosRead: ['ATTR1', 'ATTR2', 'ATTR8', 'ATTR9', 'ATTR10', 'ATTR17', 'ATTR23', 'ATTR36'] });
    expect(stored).toMatchObject({ customerId, result: { scoringPolicyVersion: 'scoring-policy-2026-11-statements-v1' }, inputs: { payment: { collectionRate: 0.9, daysOverdue: 0, yearsOfCooperation: 2 }, industryRisk: 'medium', redFlags: [] } });
  });
});
