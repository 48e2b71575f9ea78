import type { Knex } from 'knex';
import type { MonitoringResult } from '../contracts/portfolio-monitoring.contract';

export const dailyMonitoringResultTable = 'daily_monitoring_result';

/** A customer's result of the daily monitoring on a business day, with the run that wrote it. */
export interface DailyMonitoringResult extends MonitoringResult {
  businessDay: string;
  monitoringRunId: string;
  scoreModelVersion: string;
  provisionRequiredCents: number | null;
  provisionTopUpCents: number | null;
}

interface DailyMonitoringResultRow {
  customer_id: string;
  business_day: string;
  monitoring_run_id: string;
  score: number;
  score_model_version: string;
  colour: MonitoringResult['colour'];
  warning_level: MonitoringResult['warningLevel'];
  provision_rate: string;
  open_amount_cents: string;
  consequences: MonitoringResult['consequences'];
  provision_required_cents: string | null;
  provision_top_up_cents: string | null;
}

const centsOrNull = (value: string | null) => (value === null ? null : Number(value));
const mapRow = (row: DailyMonitoringResultRow): DailyMonitoringResult => ({
  customerId: row.customer_id,
  businessDay: row.business_day,
  monitoringRunId: row.monitoring_run_id,
  score: row.score,
  scoreModelVersion: row.score_model_version,
  colour: row.colour,
  warningLevel: row.warning_level,
  provisionRate: Number(row.provision_rate),
  openAmount: Number(row.open_amount_cents) / 100,
  consequences: row.consequences,
  provisionRequiredCents: centsOrNull(row.provision_required_cents),
  provisionTopUpCents: centsOrNull(row.provision_top_up_cents),
});

/**
 * The daily monitoring's results, one row per customer and business day: what the score and its
 * consequences were on a day is a question for this table, not for process variables.
 */
export class DailyMonitoringResultRepository {
  constructor(private readonly db: Knex) {}

  /** Records the day's result; a redelivered job writes the same row again, a later run the same day replaces it. */
  async record(result: Omit<DailyMonitoringResult, 'provisionRequiredCents' | 'provisionTopUpCents'>): Promise<void> {
    const values = {
      monitoring_run_id: result.monitoringRunId,
      score: result.score,
      score_model_version: result.scoreModelVersion,
      colour: result.colour,
      warning_level: result.warningLevel,
      provision_rate: result.provisionRate,
      open_amount_cents: Math.round(result.openAmount * 100),
      consequences: JSON.stringify(result.consequences),
      recorded_at: this.db.fn.now(),
    };
    await this.db(dailyMonitoringResultTable)
      .insert({ customer_id: result.customerId, business_day: result.businessDay, ...values })
      .onConflict(['customer_id', 'business_day'])
      .merge(values);
  }

  /** What the day's provision top-up required and booked for the customer. */
  async recordProvision(customerId: string, businessDay: string, provision: { requiredCents: number; topUpCents: number }): Promise<void> {
    const updated = await this.db(dailyMonitoringResultTable)
      .where({ customer_id: customerId, business_day: businessDay })
      .update({ provision_required_cents: provision.requiredCents, provision_top_up_cents: provision.topUpCents, provisioned_at: this.db.fn.now() });
    if (updated === 0) throw new Error(`No monitoring result of customer ${customerId} on ${businessDay} to keep its provision with.`);
  }

  /** The results one run recorded, by customer id. */
  async forRun(monitoringRunId: string): Promise<DailyMonitoringResult[]> {
    return (await this.selectRows().where({ monitoring_run_id: monitoringRunId }).orderBy('customer_id')).map(mapRow);
  }

  /** A customer's results, oldest day first. */
  async forCustomer(customerId: string): Promise<DailyMonitoringResult[]> {
    return (await this.selectRows().where({ customer_id: customerId }).orderBy(`${dailyMonitoringResultTable}.business_day`)).map(mapRow);
  }

  private selectRows() {
    return this.db<DailyMonitoringResultRow>(dailyMonitoringResultTable).select('*', this.db.raw("to_char(business_day, 'YYYY-MM-DD') as business_day"));
  }
}
