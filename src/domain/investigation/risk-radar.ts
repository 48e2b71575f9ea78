import type { BureauRecord, RegistryRecord } from '../../contracts/investigation.contract';
import { investigationPolicy, type InvestigationPolicy } from './investigation-policy';

export type RiskRadarFlagType = 'RELATED_PARTY_GUARANTEE' | 'HIDDEN_LIABILITY' | 'EQUITY_PLEDGE';
export interface RiskRadarFlag {
  type: RiskRadarFlagType;
  detail: string;
}

export interface RelatedEnterprise {
  taxId: string;
  name: string;
  relation: 'parent' | 'subsidiary' | 'corporate shareholder' | 'shared shareholder';
}

/** How each linked company relates to the subject (DOMAIN.md §4: the group that is frozen together). */
export function relatedEnterprises(subject: RegistryRecord, linked: RegistryRecord[]): RelatedEnterprise[] {
  return linked.map((other) => {
    let relation: RelatedEnterprise['relation'] = 'shared shareholder';
    if (subject.parentTaxId === other.taxId) relation = 'parent';
    else if (other.parentTaxId === subject.taxId || other.shareholders.some((holder) => holder.taxId === subject.taxId)) relation = 'subsidiary';
    else if (subject.shareholders.some((holder) => holder.taxId === other.taxId)) relation = 'corporate shareholder';
    return { taxId: other.taxId, name: other.name, relation };
  });
}

/** DOMAIN.md §2 risk radar: related-party guarantees, hidden liabilities, equity pledges. */
export function riskRadar(bureau: BureauRecord | undefined, related: RelatedEnterprise[], policy: InvestigationPolicy = investigationPolicy): RiskRadarFlag[] {
  if (!bureau) return [];
  const flags: RiskRadarFlag[] = [];
  const relatedIds = new Set(related.map((enterprise) => enterprise.taxId));
  for (const guarantee of bureau.guaranteesGiven.filter((candidate) => relatedIds.has(candidate.beneficiaryTaxId))) {
    flags.push({ type: 'RELATED_PARTY_GUARANTEE', detail: `guarantee of ${guarantee.amount} for related enterprise ${guarantee.beneficiaryTaxId}` });
  }
  const liabilities = bureau.financialStatements?.totalLiabilities ?? 0;
  if (bureau.offBalanceSheetLiabilities > 0 && (liabilities === 0 || bureau.offBalanceSheetLiabilities / liabilities >= policy.hiddenLiabilityShareOfLiabilities)) {
    flags.push({ type: 'HIDDEN_LIABILITY', detail: `${bureau.offBalanceSheetLiabilities} off the balance sheet` });
  }
  if (bureau.overdueAccounts > 0) flags.push({ type: 'HIDDEN_LIABILITY', detail: `${bureau.overdueAccounts} overdue account(s) at the credit bureau` });
  for (const pledge of bureau.equityPledges.filter((candidate) => candidate.pledgedSharePercent >= policy.pledgeFlagPercent)) {
    flags.push({ type: 'EQUITY_PLEDGE', detail: `${pledge.pledgedSharePercent} % pledged to ${pledge.pledgee}` });
  }
  return flags;
}
