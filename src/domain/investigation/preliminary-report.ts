import type { BureauRecord, RegistryRecord } from '../../contracts/investigation.contract';

export interface PreliminaryReport {
  registeredName: string;
  registryStatus: RegistryRecord['status'] | 'NOT_FOUND';
  establishedOn: string | null;
  registeredCapital: number | null;
  sourcesChecked: string[];
  summary: string;
  collectedAt: string;
}

const amount = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });

function registrySentence(registry: RegistryRecord | undefined, taxId: string, givenName: string): string {
  if (!registry) return `No business registry record for tax id ${taxId}.`;
  const renamed = registry.name === givenName ? '' : ` (sales gave the name "${givenName}")`;
  return `Registered as ${registry.name}${renamed}, ${registry.status}, established ${registry.establishedOn}, registered capital ${amount(registry.registeredCapital)}, industry ${registry.industryCode}.`;
}

function bureauSentence(bureau: BureauRecord | undefined): string {
  if (!bureau) return 'No credit bureau report.';
  const statements = bureau.financialStatements;
  const figures = statements
    ? `${statements.year} statements: revenue ${amount(statements.revenue)}, net profit ${amount(statements.netProfit)}, liabilities/assets ${(statements.totalLiabilities / statements.totalAssets).toFixed(2)}`
    : 'no statements on file';
  return `Credit bureau: ${figures}; ${bureau.overdueAccounts} overdue account(s).`;
}

/**
 * Step 1's preliminary investigation (DOMAIN.md §1): what the business registry and the credit
 * bureau say about a prospect, for sales to confirm before the case goes on. A round asked for by
 * a mismatch note says so, so sales see their note was taken up.
 */
export function buildPreliminaryReport(input: {
  taxId: string;
  customerName: string;
  registry: RegistryRecord | undefined;
  bureau: BureauRecord | undefined;
  sources: string;
  mismatchNote?: string | null;
  collectedAt: Date;
}): PreliminaryReport {
  const { registry } = input;
  const summary = [
    input.mismatchNote ? `Collected again after sales' note: ${input.mismatchNote}` : null,
    registrySentence(registry, input.taxId, input.customerName),
    bureauSentence(input.bureau),
    `Sources: ${input.sources}.`,
  ].filter((sentence): sentence is string => sentence !== null);
  return {
    registeredName: registry?.name ?? input.customerName,
    registryStatus: registry?.status ?? 'NOT_FOUND',
    establishedOn: registry?.establishedOn ?? null,
    registeredCapital: registry?.registeredCapital ?? null,
    sourcesChecked: ['business-registry', 'credit-bureau'],
    summary: summary.join(' ').slice(0, 4000),
    collectedAt: input.collectedAt.toISOString(),
  };
}
