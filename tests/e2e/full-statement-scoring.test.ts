import { randomUUID } from 'node:crypto';
import * as lifecycle from '../../src/contracts/credit-lifecycle.contract';
import { CustomerScoreRepository } from '../../src/db/customer-score.repository';
import { fullStatementModel, headlineModel } from '../../src/domain/scoring/statement-models';
import { fullStatementPdf, fullStatementPng, headlineStatementPdf } from '../fixtures/statements/statement-documents.fixture';
import { soundTradingStatements, type CompanyStatements } from '../fixtures/statements/statement-figures.fixture';
import { sampleCompanyFamily, useInvestigationProvider, type InvestigationProvider } from '../support/investigation-provider';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

jest.setTimeout(600_000);

const { elements: el } = lifecycle.creditLifecycleProcess;
const sales = ['sales.li', 'sales.li-local'] as const;

/**
 * Issue 13's question, asked of the whole lifecycle: a case whose customer uploaded full statements
 * (as a PDF, or as a scanned image) is scored by the full-statement model, on the ratios those
 * statements give; a case with the four headline figures only falls back to the 8-ratio model.
 * Through the API, on the real engine, with the real extraction and scoring workers.
 */
describe('the credit lifecycle scores a case by the statements its customer uploaded', () => {
  let system: TestSystem;
  let provider: InvestigationProvider;
  beforeAll(async () => {
    provider = await useInvestigationProvider();
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system?.close();
    await provider?.close();
  });

  /** Registers a customer of its own (the clean sample company's records), applies, uploads the statement and brings the case to its scoring. */
  async function caseWithStatement(label: string, document: (statements: CompanyStatements) => Promise<Buffer>, fileName: string) {
    const family = sampleCompanyFamily(label);
    provider.add(family.companies);
    const statements: CompanyStatements = { ...soundTradingStatements, companyName: family.nameOf('clean'), taxId: family.taxIdOf('clean') };
    const api = () => system.api();
    const customer = (await api().post('/api/customers').auth(...sales)
      .send({ name: statements.companyName, taxId: statements.taxId, industry: 'bearings trading', industryRisk: 'medium', contactName: 'Wang Wei', contactEmail: `ap-${label.toLowerCase()}@customer.example` })
      .expect(201)).body as { id: string };
    const application = (await api().post('/api/applications').auth(...sales).send({ customerId: customer.id, requestedLimit: 500_000, currency: 'CNY' }).expect(201)).body as { id: string; processInstanceKey: string };
    await api().post('/api/documents').auth(...sales).field('applicationId', application.id).field('kind', 'financial-statements').attach('file', await document(statements), fileName).expect(201);

    // sales confirm what the preliminary investigation collected, and report the intent to sell
    const confirmation = await waitFor('the collected information to confirm', async () =>
      (await system.history.openUserTasks(application.processInstanceKey)).find((task) => task.elementId === el.confirmCollectedInformation), 120_000);
    await system.engine.completeTask(confirmation.taskId, lifecycle.confirmCollectedInformationFormSchema.parse({ informationCheck: 'CONFIRMED' }));
    await waitFor('the case to wait for sales intent', async () =>
      (await system.history.activeElements(application.processInstanceKey)).some((element) => element.elementId === el.awaitSalesIntent), 60_000);
    await api().post('/api/events/sales-intent-reached').auth(...sales).set('Idempotency-Key', randomUUID()).send({ applicationId: application.id, note: 'Agreed in principle.' }).expect(202);

    // the statements are read (OCR for the image) and the customer scored; where OCR was unsure of a
    // line, an analyst checks the pre-filled manual-entry form against the document and completes it
    const scores = new CustomerScoreRepository(system.db);
    let enteredByHand: string[] | undefined;
    const stored = await waitFor(`the score of ${label}`, async () => {
      const [incident] = await system.history.incidents(application.processInstanceKey);
      if (incident) throw new Error(`incident at ${incident.elementId}: ${incident.message}`);
      const manualEntry = (await system.history.openUserTasks(application.processInstanceKey)).find((task) => task.elementId === el.enterDocumentData);
      if (manualEntry) {
        const shown = await system.engine.get<Record<string, { value: unknown }>>(`/task/${manualEntry.taskId}/variables`);
        enteredByHand = (shown.lowConfidenceFields?.value as string[] | undefined) ?? [];
        // every flagged line is on the form, pre-filled with what OCR read, for the analyst to check
        for (const field of enteredByHand) expect(shown).toHaveProperty(field);
        const { companyName, taxId, fiscalYear, figures } = statements;
        await system.engine.completeTask(manualEntry.taskId, lifecycle.enterDocumentDataFormSchema.parse({ companyName, taxId, fiscalYear, ...figures }));
      }
      return scores.forApplication(application.id);
    }, 300_000);
    const variables = await waitFor('the score in the case', async () => {
      const found = await system.history.variables(application.processInstanceKey);
      return found.scoreFigureSet === undefined ? undefined : found;
    });
    return { stored, variables, enteredByHand };
  }

  it.each([
    ['FSPDF', 'a full statement PDF', fullStatementPdf, 'statements-2025.pdf'],
    ['FSPNG', 'a scanned full statement image', fullStatementPng, 'statements-2025.png'],
  ] as const)('when %s: the customer uploaded %s, then the full-statement model scores the case on its ratios, with its reason codes', async (label, _what, document, fileName) => {
    const { stored, variables } = await caseWithStatement(label, document, fileName);
    expect(stored.result).toMatchObject({ figureSet: 'full-statements', modelVersion: fullStatementModel.modelVersion });
    // far more ratios than the fallback's eight: the full statements' lines made them computable
    expect(stored.result.ratiosRead?.length).toBeGreaterThan(headlineModel.attributes.length);
    expect(stored.result.reasonCodes.length).toBeGreaterThan(0);
    expect(variables).toMatchObject({
      scoreFigureSet: 'full-statements', score: stored.result.score, reasonCodes: stored.result.reasonCodes.map((reason) => reason.code), scoreRatios: stored.result.ratiosRead,
    });
  });

  it('when the customer uploaded the headline figures only, then the case falls back to the 8-ratio model and says so', async () => {
    const { stored, variables } = await caseWithStatement('FSHEAD', headlineStatementPdf, 'statements-2025-headline.pdf');
    expect(stored.result).toMatchObject({ figureSet: 'headline', modelVersion: headlineModel.modelVersion, ratiosRead: headlineModel.attributes.map((attribute) => `ATTR${attribute}`) });
    expect(variables).toMatchObject({ scoreFigureSet: 'headline', score: stored.result.score });
  });
});
