/**
 * A receivable's running balance (DOMAIN.md §5): the late fee accrues per day at the contract's
 * rate on the overdue principal only; a payment settles costs first, then the accrued fee, then
 * principal, and the fee after it accrues on what principal is left. Amounts are whole cents.
 */
export interface ReceivableTerms {
  principalCents: number;
  dueDate: string; // YYYY-MM-DD: the last day without a fee
  dailyLateFeeRate: number; // e.g. 0.0005 = 0.05 % a day
}

export type LedgerEvent =
  | { kind: 'payment'; date: string; amountCents: number; reference: string }
  | { kind: 'cost'; date: string; amountCents: number; reference: string }; // e.g. a dunning letter's fee

export interface LedgerLine {
  date: string;
  event: LedgerEvent['kind'] | 'accrual';
  reference: string;
  feeAccruedCents: number;
  appliedToCosts: number;
  appliedToFee: number;
  appliedToPrincipal: number;
  principalCents: number;
  feeCents: number;
  costsCents: number;
}

export interface LedgerBalance {
  asOf: string;
  principalCents: number;
  feeCents: number;
  costsCents: number;
  totalCents: number;
  overpaidCents: number;
  daysOverdue: number;
  lines: LedgerLine[];
}

const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);

export function balanceOf(terms: ReceivableTerms, events: LedgerEvent[], asOf: string): LedgerBalance {
  if (!Number.isInteger(terms.principalCents) || terms.principalCents < 0) throw new RangeError('principal must be whole cents ≥ 0');
  const due = dayNumber(terms.dueDate);
  let principal = terms.principalCents;
  let fee = 0;
  let costs = 0;
  let overpaid = 0;
  let accruedUntil = due; // fee counted up to and including this day
  const lines: LedgerLine[] = [];

  const accrueTo = (day: number) => {
    if (day <= accruedUntil) return 0;
    const accrued = Math.round(principal * terms.dailyLateFeeRate * (day - accruedUntil));
    fee += accrued;
    accruedUntil = day;
    return accrued;
  };

  const ordered = [...events].sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  for (const event of ordered) {
    if (dayNumber(event.date) > dayNumber(asOf)) break;
    if (!Number.isInteger(event.amountCents) || event.amountCents <= 0) throw new RangeError(`${event.kind} ${event.reference}: amount must be whole cents > 0`);
    // a payment on a day settles that day's balance including the fee accrued up to the previous day
    const feeAccruedCents = accrueTo(dayNumber(event.date) - 1);
    let applied = { costs: 0, fee: 0, principal: 0 };
    if (event.kind === 'cost') {
      costs += event.amountCents;
    } else {
      let rest = event.amountCents;
      applied = { costs: Math.min(rest, costs), fee: 0, principal: 0 };
      rest -= applied.costs;
      applied.fee = Math.min(rest, fee);
      rest -= applied.fee;
      applied.principal = Math.min(rest, principal);
      rest -= applied.principal;
      costs -= applied.costs;
      fee -= applied.fee;
      principal -= applied.principal;
      overpaid += rest;
    }
    lines.push({
      date: event.date, event: event.kind, reference: event.reference, feeAccruedCents,
      appliedToCosts: applied.costs, appliedToFee: applied.fee, appliedToPrincipal: applied.principal,
      principalCents: principal, feeCents: fee, costsCents: costs,
    });
  }
  const feeAccruedCents = accrueTo(dayNumber(asOf));
  if (feeAccruedCents > 0) {
    lines.push({ date: asOf, event: 'accrual', reference: 'late fee to date', feeAccruedCents, appliedToCosts: 0, appliedToFee: 0, appliedToPrincipal: 0, principalCents: principal, feeCents: fee, costsCents: costs });
  }
  const settled = principal === 0 && fee === 0 && costs === 0;
  return {
    asOf,
    principalCents: principal,
    feeCents: fee,
    costsCents: costs,
    totalCents: principal + fee + costs,
    overpaidCents: overpaid,
    daysOverdue: settled ? 0 : Math.max(0, dayNumber(asOf) - due),
    lines,
  };
}
