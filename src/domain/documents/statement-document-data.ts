import { documentDataSchema } from '../../contracts/credit-lifecycle.contract';
import type { Field } from './extracted-field';
import type { FinancialStatementFields } from './financial-statement-text.extractor';
import { manualEntryFor, type ManualEntryPolicy } from './manual-entry.rules';
import { normaliseTaxId } from '../customers/customer-identity';

type DocumentData = ReturnType<typeof documentDataSchema.parse>;
type FieldName = keyof FinancialStatementFields;

const fieldNames = Object.keys(documentDataSchema.shape) as FieldName[];

/** What the statements say, ready for scoring, or why a person has to enter it. */
export interface StatementReading {
  /** Every field the contract accepts as read (also the uncertain ones: the manual-entry form is pre-filled with them). */
  extractedDocumentData: Partial<DocumentData>;
  /** Fields to enter or check by hand: missing, below the threshold, unusable, or naming another company. */
  lowConfidenceFields: FieldName[];
  /** The lowest confidence of the fields (0 when one is missing). */
  confidence: number;
  /** Set only when nothing has to be checked by hand. */
  documentData: DocumentData | null;
}

/** Balance sheet and income statement may come as separate files: each field from the document that read it most confidently. */
export function mergeStatementFields(readings: FinancialStatementFields[]): FinancialStatementFields {
  const best = <K extends FieldName>(name: K): FinancialStatementFields[K] => {
    const found = readings.map((reading) => reading[name]).filter((field) => field.value !== null);
    const missing = { value: null, confidence: 0, source: readings[0]?.[name].source ?? 'text-layer' } as FinancialStatementFields[K];
    return found.reduce((a, b) => (b.confidence > a.confidence ? b : a), found[0] ?? missing);
  };
  return Object.fromEntries(fieldNames.map((name) => [name, best(name)])) as FinancialStatementFields;
}

/**
 * The lifecycle's document data from the statements' fields, by the manual-entry rule: any field
 * missing or under the threshold sends the case to manual entry. A value the contract refuses
 * (e.g. a misread tax id) is not pre-filled, and statements of another tax id are never scored
 * unchecked.
 */
export function readStatementDocumentData(fields: FinancialStatementFields, applicantTaxId: string, policy?: ManualEntryPolicy): StatementReading {
  const flagged = new Set<FieldName>(manualEntryFor('financial-statement', fields as Record<string, Field<unknown>>, policy).fields.map((entry) => entry.field as FieldName));
  const extracted: Partial<Record<FieldName, unknown>> = {};
  for (const name of fieldNames) {
    const { value } = fields[name];
    if (value === null) continue;
    const parsed = documentDataSchema.shape[name].safeParse(value);
    if (parsed.success) extracted[name] = parsed.data;
    else flagged.add(name);
  }
  if (extracted.taxId !== undefined && normaliseTaxId(String(extracted.taxId)) !== normaliseTaxId(applicantTaxId)) flagged.add('taxId');
  const lowConfidenceFields = fieldNames.filter((name) => flagged.has(name));
  const extractedDocumentData = extracted as Partial<DocumentData>;
  return {
    extractedDocumentData,
    lowConfidenceFields,
    confidence: Math.min(...fieldNames.map((name) => fields[name].confidence)),
    documentData: lowConfidenceFields.length === 0 ? documentDataSchema.parse(extractedDocumentData) : null,
  };
}
