import { provisionChange } from '../../src/domain/provisions/provision-change';

describe('provision changes follow the rate', () => {
  it('when a customer is downgraded from green (3 %) to red (15 %), then the difference is topped up', () => {
    expect(provisionChange(1_000_000, 0.15, 30_000)).toEqual({ kind: 'TOP_UP', amountCents: 120_000, targetCents: 150_000 });
  });
  it('when the rate falls or the receivable shrinks, then the excess is released', () => {
    expect(provisionChange(400_000, 0.08, 150_000)).toEqual({ kind: 'RELEASE', amountCents: 118_000, targetCents: 32_000 });
  });
  it('when nothing changed, then nothing is booked; a rate outside 0..1 is refused', () => {
    expect(provisionChange(1_000_000, 0.03, 30_000).kind).toBe('NONE');
    expect(() => provisionChange(1, 1.5, 0)).toThrow(RangeError);
  });
});
