import { maskPersonName } from '../privacy/masking';
import { evaluateChecklist, type ChecklistItem, type CompanyEvidence } from './checklist';
import { investigationPolicy } from './investigation-policy';
import { relatedEnterprises, riskRadar, type RelatedEnterprise, type RiskRadarFlag } from './risk-radar';
import type { RegistryRecord } from '../../contracts/investigation.contract';

export interface HealthCheckReport {
  taxId: string;
  companyName: string;
  generatedAt: string;
  policyVersion: string;
  sources: string;
  checklist: ChecklistItem[];
  riskRadar: RiskRadarFlag[];
  relatedEnterprises: RelatedEnterprise[];
  /** Natural persons appear masked: the report is shared beyond the credit department. */
  legalRepresentative: string | null;
  shareholders: Array<{ name: string; sharePercent: number; naturalPerson: boolean }>;
  summary: { checklistPassed: boolean; redFlagCount: number; warningCount: number };
}

/** The risk health-check report (DOMAIN.md §2) from what the sources said about the company. */
export function buildHealthCheckReport(input: {
  taxId: string;
  companyName: string;
  evidence: CompanyEvidence;
  linked: RegistryRecord[];
  asOf: Date;
  sources: string;
}): HealthCheckReport {
  const checklist = evaluateChecklist(input.evidence, input.asOf);
  const related = input.evidence.registry ? relatedEnterprises(input.evidence.registry, input.linked) : [];
  const radar = riskRadar(input.evidence.bureau, related);
  const registry = input.evidence.registry;
  return {
    taxId: input.taxId,
    companyName: registry?.name ?? input.companyName,
    generatedAt: input.asOf.toISOString(),
    policyVersion: investigationPolicy.version,
    sources: input.sources,
    checklist,
    riskRadar: radar,
    relatedEnterprises: related,
    legalRepresentative: registry ? maskPersonName(registry.legalRepresentative) : null,
    shareholders: (registry?.shareholders ?? []).map((holder) => ({
      name: holder.naturalPerson ? maskPersonName(holder.name) : holder.name,
      sharePercent: holder.sharePercent,
      naturalPerson: holder.naturalPerson,
    })),
    summary: {
      checklistPassed: !checklist.some((entry) => entry.status === 'FAIL' || entry.status === 'UNVERIFIED'),
      redFlagCount: checklist.filter((entry) => entry.status === 'FAIL').length + radar.length,
      warningCount: checklist.filter((entry) => entry.status === 'WARN').length,
    },
  };
}
