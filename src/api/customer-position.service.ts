import type { CreditFileReader } from '../engine/history/credit-file.reader';
import type { CustomerRepository } from '../db/customer.repository';
import type { DunningNoticeRepository } from '../db/dunning-notice.repository';
import type { ReceivableLedgerRepository } from '../db/receivable-ledger.repository';
import { balanceOf } from '../domain/dunning/receivable-ledger';
import { NotFoundError } from '../domain/errors';
import { relatedEnterprises } from '../domain/investigation/risk-radar';
import type { InvestigationSources } from '../investigation/investigation-sources';

export interface ReceivableExposure {
  receivableId: string;
  customerTaxId: string;
  currency: string;
  dueDate: string | null;
  principalCents: number;
  lateFeeCents: number;
  costsCents: number;
  totalCents: number;
  daysOverdue: number;
}

export interface RelatedEnterpriseView {
  taxId: string;
  name: string;
  relation: string;
  source: 'registry' | 'our records';
}

/** A customer's group and what it owes: related enterprises, open receivables, dunning history. */
export class CustomerPositionService {
  constructor(private readonly deps: { customers: CustomerRepository; sources: InvestigationSources; ledger: ReceivableLedgerRepository; notices: DunningNoticeRepository; creditFile: CreditFileReader }) {}

  /** The customer's credit file: the latest recorded decision (score, colour, grade, limit, term, reasons) and every case before it. */
  async creditFile(customerId: string) {
    const customer = await this.deps.customers.findById(customerId);
    if (!customer) throw new NotFoundError(`No customer ${customerId}.`);
    const history = await this.deps.creditFile.casesOf(customerId);
    const decided = history.filter((entry) => entry.values.score !== undefined || entry.values.creditDecision !== undefined);
    return { customerId, name: customer.name, taxId: customer.taxId, current: decided.at(-1)?.values ?? null, history };
  }

  async related(customerId: string): Promise<RelatedEnterpriseView[]> {
    const customer = await this.deps.customers.findById(customerId);
    if (!customer) throw new NotFoundError(`No customer ${customerId}.`);
    const subject = await this.deps.sources.registry.lookup(customer.taxId);
    const fromRegistry: RelatedEnterpriseView[] = subject
      ? relatedEnterprises(subject, await this.deps.sources.registry.linkedTo(customer.taxId)).map((enterprise) => ({ ...enterprise, source: 'registry' as const }))
      : [];
    const ours: RelatedEnterpriseView[] = [];
    const parent = customer.parentCustomerId ? await this.deps.customers.findById(customer.parentCustomerId) : undefined;
    if (parent) ours.push({ taxId: parent.taxId, name: parent.name, relation: 'parent', source: 'our records' });
    for (const child of await this.deps.customers.childrenOf(customer.id)) ours.push({ taxId: child.taxId, name: child.name, relation: 'subsidiary', source: 'our records' });
    const seen = new Set(fromRegistry.map((enterprise) => enterprise.taxId));
    return [...fromRegistry, ...ours.filter((enterprise) => !seen.has(enterprise.taxId))];
  }

  async exposure(customerId: string, asOf: string) {
    const customer = await this.deps.customers.findById(customerId);
    if (!customer) throw new NotFoundError(`No customer ${customerId}.`);
    const group = [customer.taxId, ...(await this.related(customerId)).map((enterprise) => enterprise.taxId)];
    const receivables: ReceivableExposure[] = [];
    for (const receivable of await this.deps.ledger.openForCustomers(group)) {
      const balance = balanceOf(this.deps.ledger.termsOf(receivable), await this.deps.ledger.events(receivable.id), asOf);
      receivables.push({
        receivableId: receivable.id, customerTaxId: receivable.customerTaxId, currency: receivable.currency, dueDate: receivable.dueDate,
        principalCents: balance.principalCents, lateFeeCents: balance.feeCents, costsCents: balance.costsCents, totalCents: balance.totalCents, daysOverdue: balance.daysOverdue,
      });
    }
    const sum = (taxIds: string[]) => receivables.filter((row) => taxIds.includes(row.customerTaxId)).reduce((total, row) => total + row.totalCents, 0);
    return { customerId, asOf, customerOpenCents: sum([customer.taxId]), groupOpenCents: sum(group), groupTaxIds: group, receivables };
  }

  async dunningHistory(receivableId: string) {
    const [notices, contacts] = await Promise.all([this.deps.notices.forReceivable(receivableId), this.deps.notices.contactsFor(receivableId)]);
    if (notices.length === 0 && contacts.length === 0 && !(await this.deps.ledger.find(receivableId))) throw new NotFoundError(`No receivable ${receivableId}.`);
    return { receivableId, notices, contacts };
  }
}
