/**
 * Closing a legal case (DOMAIN.md §5 "write off or recover; provisions follow"). After the
 * recovered amount is booked as a payment, what the ledger still shows is written off unless the
 * case ended RECOVERED (then a remainder stays open and monitored). The provision held for the
 * receivable covers the write-off first; what is left is released once the receivable is closed.
 */
export type LegalOutcome = 'RECOVERED' | 'SETTLED' | 'WRITTEN_OFF';

export interface LegalSettlement {
  writtenOffCents: number;
  provisionUsedCents: number;
  provisionReleasedCents: number;
  /** Whether the receivable leaves the ledger's open items (paid or written off). */
  receivableClosed: boolean;
}

export function settleLegalCase(input: { outcome: LegalOutcome; remainingCents: number; heldCents: number }): LegalSettlement {
  if (input.remainingCents < 0 || input.heldCents < 0) throw new RangeError('remaining balance and provision held are ≥ 0');
  const writtenOffCents = input.outcome === 'RECOVERED' ? 0 : input.remainingCents;
  const receivableClosed = input.remainingCents - writtenOffCents === 0;
  const provisionUsedCents = Math.min(input.heldCents, writtenOffCents);
  const provisionReleasedCents = receivableClosed ? input.heldCents - provisionUsedCents : 0;
  return { writtenOffCents, provisionUsedCents, provisionReleasedCents, receivableClosed };
}
