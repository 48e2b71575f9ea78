import type { EngineClient } from '../engine-client';
import { fromTypedValue, type TypedValue } from '../variables';
import { isoOf } from './engine-history.reader';

/** The decision variables a credit file shows, as the lifecycle and the decision tables set them. */
export const creditFileVariables = ['score', 'reasonCodes', 'modelVersion', 'colour', 'creditGrade', 'customerTier', 'approvedLimit', 'approvedTermDays', 'prepaymentRequired', 'creditDecision', 'decidedBy', 'decisionReasons'] as const;

export interface CreditFileEntry {
  processInstanceId: string;
  processId: string;
  startedAt: string;
  values: Partial<Record<(typeof creditFileVariables)[number], unknown>>;
}

type HistoricVariable = TypedValue & { name: string; processInstanceId: string; activityInstanceId: string; createTime: string; state: string };

const ownScope = (variable: HistoricVariable) => variable.activityInstanceId === variable.processInstanceId && variable.state !== 'DELETED';

/** Reads, from the engine's history, every case of a customer with the credit decisions it recorded. */
export class CreditFileReader {
  constructor(private readonly engine: EngineClient) {}

  private variables(query: Record<string, string | boolean | undefined>): Promise<HistoricVariable[]> {
    return this.engine.get<HistoricVariable[]>('/history/variable-instance', { ...query, deserializeValues: false });
  }

  /** The customer's cases (instances holding its customerId in their own scope), oldest first. */
  async casesOf(customerId: string): Promise<CreditFileEntry[]> {
    const holders = (await this.variables({ variableName: 'customerId', variableValue: customerId })).filter(ownScope);
    if (holders.length === 0) return [];
    const ids = [...new Set(holders.map((holder) => holder.processInstanceId))];
    const instances = await this.engine.get<Array<{ id: string; processDefinitionKey: string; startTime: string }>>('/history/process-instance', { processInstanceIds: ids.join(','), sortBy: 'startTime', sortOrder: 'asc' });
    const values = (await this.variables({ processInstanceIdIn: ids.join(','), variableNameIn: creditFileVariables.join(',') })).filter(ownScope);
    return instances.map((instance) => ({
      processInstanceId: instance.id,
      processId: instance.processDefinitionKey,
      startedAt: isoOf(instance.startTime) as string,
      values: Object.fromEntries(values.filter((value) => value.processInstanceId === instance.id).map((value) => [value.name, fromTypedValue(value)])),
    }));
  }

  /** Customers whose latest recorded approvedLimit (any case) is above zero. */
  async customersWithApprovedLimit(): Promise<string[]> {
    const approved = (await this.variables({ variableName: 'approvedLimit' })).filter(ownScope);
    if (approved.length === 0) return [];
    const customers = (await this.variables({ variableName: 'customerId', processInstanceIdIn: [...new Set(approved.map((row) => row.processInstanceId))].join(',') })).filter(ownScope);
    const customerOf = new Map(customers.map((row) => [row.processInstanceId, String(fromTypedValue(row))]));
    const latest = new Map<string, { at: string; limit: number }>();
    for (const row of approved) {
      const customerId = customerOf.get(row.processInstanceId);
      if (!customerId) continue;
      const previous = latest.get(customerId);
      if (!previous || row.createTime > previous.at) latest.set(customerId, { at: row.createTime, limit: Number(fromTypedValue(row) ?? 0) });
    }
    return [...latest.entries()].filter(([, entry]) => entry.limit > 0).map(([customerId]) => customerId);
  }
}
