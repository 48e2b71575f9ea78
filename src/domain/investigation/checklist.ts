import type { BureauRecord, LitigationRecord, NewsRecord, RegistryRecord } from '../../contracts/investigation.contract';
import { investigationPolicy, type InvestigationPolicy } from './investigation-policy';

export type ItemStatus = 'PASS' | 'WARN' | 'FAIL' | 'UNVERIFIED';
export interface ChecklistItem {
  item: string;
  category: 'basic' | 'industry';
  status: ItemStatus;
  finding: string;
}

export interface CompanyEvidence {
  registry?: RegistryRecord;
  litigation: LitigationRecord;
  news: NewsRecord;
  bureau?: BureauRecord;
}

const monthsBefore = (date: Date, months: number) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, date.getUTCDate()));
const item = (name: string, category: ChecklistItem['category'], status: ItemStatus, finding: string): ChecklistItem => ({ item: name, category, status, finding });

function registration(registry: RegistryRecord | undefined, asOf: Date, policy: InvestigationPolicy): ChecklistItem {
  if (!registry) return item('business-registration', 'basic', 'FAIL', 'not found in the business registry');
  if (registry.status !== 'ACTIVE') return item('business-registration', 'basic', 'FAIL', `registry status ${registry.status}`);
  const years = (asOf.getTime() - Date.parse(registry.establishedOn)) / (365.25 * 86_400_000);
  if (years < policy.youngCompanyYears) return item('business-registration', 'basic', 'WARN', `established ${registry.establishedOn}, under ${policy.youngCompanyYears} year`);
  return item('business-registration', 'basic', 'PASS', `active since ${registry.establishedOn}`);
}

function shareholding(registry: RegistryRecord | undefined, bureau: BureauRecord | undefined, policy: InvestigationPolicy): ChecklistItem {
  if (!registry) return item('shareholding-structure', 'basic', 'UNVERIFIED', 'no registry record');
  const pledged = Math.max(0, ...(bureau?.equityPledges ?? []).map((pledge) => pledge.pledgedSharePercent));
  if (pledged >= 50) return item('shareholding-structure', 'basic', 'WARN', `${pledged} % of the equity is pledged`);
  const dominant = registry.shareholders.find((holder) => holder.sharePercent >= policy.dominantShareholderPercent);
  if (dominant) return item('shareholding-structure', 'basic', 'WARN', `one shareholder holds ${dominant.sharePercent} %`);
  return item('shareholding-structure', 'basic', 'PASS', `${registry.shareholders.length} shareholders, none dominant`);
}

function financials(bureau: BureauRecord | undefined, policy: InvestigationPolicy): ChecklistItem {
  const statements = bureau?.financialStatements;
  if (!statements) return item('financial-statements', 'basic', 'UNVERIFIED', 'no financial statements available');
  const leverage = statements.totalLiabilities / statements.totalAssets;
  const currentRatio = statements.currentLiabilities > 0 ? statements.currentAssets / statements.currentLiabilities : Infinity;
  const facts = `${statements.year}: liabilities/assets ${leverage.toFixed(2)}, current ratio ${currentRatio.toFixed(2)}, net profit ${statements.netProfit}`;
  if (leverage > policy.highLeverageRatio || (statements.netProfit < 0 && currentRatio < 1)) return item('financial-statements', 'basic', 'FAIL', facts);
  if (statements.netProfit < 0 || currentRatio < 1) return item('financial-statements', 'basic', 'WARN', facts);
  return item('financial-statements', 'basic', 'PASS', facts);
}

function litigationRecord(litigation: LitigationRecord, registry: RegistryRecord | undefined, policy: InvestigationPolicy): ChecklistItem {
  const open = litigation.cases.filter((lawsuit) => lawsuit.role === 'defendant' && lawsuit.status === 'open');
  const amount = open.reduce((sum, lawsuit) => sum + lawsuit.amount, 0);
  const capitalShare = registry && registry.registeredCapital > 0 ? amount / registry.registeredCapital : 0;
  if (amount > policy.majorOpenLitigationAmount || capitalShare > policy.majorOpenLitigationShareOfCapital) {
    return item('litigation-record', 'basic', 'FAIL', `${open.length} open case(s) as defendant, ${amount} in dispute`);
  }
  if (open.length > 0) return item('litigation-record', 'basic', 'WARN', `${open.length} open case(s) as defendant, ${amount} in dispute`);
  return item('litigation-record', 'basic', 'PASS', `no open case as defendant (${litigation.cases.length} case(s) on record)`);
}

