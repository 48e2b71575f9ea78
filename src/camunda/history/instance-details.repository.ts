import type { Knex } from 'knex';
import { zeebeRecordTable } from './engine-history.repository';

export interface InstanceSummary {
  processInstanceKey: string;
  processDefinitionKey: string;
  bpmnProcessId: string;
  parentProcessInstanceKey: string | null;
}

/**
 * Details of process instances read from the engine's exported record stream: variables, child
 * instances, instances of a definition, incidents. Used by process tests and by the replay view.
 */
export class InstanceDetailsRepository {
  constructor(private readonly db: Knex) {}

  /** The latest value of each variable of the instance's root scope (or of any scope when scopeKey is given). */
  async variables(processInstanceKey: string, scopeKey: string = processInstanceKey): Promise<Record<string, unknown>> {
    const rows: { record: { value: { name: string; value: string; scopeKey: number } } }[] = await this.db(zeebeRecordTable)
      .select('record')
      .where({ value_type: 'VARIABLE', process_instance_key: processInstanceKey, record_type: 'EVENT' })
      .orderBy('position');
    const variables: Record<string, unknown> = {};
    for (const { record } of rows) {
      if (String(record.value.scopeKey) === scopeKey) variables[record.value.name] = JSON.parse(record.value.value);
    }
    return variables;
  }

  /** Every value a root-scope variable took, in order. */
  async variableHistory(processInstanceKey: string, name: string): Promise<unknown[]> {
    const rows: { record: { value: { name: string; value: string; scopeKey: number } } }[] = await this.db(zeebeRecordTable)
      .select('record')
      .where({ value_type: 'VARIABLE', process_instance_key: processInstanceKey, record_type: 'EVENT' })
      .whereRaw("record->'value'->>'name' = ?", [name])
      .orderBy('position');
    return rows.filter(({ record }) => String(record.value.scopeKey) === processInstanceKey).map(({ record }) => JSON.parse(record.value.value));
  }

  /** Process instances whose parent is the given instance (call activities). */
  async childInstances(parentProcessInstanceKey: string): Promise<InstanceSummary[]> {
    return this.instancesWhere((query) => query.whereRaw("record->'value'->>'parentProcessInstanceKey' = ?", [parentProcessInstanceKey]));
  }

  /** Process instances of one deployed definition, oldest first. */
  async instancesOfDefinition(processDefinitionKey: string): Promise<InstanceSummary[]> {
    return this.instancesWhere((query) => query.whereRaw("record->'value'->>'processDefinitionKey' = ?", [processDefinitionKey]));
  }

  /** Root instances of a process id (any version) that have neither completed nor been terminated. */
  async unfinishedInstancesOf(bpmnProcessId: string): Promise<string[]> {
    const rows: { intent: string; key: string }[] = await this.db(zeebeRecordTable)
      .select('intent', this.db.raw("record->'value'->>'processInstanceKey' as key"))
      .where({ value_type: 'PROCESS_INSTANCE', record_type: 'EVENT' })
      .whereIn('intent', ['ELEMENT_ACTIVATED', 'ELEMENT_COMPLETED', 'ELEMENT_TERMINATED'])
      .whereRaw("record->'value'->>'bpmnElementType' = 'PROCESS' and record->'value'->>'bpmnProcessId' = ?", [bpmnProcessId])
      .orderBy('position');
    const unfinished = new Set<string>();
    for (const row of rows) {
      if (row.intent === 'ELEMENT_ACTIVATED') unfinished.add(row.key);
      else unfinished.delete(row.key);
    }
    return [...unfinished];
  }

  /** Incidents created in the instance (error type and message), oldest first. */
  async incidents(processInstanceKey: string): Promise<{ errorType: string; errorMessage: string; elementId: string }[]> {
    const rows: { record: { value: { errorType: string; errorMessage: string; elementId: string } } }[] = await this.db(zeebeRecordTable)
      .select('record')
      .where({ value_type: 'INCIDENT', process_instance_key: processInstanceKey, intent: 'CREATED' })
      .orderBy('position');
    return rows.map(({ record }) => ({ errorType: record.value.errorType, errorMessage: record.value.errorMessage, elementId: record.value.elementId }));
  }

  /** Due dates of the instance's timers that have neither fired nor been cancelled. */
  async pendingTimerDueDates(processInstanceKey: string): Promise<Date[]> {
    const rows: { record_key: string; intent: string; record: { value: { dueDate: number } } }[] = await this.db(zeebeRecordTable)
      .select('record_key', 'intent', 'record')
      .where({ value_type: 'TIMER', process_instance_key: processInstanceKey, record_type: 'EVENT' })
      .orderBy('position');
    const pending = new Map<string, number>();
    for (const row of rows) {
      if (row.intent === 'CREATED') pending.set(String(row.record_key), row.record.value.dueDate);
      else pending.delete(String(row.record_key));
    }
    return [...pending.values()].map((dueDate) => new Date(dueDate));
  }

  private async instancesWhere(filter: (query: Knex.QueryBuilder) => Knex.QueryBuilder): Promise<InstanceSummary[]> {
    const rows: { record: { value: { processInstanceKey: number; processDefinitionKey: number; bpmnProcessId: string; parentProcessInstanceKey: number } } }[] =
      await filter(
        this.db(zeebeRecordTable)
          .select('record')
          .where({ value_type: 'PROCESS_INSTANCE', intent: 'ELEMENT_ACTIVATED', record_type: 'EVENT' })
          .whereRaw("record->'value'->>'bpmnElementType' = 'PROCESS'"),
      ).orderBy('position');
    return rows.map(({ record: { value } }) => ({
      processInstanceKey: String(value.processInstanceKey),
      processDefinitionKey: String(value.processDefinitionKey),
      bpmnProcessId: value.bpmnProcessId,
      parentProcessInstanceKey: value.parentProcessInstanceKey > 0 ? String(value.parentProcessInstanceKey) : null,
    }));
  }
}
