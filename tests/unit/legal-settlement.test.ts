import { settleLegalCase } from '../../src/domain/provisions/legal-settlement';

describe('closing a legal case: write-off and provisions', () => {
  it('when a settlement leaves 70,000 and 37,500 is held, then 70,000 is written off, the provision is used up and nothing is released', () => {
    expect(settleLegalCase({ outcome: 'SETTLED', remainingCents: 7_000_000, heldCents: 3_750_000 })).toEqual({ writtenOffCents: 7_000_000, provisionUsedCents: 3_750_000, provisionReleasedCents: 0, receivableClosed: true });
  });
  it('when the write-off is smaller than the provision, then the rest is released', () => {
    expect(settleLegalCase({ outcome: 'WRITTEN_OFF', remainingCents: 1_000_000, heldCents: 3_750_000 })).toEqual({ writtenOffCents: 1_000_000, provisionUsedCents: 1_000_000, provisionReleasedCents: 2_750_000, receivableClosed: true });
  });
  it('when the debt is recovered in full, then nothing is written off and the whole provision is released', () => {
    expect(settleLegalCase({ outcome: 'RECOVERED', remainingCents: 0, heldCents: 3_750_000 })).toEqual({ writtenOffCents: 0, provisionUsedCents: 0, provisionReleasedCents: 3_750_000, receivableClosed: true });
  });
  it('when RECOVERED leaves a remainder, then it stays open with its provision', () => {
    expect(settleLegalCase({ outcome: 'RECOVERED', remainingCents: 50_000, heldCents: 3_750_000 })).toEqual({ writtenOffCents: 0, provisionUsedCents: 0, provisionReleasedCents: 0, receivableClosed: false });
  });
  it('when an amount is negative, then it is refused', () => {
    expect(() => settleLegalCase({ outcome: 'SETTLED', remainingCents: -1, heldCents: 0 })).toThrow(RangeError);
  });
});
