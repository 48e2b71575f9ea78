import type { ReceivableLateFeeRepository, StageLateFee } from '../db/receivable-late-fee.repository';
import type { ReceivableLedgerRepository } from '../db/receivable-ledger.repository';
import { lateFeePosting } from '../domain/dunning/late-fee';
import { NotFoundError } from '../domain/errors';

/** The late fee of each dunning stage, posted from the receivable ledger once per receivable and stage, ever. */
export class LateFeeService {
  constructor(private readonly deps: { ledger: ReceivableLedgerRepository; lateFees: ReceivableLateFeeRepository }) {}

  /** A repeat (a redelivered job, a later dunning of the same invoice) returns the first posting unchanged. */
  async postForStage(input: { receivableId: string; stage: string; postedOn: string }): Promise<StageLateFee> {
    const receivable = await this.deps.ledger.find(input.receivableId);
    if (!receivable) throw new NotFoundError(`No receivable ${input.receivableId} in the receivable ledger: open it there before dunning it.`);
    const posted = await this.deps.lateFees.forReceivable(receivable.id);
    const existing = posted.find((fee) => fee.stage === input.stage);
    if (existing) return existing;
    const previous = posted.filter((fee) => fee.postedOn <= input.postedOn).at(-1);
    const posting = lateFeePosting(this.deps.ledger.termsOf(receivable), await this.deps.ledger.events(receivable.id), input.postedOn, previous?.postedOn);
    return (await this.deps.lateFees.postOnce({ receivableId: receivable.id, stage: input.stage, ...posting })).fee;
  }
}
