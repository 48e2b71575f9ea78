/**
 * A customer's exposure facts from its receivable ledger (DOMAIN.md §3 payment behaviour, §4 early
 * warnings), as of a business day:
 * - openAmount: what the open receivables owe today (principal, late fee, costs);
 * - daysOverdue: the oldest open receivable's days past due;
 * - termElapsedRatio: the largest share of the credit term elapsed among open receivables;
 * - collectionRate: the share of the principal fallen due in the last `collectionWindowDays` that
 *   was paid by its due date (null when nothing fell due in that window) — the historical rate the
 *   score and the yellow warning use;
 * - turnoverDropRatio: the drop of the receivable turnover (invoiced principal over the average
 *   principal owed) in the last `turnoverWindowDays` against the window before, exactly to the
 *   basis point (see receivable-turnover.ts); written-off receivables are legal's, not turnover.
 */
import { balanceOf, type LedgerEvent } from '../dunning/receivable-ledger';
import { principalCentDays, turnoverDropRatio, type TurnoverWindow } from './receivable-turnover';

export interface LedgerReceivable {
  principalCents: number;
  issuedOn: string;
  dueDate: string | null;
  dailyLateFeeRate: number;
  status: 'OPEN' | 'PAID' | 'WRITTEN_OFF';
  events: LedgerEvent[];
}

export interface ExposureFacts {
  openAmountCents: number;
  daysOverdue: number;
  termElapsedRatio: number;
  collectionRate: number | null;
  turnoverDropRatio: number;
  /** The first invoice's date: the start of the cooperation as far as the ledger knows. */
  firstIssuedOn: string | null;
}

export const exposureWindows = { collectionWindowDays: 365, turnoverWindowDays: 90 };

const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function exposureOf(receivables: LedgerReceivable[], asOf: string, windows = exposureWindows): ExposureFacts {
  const today = dayNumber(asOf);
  let openAmountCents = 0;
  let daysOverdue = 0;
  let termElapsedRatio = 0;
  let fallenDueCents = 0;
  let collectedOnTimeCents = 0;
  const windowDays = windows.turnoverWindowDays;
  const now: TurnoverWindow = { invoicedCents: 0, balanceCentDays: 0 };
  const before: TurnoverWindow = { invoicedCents: 0, balanceCentDays: 0 };
  for (const receivable of receivables) {
    const terms = { principalCents: receivable.principalCents, dueDate: receivable.dueDate ?? receivable.issuedOn, dailyLateFeeRate: receivable.dailyLateFeeRate };
    const issued = dayNumber(receivable.issuedOn);
    if (receivable.status === 'OPEN') {
      const balance = balanceOf(terms, receivable.events, asOf);
      openAmountCents += balance.totalCents;
      daysOverdue = Math.max(daysOverdue, balance.daysOverdue);
      if (receivable.dueDate) {
        const term = dayNumber(receivable.dueDate) - issued;
        termElapsedRatio = Math.max(termElapsedRatio, term > 0 ? (today - issued) / term : today >= issued ? 1 : 0);
      }
    }
    if (receivable.dueDate && dayNumber(receivable.dueDate) < today && dayNumber(receivable.dueDate) >= today - windows.collectionWindowDays) {
      fallenDueCents += receivable.principalCents;
      collectedOnTimeCents += receivable.principalCents - balanceOf(terms, receivable.events, receivable.dueDate).principalCents;
    }
    if (receivable.status !== 'WRITTEN_OFF') {
      if (issued > today - windowDays && issued <= today) now.invoicedCents += receivable.principalCents;
      else if (issued > today - 2 * windowDays && issued <= today - windowDays) before.invoicedCents += receivable.principalCents;
      now.balanceCentDays += principalCentDays(terms, receivable.issuedOn, receivable.events, today - windowDays + 1, today);
      before.balanceCentDays += principalCentDays(terms, receivable.issuedOn, receivable.events, today - 2 * windowDays + 1, today - windowDays);
    }
  }
  const firstIssuedOn = receivables.map((receivable) => receivable.issuedOn).sort()[0] ?? null;
  return {
    openAmountCents,
    daysOverdue,
    termElapsedRatio: Math.max(0, termElapsedRatio),
    collectionRate: fallenDueCents > 0 ? clamp01(collectedOnTimeCents / fallenDueCents) : null,
    turnoverDropRatio: turnoverDropRatio(before, now),
    firstIssuedOn,
  };
}
