import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { projectRoot } from '../../../src/engine/local/engine-profile';
import { documentExtractionSchema } from '../../../src/contracts/documents.contract';
import { detectMediaType, spreadsheetMediaType } from '../../../src/domain/documents/document-kind';
import type { FinancialStatementFields } from '../../../src/domain/documents/financial-statement-text.extractor';
import { readStatementDocumentData } from '../../../src/domain/documents/statement-document-data';
import { applicationScoringInput } from '../../../src/domain/scoring/application-scoring-input';
import { fullStatementFigureNames } from '../../../src/domain/scoring/ratios-from-statements';
import { loadStatementModels, StatementModelSet } from '../../../src/scoring/statement-models.loader';
import { fullStatementPdf, fullStatementPng, fullStatementXlsx, headlineStatementPdf } from '../../fixtures/statements/statement-documents.fixture';
import { soundTradingStatements, strainedManufacturingStatements, type CompanyStatements } from '../../fixtures/statements/statement-figures.fixture';

const run = promisify(execFile);
const models = loadStatementModels();
const facts = { hasPaymentHistory: false, yearsOfCooperation: 0, collectionRate: 0, industryRisk: 'low' as const, checklistPassed: true, redFlagCount: 0 };

/** pdf.js and tesseract.js are ESM-only and jest runs CommonJS, so documents are read through the CLI, as the lifecycle's worker reads them. */
async function extract(content: Buffer, extension: string): Promise<FinancialStatementFields> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'statement-fixture-'));
  try {
    const file = path.join(dir, `statement${extension}`);
    await writeFile(file, content);
    const { stdout } = await run(process.execPath, [path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(projectRoot, 'src', 'documents', 'extract-document.cli.ts'), file, '--type', 'financial-statement'], { cwd: projectRoot, maxBuffer: 10_000_000 });
    const extraction = documentExtractionSchema.parse(JSON.parse(stdout));
    if (extraction.documentType !== 'financial-statement') throw new Error('a financial statement reading was expected');
    return extraction.fields as FinancialStatementFields;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const values = (fields: FinancialStatementFields) => Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field?.value ?? null]));
const expected = ({ companyName, taxId, fiscalYear, figures }: CompanyStatements) => ({ companyName, taxId, fiscalYear, ...figures });
const scoreOf = (documentData: Parameters<typeof applicationScoringInput>[0]['documentData']) => StatementModelSet.score(models.forFigures(documentData), applicationScoringInput({ ...facts, documentData }));

describe('statement documents built from figures, read back and scored', () => {
  it.each([
    ['a text PDF', fullStatementPdf, '.pdf'],
    ['an .xlsx export', fullStatementXlsx, '.xlsx'],
  ])('when full statements come as %s, then every line is read surely and the full-statement model scores them', async (_, build, extension) => {
    // given the statements of a sound and of a strained company
    for (const statements of [soundTradingStatements, strainedManufacturingStatements]) {
      // when they are read
      const fields = await extract(await build(statements), extension);
      // then every figure is read as printed, and nothing needs checking by hand
      expect(values(fields)).toEqual(expected(statements));
      const reading = readStatementDocumentData(fields, { taxId: statements.taxId });
      expect(reading.lowConfidenceFields).toEqual([]);
      expect(reading.documentData).toEqual(expected(statements));
      // and the case is scored by the full-statement model
      expect(scoreOf(reading.documentData!)).toMatchObject({ modelVersion: 'pd-model-full-statements-v1', figureSet: 'full-statements' });
    }
  }, 120_000);

  it('when the statements give only the four headline figures, then they are read and the headline model scores them', async () => {
    const fields = await extract(await headlineStatementPdf(soundTradingStatements), '.pdf');
    const reading = readStatementDocumentData(fields, { taxId: soundTradingStatements.taxId });
    const { revenue, netProfit, totalAssets, totalLiabilities, priorYearRevenue } = soundTradingStatements.figures;
    expect(reading.documentData).toEqual({ companyName: soundTradingStatements.companyName, taxId: soundTradingStatements.taxId, fiscalYear: 2025, revenue, netProfit, totalAssets, totalLiabilities, priorYearRevenue });
    expect(scoreOf(reading.documentData!)).toMatchObject({ modelVersion: 'pd-model-statements-v2', figureSet: 'headline' });
  }, 60_000);

  it('when the full statements come as a scanned image, then OCR reads every amount right, the unsure ones go to the analyst, and once confirmed the full-statement model scores them', async () => {
    // given the sound company's statements as a 300 dpi PNG
    const statements = soundTradingStatements;
    // when they are read by OCR
    const fields = await extract(await fullStatementPng(statements), '.png');
    // then no amount that was read is wrong
    for (const name of ['revenue', 'netProfit', 'totalAssets', 'totalLiabilities', ...fullStatementFigureNames] as const) {
      const read = fields[name]?.value;
      if (read !== null && read !== undefined) expect({ name, read }).toEqual({ name, read: statements.figures[name] });
    }
    // and what is missing or unsure is listed for the analyst, pre-filled with what was read
    const reading = readStatementDocumentData(fields, { taxId: statements.taxId });
    expect(reading.documentData).toBeNull();
    // when the analyst confirms the listed fields from the document
    const entered = Object.fromEntries(reading.lowConfidenceFields.map((name) => [name, expected(statements)[name]]));
    const documentData = { ...reading.extractedDocumentData, ...entered } as Parameters<typeof scoreOf>[0];
    // then the case has full statements and the full-statement model scores it
    expect(documentData).toEqual(expected(statements));
    expect(scoreOf(documentData)).toMatchObject({ modelVersion: 'pd-model-full-statements-v1', figureSet: 'full-statements' });
  }, 120_000);
});

describe('what an upload is', () => {
  it('when a workbook is uploaded, then its content says it is a spreadsheet, not an OFD document (both are zip files)', async () => {
    expect(detectMediaType(await fullStatementXlsx(soundTradingStatements))).toBe(spreadsheetMediaType);
    const ofd = new JSZip();
    ofd.file('OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>');
    expect(detectMediaType(await ofd.generateAsync({ type: 'nodebuffer' }))).toBe('application/ofd');
  });
});
