import type { CreditFileReader } from '../engine/history/credit-file.reader';
import type { InvestigationReportRepository } from '../db/investigation-report.repository';
import type { CustomerScoreRepository } from '../db/customer-score.repository';
import type { Customer, CustomerRepository } from '../db/customer.repository';
import type { MonitoredCustomerRepository } from '../db/monitored-customer.repository';
import type { ReceivableLedgerRepository } from '../db/receivable-ledger.repository';
import { exposureOf, type ExposureFacts } from '../domain/monitoring/exposure';
import { reportRedFlags } from '../domain/scoring/application-scoring-input';
import { ratiosFromStatements } from '../domain/scoring/ratios-from-statements';
import { financialRatioCount } from '../contracts/scoring.contract';
import type { InvestigationSources } from '../investigation/investigation-sources';
import { loadStatementModels, StatementModelSet, type LoadedStatementModel } from '../scoring/statement-models.loader';

const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);

export interface MonitoringScore {
  score: number;
  scoreModelVersion: string;
  financialSource: string;
  exposure: ExposureFacts;
}

/**
 * The daily re-scoring of a customer (DOMAIN.md §3 "dynamic scoring") on the same model and policy
 * as the lifecycle's score: the customer's latest financial ratios and the model they were scored
 * with (its latest case's; else the credit bureau's latest statements and the model for them; else
 * unknown ratios and the headline-figure model), payment
 * behaviour and exposure from the receivable ledger, industry risk from the customer record and
 * the red flags of its latest investigation (first one or a second due diligence).
 */
export class CustomerMonitoringService {
  constructor(
    private readonly deps: {
      reports: InvestigationReportRepository;
      /** The lifecycle's models (loaded from their artifacts when not given). */
      models?: StatementModelSet;
      customers: CustomerRepository;
      ledger: ReceivableLedgerRepository;
      caseScores: CustomerScoreRepository;
      monitored: MonitoredCustomerRepository;
      /** The engine history's credit decisions; without it only the ledger says who is active. */
      creditFile?: CreditFileReader;
      sources: InvestigationSources;
    },
  ) {
    this.models = deps.models ?? loadStatementModels();
  }

  private readonly models: StatementModelSet;

  /** Customers with an open receivable in the ledger or an approved limit in their latest credit decision. */
  async activeCustomers(): Promise<string[]> {
    const [withReceivables, approved] = await Promise.all([this.deps.monitored.withOpenReceivables(), this.deps.creditFile?.customersWithApprovedLimit() ?? []]);
    const withLimits = await this.deps.monitored.existing(approved);
    return [...new Set([...withReceivables, ...withLimits])].sort();
  }

  async score(customerId: string, businessDay: string): Promise<MonitoringScore> {
    const customer = await this.deps.customers.findById(customerId);
    if (!customer) throw new Error(`No customer ${customerId} to score.`);
    const receivables = await this.deps.ledger.allForCustomer(customer.taxId);
    const withEvents = await Promise.all(receivables.map(async (receivable) => ({ ...receivable, events: await this.deps.ledger.events(receivable.id) })));
    const exposure = exposureOf(withEvents, businessDay);
    const financial = await this.latestRatios(customer);
    const latestReport = await this.deps.reports.latestFor(customer.taxId);
    const assessment = StatementModelSet.score(financial.model, {
      financialRatios: financial.ratios,
      payment: { collectionRate: exposure.collectionRate, daysOverdue: exposure.daysOverdue, yearsOfCooperation: this.yearsOfCooperation(customer, exposure, businessDay) },
      industryRisk: customer.industryRisk,
      redFlags: latestReport ? reportRedFlags(latestReport.report) : [],
    });
    return { score: assessment.score, scoreModelVersion: `${assessment.modelVersion}+${assessment.scoringPolicyVersion}`, financialSource: financial.source, exposure };
  }

  private async latestRatios(customer: Customer): Promise<{ ratios: Array<number | null>; model: LoadedStatementModel; source: string }> {
    const latestCase = await this.deps.caseScores.latestForCustomer(customer.id);
    // a case scored by a model the lifecycle no longer has (before full statements) had the headline figures
    if (latestCase) return { ratios: latestCase.inputs.financialRatios, model: this.models.version(latestCase.result.modelVersion) ?? this.models.headline(), source: `case ${latestCase.applicationId}` };
    const statements = (await this.deps.sources.bureau.reportOn(customer.taxId))?.financialStatements;
    if (statements) return { ratios: ratiosFromStatements(statements), model: this.models.forFigures(statements), source: `credit-bureau ${statements.year}` };
    return { ratios: new Array<number | null>(financialRatioCount).fill(null), model: this.models.headline(), source: 'none' };
  }

  /** From the first invoice or the customer's registration with us, whichever is earlier. */
  private yearsOfCooperation(customer: Customer, exposure: ExposureFacts, businessDay: string): number {
    const since = [customer.createdAt.slice(0, 10), exposure.firstIssuedOn].filter((day): day is string => day !== null).sort()[0] as string;
    return Math.max(0, (dayNumber(businessDay) - dayNumber(since)) / 365.25);
  }
}
