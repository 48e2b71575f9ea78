/**
 * Provisions follow the score (DOMAIN.md §3: rate from the provision-rate decision times the open
 * receivable); a downgrade tops up the difference, an upgrade releases it, a write-off uses it.
 */
export interface ProvisionChange {
  kind: 'TOP_UP' | 'RELEASE' | 'NONE';
  amountCents: number;
  targetCents: number;
}

export function provisionChange(openAmountCents: number, rate: number, heldCents: number): ProvisionChange {
  if (rate < 0 || rate > 1) throw new RangeError(`a provision rate is between 0 and 1, got ${rate}`);
  const targetCents = Math.round(openAmountCents * rate);
  const difference = targetCents - heldCents;
  if (difference > 0) return { kind: 'TOP_UP', amountCents: difference, targetCents };
  if (difference < 0) return { kind: 'RELEASE', amountCents: -difference, targetCents };
  return { kind: 'NONE', amountCents: 0, targetCents };
}
