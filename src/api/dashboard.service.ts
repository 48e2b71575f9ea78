import type { EngineClient } from '../engine/engine-client';
import { evaluatePolicyDecision } from '../engine/decision-evaluation';
import type { EngineHistoryReader } from '../engine/history/engine-history.reader';
import { maxTrendPoints, type DashboardQuery, type DashboardTrendQuery } from '../contracts/dashboard.contract';
import type { DashboardTrendRepository } from '../db/dashboard-trend.repository';
import { InputError } from '../domain/errors';
import { trendDays } from '../domain/receivable/trend-days';
import { creditLifecycleProcess } from '../contracts/credit-lifecycle.contract';
import type { DashboardFilter, DashboardRepository } from '../db/dashboard.repository';
import type { DashboardReceivablesService } from './dashboard-receivables.service';

const dayMs = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const rateTtlMs = 60_000;
const hourMs = 3_600_000;
/** A payment on the invoice within this many days of a dunning contact counts as that contact's success. */
export const collectionResponseDays = 14;
/** Who decides when the green channel approves with no human step (the green-channel model's output). */
const automatedDecider = 'GREEN_CHANNEL_AUTO';
const { elements: lifecycleElements } = creditLifecycleProcess;

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] as number;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** The measures managers steer by (DOMAIN.md §6), from receivables, applications, escalations and the engine's decisions. */
export class DashboardService {
  private readonly rates = new Map<number, { rate: number; version: number; at: number }>();

  constructor(private readonly deps: { dashboard: DashboardRepository; trend: DashboardTrendRepository; history: EngineHistoryReader; engine: EngineClient; receivables: DashboardReceivablesService }) {}

  /** Provision rate for a score from the latest provision-rate decision (policy as data), kept a minute. */
  private async provisionRate(score: number): Promise<{ rate: number; version: number }> {
    const cached = this.rates.get(score);
    if (cached && Date.now() - cached.at < rateTtlMs) return cached;
    const result = await evaluatePolicyDecision(this.deps.engine, 'provision-rate', { score });
    const entry = { rate: result.output.provisionRate, version: result.decisionVersion, at: Date.now() };
    this.rates.set(score, entry);
    return entry;
  }

  async figures(query: DashboardQuery, today = new Date()) {
    const filter = filterOf(query, today);
    const { dashboard, history } = this.deps;
    // the receivable table follows the ledger: new invoices and open ones are read again first
    const projection = await this.deps.receivables.refresh(isoDay(today));
    const [totals, byScore, byColour, top, applications, sla, escalations, decisions, creditDecisions, contacts] = await Promise.all([
      dashboard.receivableTotals(filter),
      dashboard.openAmountByScore(filter),
      dashboard.openAmountByColour(filter),
      dashboard.topCustomers(filter),
      dashboard.applicationsByStatus(filter),
      dashboard.slaByTier(filter),
      dashboard.escalationsByLevel(filter),
      history.decisionCounts(new Date(filter.from), new Date(filter.to)),
      history.creditDecisions(creditLifecycleProcess.processId, [lifecycleElements.greenChannel, lifecycleElements.tieredReview], new Date(filter.from), new Date(filter.to)),
      dashboard.collectionByChannel(filter, collectionResponseDays),
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
      receivableProjection: { projected: projection.projected, unrated: projection.unrated.length },
      receivables: totals,
      measures: {
        overdueRatio: share(overdue, totals.openAmount),
        dsoDays: share(totals.openAmount, totals.amount) * days,
        provisionTotal: provisions.reduce((sum, band) => sum + band.provision, 0),
        top5Share: share(topOpen, totals.openAmount),
      },
      provisions: { policy: 'provision-rate', policyVersion, bands: provisions.sort((a, b) => b.rate - a.rate) },
      colours: byColour.map((colour) => ({ ...colour, share: share(colour.openAmount, totals.openAmount) })),
      topCustomers: top.map((customer) => ({ ...customer, share: share(customer.openAmount, totals.openAmount) })),
      applications,
      slaByTier: sla.map((tier) => ({ ...tier, compliance: 1 - share(tier.breached, tier.assessed) })),
      escalationsByLevel: escalations,
      decisions,
      ...lifecycleMeasures(creditDecisions),
      collectionByChannel: {
        responseDays: collectionResponseDays,
        channels: contacts.map((channel) => ({ ...channel, successRate: share(channel.followedByPayment, channel.contacts) })),
      },
    };
  }

  /**
   * Aging, overdue ratio and DSO at the end of every month (or week) of the period, as the book stood
   * that day (invoices issued by then, settled ones no longer open); the DSO as the dashboard's own:
   * open / issued × the days of the period elapsed. The last point is `asOf`: the dashboard's own aging
   * and overdue ratio (and its DSO when the period ends on `asOf`, the default).
   */
  async trend(query: DashboardTrendQuery, today = new Date()) {
    const { interval, ...rest } = query;
    const filter = filterOf(rest, today);
    const days = trendDays(filter, interval);
    if (days.length > maxTrendPoints) {
      throw new InputError(`The trend would have ${days.length} points; at most ${maxTrendPoints}.`, [{ field: 'interval', message: `${days.length} ${interval}s in the period; choose a shorter period or interval=month` }]);
    }
    await this.deps.receivables.refresh(isoDay(today));
    const totals = await this.deps.trend.totalsOn(filter, days);
    return {
      filter, interval,
      points: totals.map((point) => {
        const overdueAmount = point.openAmount - point.aging.current;
        const elapsedDays = Math.round((Math.min(Date.parse(point.day) + dayMs, Date.parse(filter.to)) - Date.parse(filter.from)) / dayMs);
        return { ...point, overdueAmount, overdueRatio: share(overdueAmount, point.openAmount), dsoDays: share(point.openAmount, point.amount) * elapsedDays };
      }),
    };
  }
}

/** The period [from, to) (default: the year up to `asOf`), the day aging is measured on (default today), tier and colour. */
function filterOf(query: DashboardQuery, today: Date): DashboardFilter {
  const asOf = query.asOf ?? isoDay(today);
  return {
    asOf,
    to: query.to ?? isoDay(new Date(Date.parse(asOf) + dayMs)),
    from: query.from ?? isoDay(new Date(Date.parse(asOf) - 365 * dayMs)),
    tier: query.tier,
    colour: query.colour,
  };
}

/**
 * Approval cycle time (the case's start, when sales applied, to the credit decision, in the engine's
 * time) and the share of hand work (decisions taken by people rather than the green channel's automation).
 */
function lifecycleMeasures(decided: Array<{ startedAt: Date; decidedAt: Date; decidedBy: string | null }>) {
  const hours = decided.map((decision) => (decision.decidedAt.getTime() - decision.startedAt.getTime()) / hourMs).sort((a, b) => a - b);
  const automated = decided.filter((decision) => decision.decidedBy === automatedDecider).length;
  return {
    approvalCycle: {
      decided: decided.length,
      meanHours: hours.length ? round2(hours.reduce((sum, value) => sum + value, 0) / hours.length) : null,
      medianHours: hours.length ? round2(percentile(hours, 0.5)) : null,
      p90Hours: hours.length ? round2(percentile(hours, 0.9)) : null,
    },
    handWork: { decided: decided.length, automated, byPeople: decided.length - automated, share: share(decided.length - automated, decided.length) },
  };
}
