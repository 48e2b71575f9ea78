import * as lifecycle from '../../src/contracts/credit-lifecycle.contract';
import { CustomerScoreRepository } from '../../src/db/customer-score.repository';
import { fullStatementModel, headlineModel } from '../../src/domain/scoring/statement-models';
import { fullStatementPdf, fullStatementPng, headlineStatementPdf } from '../fixtures/statements/statement-documents.fixture';
import type { CompanyStatements } from '../fixtures/statements/statement-figures.fixture';
import { applyThroughApi } from '../support/application-through-api';
import { useInvestigationProvider, type InvestigationProvider } from '../support/investigation-provider';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

jest.setTimeout(600_000);

const { elements: el } = lifecycle.creditLifecycleProcess;

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

  /** A case through the API with the statement uploaded, brought to its scoring (manual entry checked and completed where OCR was unsure). */
  async function caseWithStatement(label: string, statementDocument: (statements: CompanyStatements) => Promise<Buffer>, fileName: string) {
    const application = await applyThroughApi(system, provider, { label, statementDocument, fileName });
    const { statements } = application;

    // the statements are read (OCR for the image) and the customer scored; where OCR was unsure of a
    // line, an analyst checks the pre-filled manual-entry form against the document and completes it
    const scores = new CustomerScoreRepository(system.db);
    let enteredByHand: string[] | undefined;
    const stored = await waitFor(`the score of ${label}`, async () => {
      const [incident] = await system.history.incidents(application.processInstanceId);
      if (incident) throw new Error(`incident at ${incident.elementId}: ${incident.message}`);
      const manualEntry = (await system.history.openUserTasks(application.processInstanceId)).find((task) => task.elementId === el.enterDocumentData);
      if (manualEntry) {
        const shown = await system.engine.get<Record<string, { value: unknown }>>(`/task/${manualEntry.taskId}/variables`);
        enteredByHand = (shown.lowConfidenceFields?.value as string[] | undefined) ?? [];
        // every flagged line is on the form, pre-filled with what OCR read, for the analyst to check
        for (const field of enteredByHand) expect(shown).toHaveProperty(field);
        const { companyName, taxId, fiscalYear, figures } = statements;
        await system.engine.completeTask(manualEntry.taskId, lifecycle.enterDocumentDataFormSchema.parse({ companyName, taxId, fiscalYear, ...figures }));
      }
      return scores.forApplication(application.applicationId);
    }, 300_000);
    const variables = await waitFor('the score in the case', async () => {
      const found = await system.history.variables(application.processInstanceId);
      return found.scoreFigureSet === undefined ? undefined : found;
    });
    return { stored, variables };
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
