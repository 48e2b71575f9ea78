import { z } from 'zod';

/** What the outside sources answer for one company (each adapter's answer is checked against these). */
const taxId = z.string().regex(/^[0-9A-Z]{8,20}$/);
const isoDate = z.string().date();

export const registryRecordSchema = z.object({
  taxId,
  name: z.string().min(1),
  status: z.enum(['ACTIVE', 'SUSPENDED', 'REVOKED', 'DEREGISTERED']),
  establishedOn: isoDate,
  registeredCapital: z.number().min(0),
  industryCode: z.string().min(1),
  legalRepresentative: z.string().min(1),
  parentTaxId: taxId.nullable(),
  shareholders: z.array(z.object({ name: z.string().min(1), taxId: taxId.nullable(), naturalPerson: z.boolean(), sharePercent: z.number().min(0).max(100) })),
  topSupplierSharePercent: z.number().min(0).max(100),
  topCustomerSharePercent: z.number().min(0).max(100),
  environmentalViolations: z.array(z.object({ date: isoDate, severity: z.enum(['minor', 'major']), summary: z.string() })),
});
export type RegistryRecord = z.infer<typeof registryRecordSchema>;

export const litigationRecordSchema = z.object({
  cases: z.array(z.object({ caseNumber: z.string(), role: z.enum(['defendant', 'plaintiff']), amount: z.number().min(0), status: z.enum(['open', 'closed']), filedOn: isoDate, subject: z.string() })),
});
export type LitigationRecord = z.infer<typeof litigationRecordSchema>;

export const newsRecordSchema = z.object({
  items: z.array(z.object({ date: isoDate, headline: z.string(), sentiment: z.enum(['negative', 'neutral', 'positive']) })),
});
export type NewsRecord = z.infer<typeof newsRecordSchema>;

export const bureauRecordSchema = z.object({
  financialStatements: z
    .object({ year: z.number().int(), revenue: z.number(), netProfit: z.number(), totalAssets: z.number().positive(), totalLiabilities: z.number().min(0), currentAssets: z.number().min(0), currentLiabilities: z.number().min(0) })
    .nullable(),
  overdueAccounts: z.number().int().min(0),
  guaranteesGiven: z.array(z.object({ beneficiaryTaxId: taxId, amount: z.number().positive() })),
  equityPledges: z.array(z.object({ pledgedSharePercent: z.number().min(0).max(100), pledgee: z.string() })),
  offBalanceSheetLiabilities: z.number().min(0),
});
export type BureauRecord = z.infer<typeof bureauRecordSchema>;

export const runCreditInvestigationInputSchema = z.object({
  applicationId: z.string().uuid(),
  taxId,
  companyName: z.string().min(1),
});

export const runCreditInvestigationOutputSchema = z.object({
  investigationReportId: z.string().uuid(),
  checklistPassed: z.boolean(),
  redFlagCount: z.number().int().min(0),
  warningCount: z.number().int().min(0),
  riskRadarFlags: z.array(z.string()),
  relatedEnterpriseTaxIds: z.array(taxId),
});
