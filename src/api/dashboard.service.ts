import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import { evaluatePolicyDecision } from '../camunda/decision-evaluation';
import type { InstanceHistoryRepository } from '../camunda/history/instance-history.repository';
import type { DashboardQuery } from '../contracts/dashboard.contract';
import type { DashboardFilter, DashboardRepository } from '../db/dashboard.repository';

const dayMs = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const rateTtlMs = 60_000;

/** The measures managers steer by (DOMAIN.md §6), from receivables, applications, escalations and the engine's decisions. */
export class DashboardService {
  private readonly rates = new Map<number, { rate: number; version: number; at: number }>();

  constructor(private readonly deps: { dashboard: DashboardRepository; history: InstanceHistoryRepository; zeebe: ZeebeGrpcClient }) {}

  /** Provision rate for a score from the latest provision-rate decision (policy as data), kept a minute. */
  private async provisionRate(score: number): Promise<{ rate: number; version: number }> {
    const cached = this.rates.get(score);
    if (cached && Date.now() - cached.at < rateTtlMs) return cached;
    const result = await evaluatePolicyDecision(this.deps.zeebe, 'provision-rate', { score });
    const entry = { rate: result.output.provisionRate, version: result.decisionVersion, at: Date.now() };
    this.rates.set(score, entry);
    return entry;
  }

  async figures(query: DashboardQuery, today = new Date()) {
    const asOf = query.asOf ?? isoDay(today);
    const filter: DashboardFilter = {
      asOf,
      to: query.to ?? isoDay(new Date(Date.parse(asOf) + dayMs)),
      from: query.from ?? isoDay(new Date(Date.parse(asOf) - 365 * dayMs)),
      tier: query.tier,
      colour: query.colour,
    };
    const { dashboard, history } = this.deps;
    const [totals, byScore, top, applications, sla, escalations, decisions] = await Promise.all([
      dashboard.receivableTotals(filter),
      dashboard.openAmountByScore(filter),
      dashboard.topCustomers(filter),
      dashboard.applicationsByStatus(filter),
      dashboard.slaByTier(filter),
      dashboard.escalationsByLevel(filter),
      history.decisionCounts(new Date(filter.from), new Date(filter.to)),
    ]);
    const bands = new Map<number, { rate: number; openAmount: number; provision: number; scores: number[] }>();
    let policyVersion = 0;
    for (const { score, openAmount } of byScore) {
      const { rate, version } = await this.provisionRate(score);
      policyVersion = Math.max(policyVersion, version);
      const band = bands.get(rate) ?? { rate, openAmount: 0, provision: 0, scores: [] };
      band.openAmount += openAmount;
      band.provision += openAmount * rate;
      band.scores.push(score);
      bands.set(rate, band);
    }
    const provisions = [...bands.values()].map(({ scores, ...band }) => ({ ...band, scoreRange: [Math.min(...scores), Math.max(...scores)] as [number, number] }));
    const days = Math.max(1, Math.round((Date.parse(filter.to) - Date.parse(filter.from)) / dayMs));
    const overdue = totals.openAmount - totals.aging.current;
    const topOpen = top.reduce((sum, customer) => sum + customer.openAmount, 0);
    return {
      filter,
      receivables: totals,
      measures: {
        overdueRatio: share(overdue, totals.openAmount),
        dsoDays: share(totals.openAmount, totals.amount) * days,
        provisionTotal: provisions.reduce((sum, band) => sum + band.provision, 0),
        top5Share: share(topOpen, totals.openAmount),
      },
      provisions: { policy: 'provision-rate', policyVersion, bands: provisions.sort((a, b) => b.rate - a.rate) },
      topCustomers: top.map((customer) => ({ ...customer, share: share(customer.openAmount, totals.openAmount) })),
      applications,
      slaByTier: sla.map((tier) => ({ ...tier, compliance: 1 - share(tier.breached, tier.assessed) })),
      escalationsByLevel: escalations,
      decisions,
    };
  }
}