function publicSentiment(news: NewsRecord, asOf: Date, policy: InvestigationPolicy): ChecklistItem {
  const since = monthsBefore(asOf, policy.negativeNewsWindowMonths);
  const negative = news.items.filter((story) => story.sentiment === 'negative' && new Date(story.date) >= since);
  if (negative.length >= policy.negativeNewsFailCount) return item('public-sentiment', 'basic', 'FAIL', `${negative.length} negative reports in ${policy.negativeNewsWindowMonths} months`);
  if (negative.length > 0) return item('public-sentiment', 'basic', 'WARN', `negative report: ${negative[0]?.headline}`);
  return item('public-sentiment', 'basic', 'PASS', `${news.items.length} report(s), none negative`);
}

function concentration(registry: RegistryRecord | undefined, policy: InvestigationPolicy): ChecklistItem {
  if (!registry) return item('upstream-downstream-concentration', 'industry', 'UNVERIFIED', 'no registry record');
  const top = Math.max(registry.topSupplierSharePercent, registry.topCustomerSharePercent);
  const facts = `top supplier ${registry.topSupplierSharePercent} %, top customer ${registry.topCustomerSharePercent} %`;
  if (top >= policy.concentrationFailPercent) return item('upstream-downstream-concentration', 'industry', 'FAIL', facts);
  if (top >= policy.concentrationWarnPercent) return item('upstream-downstream-concentration', 'industry', 'WARN', facts);
  return item('upstream-downstream-concentration', 'industry', 'PASS', facts);
}

function environment(registry: RegistryRecord | undefined, asOf: Date, policy: InvestigationPolicy): ChecklistItem {
  if (!registry) return item('environmental-compliance', 'industry', 'UNVERIFIED', 'no registry record');
  const since = monthsBefore(asOf, policy.environmentalWindowMonths);
  const recent = registry.environmentalViolations.filter((violation) => new Date(violation.date) >= since);
  if (recent.some((violation) => violation.severity === 'major')) return item('environmental-compliance', 'industry', 'FAIL', `major violation: ${recent.find((violation) => violation.severity === 'major')?.summary}`);
  if (recent.length > 0) return item('environmental-compliance', 'industry', 'WARN', `${recent.length} minor violation(s)`);
  return item('environmental-compliance', 'industry', 'PASS', 'no violation on record');
}

function policySensitivity(registry: RegistryRecord | undefined, policy: InvestigationPolicy): ChecklistItem {
  if (!registry) return item('policy-sensitivity', 'industry', 'UNVERIFIED', 'no registry record');
  const sensitive = policy.sensitiveIndustryPrefixes.find((prefix) => registry.industryCode.startsWith(prefix));
  return sensitive
    ? item('policy-sensitivity', 'industry', 'WARN', `industry ${registry.industryCode} is policy-sensitive`)
    : item('policy-sensitivity', 'industry', 'PASS', `industry ${registry.industryCode}`);
}

/** DOMAIN.md §2: five basic items and three industry items, each with a status and the fact behind it. */
export function evaluateChecklist(evidence: CompanyEvidence, asOf: Date, policy: InvestigationPolicy = investigationPolicy): ChecklistItem[] {
  return [
    registration(evidence.registry, asOf, policy),
    shareholding(evidence.registry, evidence.bureau, policy),
    financials(evidence.bureau, policy),
    litigationRecord(evidence.litigation, evidence.registry, policy),
    publicSentiment(evidence.news, asOf, policy),
    concentration(evidence.registry, policy),
    environment(evidence.registry, asOf, policy),
    policySensitivity(evidence.registry, policy),
  ];
}
