import type { Knex } from 'knex';
import { LegalCaseRepository, type LegalCase, type LegalCaseOutcome } from '../db/legal-case.repository';
import { ProvisionRepository } from '../db/provision.repository';
import { ReceivableLedgerRepository } from '../db/receivable-ledger.repository';
import { balanceOf } from '../domain/dunning/receivable-ledger';
import { settleLegalCase, type LegalOutcome } from '../domain/provisions/legal-settlement';
import { ReceivableService } from '../dunning/receivable.service';
import type { EvidencePackService } from './evidence-pack.service';

const toCents = (amount: number) => Math.round(amount * 100);

/**
 * A receivable's legal case: opened with its evidence pack, closed once with the outcome — the
 * recovery booked in the receivable ledger, the rest written off, the provision used and released.
 */
export class LegalCaseService {
  constructor(private readonly deps: { db: Knex; evidencePacks: EvidencePackService }) {}

  /** Builds the evidence pack (once per receivable) and opens the case for it. */
  async open(input: { receivableId: string; customerId: string; businessDay: string }): Promise<{ legalCase: LegalCase; evidenceFiles: string[] }> {
    const ledger = new ReceivableLedgerRepository(this.deps.db);
    const receivable = await ledger.find(input.receivableId);
    if (!receivable) throw new Error(`No receivable ${input.receivableId} in the ledger: the evidence pack needs its statement of account.`);
    const statement = balanceOf(ledger.termsOf(receivable), await ledger.events(receivable.id), input.businessDay);
    const pack = await this.deps.evidencePacks.build({ applicationId: receivable.applicationId, receivableId: receivable.id, statement, builtOn: input.businessDay });
    const legalCase = await new LegalCaseRepository(this.deps.db).openOnce({ receivableId: receivable.id, customerId: input.customerId, applicationId: receivable.applicationId, evidencePackId: pack.id });
    return { legalCase, evidenceFiles: pack.contents.map((item) => item.file) };
  }

  /** Closes the case once; a second delivery gets the first closing back. */
  async close(input: { receivableId: string; outcome: LegalOutcome; recoveredAmount: number; businessDay: string; closedAt: Date }): Promise<LegalCaseOutcome> {
    return this.deps.db.transaction(async (trx) => {
      const cases = new LegalCaseRepository(trx);
      const legalCase = await cases.findForUpdate(input.receivableId);
      if (!legalCase) throw new Error(`No legal case is open for receivable ${input.receivableId}.`);
      if (legalCase.closing) return legalCase.closing;

      const ledger = new ReceivableLedgerRepository(trx);
      const receivables = new ReceivableService(ledger);
      const recoveredCents = toCents(input.recoveredAmount);
      if (recoveredCents > 0) {
        await receivables.applyPayment({ receivableId: input.receivableId, paymentReference: `legal-recovery:${input.receivableId}`, amountCents: recoveredCents, paidOn: input.businessDay });
      }
      const remainingCents = (await receivables.balance(input.receivableId, input.businessDay)).totalCents;
      const provisions = new ProvisionRepository(trx);
      const settlement = settleLegalCase({ outcome: input.outcome, remainingCents, heldCents: await provisions.heldFor(input.receivableId) });
      if (settlement.writtenOffCents > 0) await ledger.setStatus(input.receivableId, 'WRITTEN_OFF');
      const book = (kind: 'WRITE_OFF' | 'RELEASE', amountCents: number, reason: string) =>
        amountCents > 0 ? provisions.bookOnce({ receivableId: input.receivableId, businessKey: `legal-case:${input.receivableId}:${kind}`, kind, amountCents, rate: null, reason }) : Promise.resolve(false);
      await book('WRITE_OFF', settlement.provisionUsedCents, `legal case ${input.outcome}: provision used for the write-off`);
      await book('RELEASE', settlement.provisionReleasedCents, `legal case ${input.outcome}: receivable closed, provision released`);
      const closing: LegalCaseOutcome = {
        outcome: input.outcome,
        recoveredCents,
        writtenOffCents: settlement.writtenOffCents,
        provisionUsedCents: settlement.provisionUsedCents,
        provisionReleasedCents: settlement.provisionReleasedCents,
      };
      await cases.close(input.receivableId, closing, input.closedAt);
      return closing;
    });
  }
}
