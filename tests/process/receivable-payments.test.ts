import { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { ReceivableService } from '../../src/dunning/receivable.service';
import { uniqueTaxId } from '../support/credit-records.seed';
import { startTestSystem } from '../support/test-system';

describe('receivable payments booked once per reference', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  it('when a partial payment is delivered twice and the rest follows, then it is booked once, the fee is settled first and the receivable ends paid', async () => {
    const receivables = new ReceivableLedgerRepository(system.db);
    const service = new ReceivableService(receivables);
    const id = `INV-PAY-${Date.now()}`;
    await receivables.openOnce({ id, applicationId: 'a', customerTaxId: uniqueTaxId(Date.now().toString(36).toUpperCase()), currency: 'CNY', principalCents: 1_000_000, issuedOn: '2026-01-01', dueDate: '2026-01-31', dailyLateFeeRate: 0.0005 });

    const partial = { receivableId: id, paymentReference: 'BANK-1', amountCents: 420_000, paidOn: '2026-03-12' };
    const first = await service.applyPayment(partial);
    const repeat = await service.applyPayment(partial);
    expect(first).toMatchObject({ newlyBooked: true, amountAppliedCents: 420_000, paidInFull: false });
    expect(repeat).toMatchObject({ newlyBooked: false, amountAppliedCents: 420_000, paidInFull: false });
    expect(repeat.balance.totalCents).toBe(first.balance.totalCents);
    // 39 days of fee on 10,000.00 = 195.00 settled first; principal left 10,000 − (4,200 − 195) = 5,995.00,
    // and the payment day's own fee runs on that: 5,995.00 × 0.05 % = 3.00
    expect(first.balance).toMatchObject({ principalCents: 599_500, feeCents: 300 });

    const rest = await service.applyPayment({ receivableId: id, paymentReference: 'BANK-2', amountCents: 599_500, paidOn: '2026-03-12' });
    expect(rest).toMatchObject({ paidInFull: true, amountAppliedCents: 599_500 });
    expect((await receivables.find(id))?.status).toBe('PAID');
    expect(await receivables.events(id)).toHaveLength(2);
  });
});
