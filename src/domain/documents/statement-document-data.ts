import { documentDataSchema } from '../../contracts/credit-lifecycle.contract';
import type { Field } from './extracted-field';
import type { FinancialStatementFields } from './financial-statement-text.extractor';
import { defaultManualEntryPolicy, manualEntryFor, type ManualEntryPolicy } from './manual-entry.rules';
import { normaliseCompanyName, normaliseTaxId } from '../customers/customer-identity';
import { fullStatementFigureNames } from '../scoring/ratios-from-statements';
import { fullStatementModelFigures } from '../scoring/statement-models';

type DocumentData = ReturnType<typeof documentDataSchema.parse>;
type FieldName = keyof FinancialStatementFields;

/** The fields every case needs (the headline figures and who and when they are of). */
export const headlineDocumentFields = ['companyName', 'taxId', 'fiscalYear', 'revenue', 'netProfit', 'totalAssets', 'totalLiabilities'] as const satisfies readonly FieldName[];
const allFieldNames: FieldName[] = [...headlineDocumentFields, ...fullStatementFigureNames];

/**
 * Statements of which this many of the full-statement model's lines were read are full statements:
 * the lines still missing or unsure are asked of the analyst, so the case gets the strong model. A
 * summary that shows a few lines besides the headline figures stays a headline statement.
 */
export const fullStatementMinimumLines = 10;

/** What the statements say, ready for scoring, or why a person has to enter it. */
export interface StatementReading {
  /** Every field the contract accepts as read (also the uncertain ones: the manual-entry form is pre-filled with them). */
  extractedDocumentData: Partial<DocumentData>;
  /** Fields to enter or check by hand: missing, below the threshold, unusable, or naming another company. */
  lowConfidenceFields: FieldName[];
  /** The lowest confidence of the fields that count (0 when one is missing). */
  confidence: number;
  /** Set only when nothing has to be checked by hand. */
  documentData: DocumentData | null;
}

const isRead = (field: Field<unknown> | undefined): field is Field<unknown> => field !== undefined && field.value !== null;

/** Balance sheet and income statement may come as separate files: each field from the document that read it most confidently. */
export function mergeStatementFields(readings: FinancialStatementFields[]): FinancialStatementFields {
  const merged: Partial<Record<FieldName, Field<unknown>>> = {};
  for (const name of allFieldNames) {
    const found = readings.map((reading) => reading[name] as Field<unknown> | undefined).filter(isRead);
    const best = found.reduce<Field<unknown> | undefined>((a, b) => (a && a.confidence >= b.confidence ? a : b), undefined);
    if (best) merged[name] = best;
    else if ((headlineDocumentFields as readonly string[]).includes(name)) merged[name] = { value: null, confidence: 0, source: readings[0]?.[name]?.source ?? 'text-layer' };
  }
  return merged as FinancialStatementFields;
}

/** The fields that count for this reading: the headline ones, and the statement lines when the statements are full ones. */
function fieldsThatCount(fields: FinancialStatementFields, threshold: number): { names: FieldName[]; full: boolean } {
  const full = fullStatementModelFigures.filter((name) => isRead(fields[name])).length >= fullStatementMinimumLines;
  const lines = full
    ? fullStatementFigureNames.filter((name) => isRead(fields[name]) || fullStatementModelFigures.includes(name))
    : fullStatementFigureNames.filter((name) => isRead(fields[name]) && (fields[name] as Field<unknown>).confidence >= threshold);
  return { names: [...headlineDocumentFields, ...lines], full };
}

/**
 * The lifecycle's document data from the statements' fields, by the manual-entry rule: a headline
 * field missing or under the threshold sends the case to manual entry, and so does a line of full
 * statements the strong model needs. A value the contract refuses (e.g. a misread tax id) is not
 * pre-filled, and statements of another tax id, or naming another company than the applicant as
 * registered (a misread character of a name is read as surely as the rest), are never scored unchecked.
 */
export function readStatementDocumentData(fields: FinancialStatementFields, applicant: { taxId: string; companyName?: string }, policy: ManualEntryPolicy = defaultManualEntryPolicy): StatementReading {
  const { names, full } = fieldsThatCount(fields, policy.threshold);
  const counted = Object.fromEntries(names.map((name) => [name, fields[name] ?? { value: null, confidence: 0, source: 'text-layer' }])) as Record<string, Field<unknown>>;
  const required = { ...policy.required, 'financial-statement': [...(policy.required['financial-statement'] ?? []), ...(full ? fullStatementModelFigures : [])] };
  const flagged = new Set<FieldName>(manualEntryFor('financial-statement', counted, { ...policy, required }).fields.map((entry) => entry.field as FieldName));
  const extracted: Partial<Record<FieldName, unknown>> = {};
  for (const name of names) {
    const { value } = counted[name] as Field<unknown>;
    if (value === null) continue;
    const parsed = documentDataSchema.shape[name].safeParse(value);
    if (parsed.success) extracted[name] = parsed.data;
    else flagged.add(name);
  }
  if (extracted.taxId !== undefined && normaliseTaxId(String(extracted.taxId)) !== normaliseTaxId(applicant.taxId)) flagged.add('taxId');
  if (extracted.companyName !== undefined && applicant.companyName !== undefined && normaliseCompanyName(String(extracted.companyName)) !== normaliseCompanyName(applicant.companyName)) flagged.add('companyName');
  const lowConfidenceFields = names.filter((name) => flagged.has(name));
  const extractedDocumentData = extracted as Partial<DocumentData>;
  return {
    extractedDocumentData,
    lowConfidenceFields,
    confidence: Math.min(...names.map((name) => (counted[name] as Field<unknown>).confidence)),
    documentData: lowConfidenceFields.length === 0 ? documentDataSchema.parse(extractedDocumentData) : null,
  };
}
