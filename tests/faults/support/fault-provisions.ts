import type { Knex } from 'knex';
import { CustomerRepository } from '../../../src/db/customer.repository';
import { ProvisionRepository } from '../../../src/db/provision.repository';
import { ReceivableLedgerRepository } from '../../../src/db/receivable-ledger.repository';
import { ProvisionTopUpService } from '../../../src/monitoring/provision-top-up.service';
import type { FaultCase } from './fault-case';

/** The provision rate the run's daily monitoring applies: a customer 60 days overdue, rated down. */
export const faultProvisionRate = 0.5;

/**
 * What the daily portfolio monitoring does for each customer (the suite does not deploy it): tops the
 * provision of every open receivable up to the rate, once per receivable and business day. Run as
 * the cases go to legal, so that the legal cases' settlement uses and releases real provisions while
 * faults strike. A fault may break a call off: it is repeated until it takes, as the monitoring's job
 * would be, and the business key keeps the repeat from booking twice.
 */
export async function topUpProvisions(input: { db: Knex; cases: FaultCase[]; businessDay: string; log: (line: string) => void; giveUpAfterMs?: number }): Promise<number> {
  const service = new ProvisionTopUpService({ customers: new CustomerRepository(input.db), ledger: new ReceivableLedgerRepository(input.db), provisions: new ProvisionRepository(input.db) });
  const giveUpAt = Date.now() + (input.giveUpAfterMs ?? 300_000);
  let toppedUpCents = 0;
  for (const c of input.cases) {
    if (!c.customerId) throw new Error(`case ${c.index} has no customer`);
    for (;;) {
      try {
        toppedUpCents += (await service.topUp({ customerId: c.customerId, rate: faultProvisionRate, businessDay: input.businessDay })).topUpCents;
        break;
      } catch (error) {
        if (Date.now() > giveUpAt) throw error;
        input.log(`provision top-up for case ${c.index} failed, tried again: ${(error as Error).message.slice(0, 200)}`);
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
    }
  }
  return toppedUpCents;
}

/**
 * Each legal case's provision to the cent: topped up before legal, and after the case closed nothing
 * held — what was topped up is what legal used for the write-off plus what it released.
 */
export async function provisionDifferences(cases: FaultCase[], db: Knex): Promise<string[]> {
  const provisions = new ProvisionRepository(db);
  const differences: string[] = [];
  for (const c of cases.filter((candidate) => candidate.ending === 'LEGAL_RECOVERED' || candidate.ending === 'LEGAL_WRITTEN_OFF')) {
    const rows: Array<{ kind: string; amount_cents: string }> = await db('provision_entry').where({ receivable_id: c.receivableId }).select('kind', 'amount_cents');
    const sum = (kind: string) => rows.filter((row) => row.kind === kind).reduce((total, row) => total + Number(row.amount_cents), 0);
    if (sum('TOP_UP') === 0) differences.push(`${c.receivableId} (${c.ending}): no provision topped up before legal`);
    if (c.ending === 'LEGAL_WRITTEN_OFF' && sum('WRITE_OFF') === 0) differences.push(`${c.receivableId}: written off without using its provision`);
    const held = await provisions.heldFor(c.receivableId);
    if (held !== 0) differences.push(`${c.receivableId} (${c.ending}): provision held after closing ${held} (topped up ${sum('TOP_UP')}, used ${sum('WRITE_OFF')}, released ${sum('RELEASE')})`);
  }
  return differences;
}
