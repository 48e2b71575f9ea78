import { z } from 'zod';
import { fullStatementLinesSchema } from './credit-lifecycle.contract';

/**
 * What the document reader hands to the processes: the fields read from an invoice, a
 * delivery note or a contract, each with a confidence (0..1) and where it came from, and
 * the fields a person has to enter or confirm because the machine was not sure enough.
 */
export const documentTypes = ['invoice', 'delivery-note', 'contract', 'financial-statement'] as const;
export const documentTypeSchema = z.enum(documentTypes);
export type DocumentType = z.infer<typeof documentTypeSchema>;

/** structured-xml: the document's own machine-readable data (OFD, Factur-X); inferred: computed from other fields. */
export const fieldSourceSchema = z.enum(['structured-xml', 'text-layer', 'ocr', 'inferred']);
export type FieldSource = z.infer<typeof fieldSourceSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date yyyy-mm-dd');
const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code');

function extractedField<T extends z.ZodType>(value: T) {
  return z.object({
    value: value.nullable(),
    confidence: z.number().min(0).max(1),
    source: fieldSourceSchema,
    /** why the value failed its check (format, check character, amounts that do not add up): it goes to manual entry */
    check: z.string().optional(),
  });
}

export const invoiceLineSchema = z.object({
  description: z.string(),
  quantity: z.number().nullable(),
  unitPrice: z.number().nullable(),
  amount: z.number().nullable(),
  taxRate: z.number().nullable(),
});
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;

export const invoiceKindSchema = z.enum(['invoice', 'credit-note', 'corrective']);

export const invoiceFieldsSchema = z.object({
  invoiceNumber: extractedField(z.string().min(1)),
  /** Chinese VAT invoices are identified by code and number together (发票代码 + 发票号码). */
  invoiceCode: extractedField(z.string().min(1)),
  /** 校验码 of a Chinese VAT invoice (20 digits; its last 6 verify an ordinary invoice): only on Chinese VAT invoices. */
  checkCode: extractedField(z.string().min(1)).optional(),
  invoiceKind: extractedField(invoiceKindSchema),
  issueDate: extractedField(isoDate),
  dueDate: extractedField(isoDate),
  sellerName: extractedField(z.string().min(1)),
  sellerTaxId: extractedField(z.string().min(1)),
  buyerName: extractedField(z.string().min(1)),
  buyerTaxId: extractedField(z.string().min(1)),
  netAmount: extractedField(z.number()),
  taxAmount: extractedField(z.number()),
  totalAmount: extractedField(z.number()),
  currency: extractedField(currencyCode),
  lines: extractedField(z.array(invoiceLineSchema)),
});
export type InvoiceFields = z.infer<typeof invoiceFieldsSchema>;

export const deliveryNoteFieldsSchema = z.object({
  deliveryNoteNumber: extractedField(z.string().min(1)),
  orderReference: extractedField(z.string().min(1)),
  deliveryDate: extractedField(isoDate),
  supplierName: extractedField(z.string().min(1)),
  receiverName: extractedField(z.string().min(1)),
  signedBy: extractedField(z.string().min(1)),
  signatureDate: extractedField(isoDate),
});
export type DeliveryNoteFields = z.infer<typeof deliveryNoteFieldsSchema>;

export const contractFieldsSchema = z.object({
  contractNumber: extractedField(z.string().min(1)),
  sellerName: extractedField(z.string().min(1)),
  sellerTaxId: extractedField(z.string().min(1)),
  buyerName: extractedField(z.string().min(1)),
  buyerTaxId: extractedField(z.string().min(1)),
  amount: extractedField(z.number()),
  currency: extractedField(currencyCode),
  paymentTermDays: extractedField(z.number().int().nonnegative()),
  signingDate: extractedField(isoDate),
  startDate: extractedField(isoDate),
  endDate: extractedField(isoDate),
});
export type ContractFields = z.infer<typeof contractFieldsSchema>;

const statementLine = extractedField(z.number()).optional();

/** The figures of a balance sheet and income statement (the lifecycle's document data): the headline ones, and the lines of full statements where they were printed. */
export const financialStatementFieldsSchema = z.object({
  companyName: extractedField(z.string().min(1)),
  taxId: extractedField(z.string().min(1)),
  fiscalYear: extractedField(z.number().int()),
  revenue: extractedField(z.number()),
  netProfit: extractedField(z.number()),
  totalAssets: extractedField(z.number()),
  totalLiabilities: extractedField(z.number()),
  ...(Object.fromEntries(Object.keys(fullStatementLinesSchema.shape).map((name) => [name, statementLine])) as Record<keyof typeof fullStatementLinesSchema.shape, typeof statementLine>),
});

/** A field the machine could not read with enough confidence: the manual data-entry form is pre-filled with it. */
export const manualEntryFieldSchema = z.object({
  field: z.string(),
  value: z.unknown(),
  confidence: z.number().min(0).max(1),
  reason: z.enum(['missing', 'low-confidence', 'failed-check']),
  /** what the check found, for a failed check */
  detail: z.string().optional(),
});
export const manualEntrySchema = z.object({
  required: z.boolean(),
  threshold: z.number().min(0).max(1),
  fields: z.array(manualEntryFieldSchema),
});
export type ManualEntry = z.infer<typeof manualEntrySchema>;

const extractionMeta = {
  pages: z.number().int().nonnegative(),
  /** How the text was obtained, e.g. ['text-layer'] or ['text-layer', 'ocr'] for a page whose text layer was unusable. */
  textSources: z.array(fieldSourceSchema),
  needsManualEntry: manualEntrySchema,
};

export const documentExtractionSchema = z.discriminatedUnion('documentType', [
  z.object({ documentType: z.literal('invoice'), fields: invoiceFieldsSchema, ...extractionMeta }),
  z.object({ documentType: z.literal('delivery-note'), fields: deliveryNoteFieldsSchema, ...extractionMeta }),
  z.object({ documentType: z.literal('contract'), fields: contractFieldsSchema, ...extractionMeta }),
  z.object({ documentType: z.literal('financial-statement'), fields: financialStatementFieldsSchema, ...extractionMeta }),
]);
export type DocumentExtraction = z.infer<typeof documentExtractionSchema>;

/** BPMN error the OCR worker throws when a person has to complete the data (caught by the process). */
export const documentErrorCodes = { manualEntryRequired: 'DOCUMENT_MANUAL_ENTRY_REQUIRED' } as const;
