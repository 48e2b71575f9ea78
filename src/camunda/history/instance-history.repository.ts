import type { Knex } from 'knex';
import { zeebeRecordTable } from './engine-history.repository';

/** One exported engine event, as the history exporter stored it. */
export interface EngineRecord {
  position: string;
  partitionId: number;
  key: string;
  valueType: string;
  intent: string;
  at: string;
  value: Record<string, unknown>;
}

export interface InstanceSummary {
  processInstanceKey: string;
  bpmnProcessId: string;
  version: number;
  processDefinitionKey: string;
  parentProcessInstanceKey: string | null;
  /** The call activity's element instance in the parent that started this instance. */
  parentElementInstanceKey: string | null;
  startedAt: string;
  endedAt: string | null;
  state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  openIncidents: number;
  endEventIds: string[];
}

export interface InstanceSearch {
  bpmnProcessId?: string;
  from?: Date;
  to?: Date;
  outcome?: 'active' | 'completed' | 'terminated' | 'incident';
  processInstanceKey?: string;
  limit: number;
}

interface RecordRow {
  position: string;
  partition_id: number;
  record_key: string;
  value_type: string;
  intent: string;
  occurred_at: Date;
  record: { value: Record<string, unknown> };
}

const mapRecord = (row: RecordRow): EngineRecord => ({
  position: String(row.position),
  partitionId: row.partition_id,
  key: String(row.record_key),
  valueType: row.value_type,
  intent: row.intent,
  at: row.occurred_at.toISOString(),
  value: row.record.value,
});

/** What an instance's replay reads from the engine's record stream (table zeebe_record). */
const replayedValueTypes = ['PROCESS_INSTANCE', 'VARIABLE', 'USER_TASK', 'INCIDENT', 'TIMER', 'PROCESS_MESSAGE_SUBSCRIPTION', 'JOB'];

export class InstanceHistoryRepository {
  constructor(private readonly db: Knex) {}

  /** Root process elements of instances, newest first, with their end state and open incidents. */
  async searchInstances(search: InstanceSearch): Promise<InstanceSummary[]> {
    const query = this.db({ s: zeebeRecordTable })
      .select(
        's.record_key',
        's.occurred_at',
        this.db.raw("s.record->'value' as value"),
        this.db.raw('e.intent as end_intent'),
        this.db.raw('e.occurred_at as ended_at'),
        this.db.raw(
          `(select count(*) from ${zeebeRecordTable} i where i.process_instance_key = s.record_key and i.value_type = 'INCIDENT' and i.intent = 'CREATED'
             and not exists (select 1 from ${zeebeRecordTable} r where r.value_type = 'INCIDENT' and r.intent = 'RESOLVED' and r.record_key = i.record_key)) as open_incidents`,
        ),
        this.db.raw(
          `array(select x.record->'value'->>'elementId' from ${zeebeRecordTable} x where x.process_instance_key = s.record_key and x.value_type = 'PROCESS_INSTANCE'
             and x.intent = 'ELEMENT_COMPLETED' and x.record->'value'->>'bpmnElementType' = 'END_EVENT' order by x.position) as end_event_ids`,
        ),
      )
      .leftJoin({ e: zeebeRecordTable }, (join) =>
        join
          .on('e.record_key', 's.record_key')
          .andOnVal('e.value_type', 'PROCESS_INSTANCE')
          .andOnIn('e.intent', ['ELEMENT_COMPLETED', 'ELEMENT_TERMINATED']),
      )
      .where({ 's.value_type': 'PROCESS_INSTANCE', 's.intent': 'ELEMENT_ACTIVATED' })
      .whereRaw("s.record->'value'->>'bpmnElementType' = 'PROCESS'")
      .orderBy('s.position', 'desc')
      .limit(search.limit);
    if (search.processInstanceKey) query.where('s.record_key', search.processInstanceKey);
    if (search.bpmnProcessId) query.whereRaw("s.record->'value'->>'bpmnProcessId' = ?", [search.bpmnProcessId]);
    if (search.from) query.where('s.occurred_at', '>=', search.from);
    if (search.to) query.where('s.occurred_at', '<', search.to);
    if (search.outcome === 'active') query.whereNull('e.intent');
    if (search.outcome === 'completed') query.where('e.intent', 'ELEMENT_COMPLETED');
    if (search.outcome === 'terminated') query.where('e.intent', 'ELEMENT_TERMINATED');
    const rows: Array<{ record_key: string; occurred_at: Date; value: Record<string, unknown>; end_intent: string | null; ended_at: Date | null; open_incidents: string; end_event_ids: string[] }> =
      await query;
    const summaries = rows.map((row): InstanceSummary => {
      const parent = String(row.value.parentProcessInstanceKey);
      return {
        processInstanceKey: String(row.record_key),
        bpmnProcessId: String(row.value.bpmnProcessId),
        version: Number(row.value.version),
        processDefinitionKey: String(row.value.processDefinitionKey),
        parentProcessInstanceKey: parent === '-1' ? null : parent,
        parentElementInstanceKey: parent === '-1' ? null : String(row.value.parentElementInstanceKey),
        startedAt: row.occurred_at.toISOString(),
        endedAt: row.ended_at ? row.ended_at.toISOString() : null,
        state: row.end_intent === 'ELEMENT_COMPLETED' ? 'COMPLETED' : row.end_intent === 'ELEMENT_TERMINATED' ? 'TERMINATED' : 'ACTIVE',
        openIncidents: Number(row.open_incidents),
        endEventIds: row.end_event_ids,
      };
    });
    return search.outcome === 'incident' ? summaries.filter((summary) => summary.openIncidents > 0) : summaries;
  }

  async instance(processInstanceKey: string): Promise<InstanceSummary | undefined> {
    const [found] = await this.searchInstancesByKey([processInstanceKey]);
    return found;
  }

  /** Instances started by a call activity of the given instance. */
  async childInstances(processInstanceKey: string): Promise<InstanceSummary[]> {
    const rows: Array<{ record_key: string }> = await this.db(zeebeRecordTable)
      .select('record_key')
      .where({ value_type: 'PROCESS_INSTANCE', intent: 'ELEMENT_ACTIVATED' })
      .whereRaw("record->'value'->>'bpmnElementType' = 'PROCESS' and record->'value'->>'parentProcessInstanceKey' = ?", [processInstanceKey])
      .orderBy('position');
    return this.searchInstancesByKey(rows.map((row) => String(row.record_key)));
  }

  private async searchInstancesByKey(keys: string[]): Promise<InstanceSummary[]> {
    const found = await Promise.all(keys.map((key) => this.searchInstances({ limit: 1, processInstanceKey: key })));
    return found.flat();
  }

  /** Every replayed event of one instance in the order the engine wrote them. */
  async instanceRecords(processInstanceKey: string): Promise<EngineRecord[]> {
    const rows: RecordRow[] = await this.db(zeebeRecordTable)
      .select('position', 'partition_id', 'record_key', 'value_type', 'intent', 'occurred_at', 'record')
      .where({ process_instance_key: processInstanceKey, record_type: 'EVENT' })
      .whereIn('value_type', replayedValueTypes)
      .orderBy([{ column: 'occurred_at' }, { column: 'partition_id' }, { column: 'position' }]);
    return rows.map(mapRecord);
  }

  /** Decision evaluations of business rule tasks of one instance (their records name the instance in the value only). */
  async decisionEvaluations(processInstanceKey: string): Promise<EngineRecord[]> {
    const rows: RecordRow[] = await this.db(zeebeRecordTable)
      .select('position', 'partition_id', 'record_key', 'value_type', 'intent', 'occurred_at', 'record')
      .where({ value_type: 'DECISION_EVALUATION', record_type: 'EVENT' })
      .whereRaw("record->'value'->>'processInstanceKey' = ?", [processInstanceKey])
      .orderBy([{ column: 'occurred_at' }, { column: 'position' }]);
    return rows.map(mapRecord);
  }

  /** Decision evaluations in a period per decision and version, with how many failed. */
  async decisionCounts(from: Date, to: Date): Promise<Array<{ decisionId: string; decisionVersion: number; evaluations: number; failures: number }>> {
    const rows: Array<{ decision_id: string; decision_version: string; evaluations: string; failures: string }> = await this.db(zeebeRecordTable)
      .select(
        this.db.raw("record->'value'->>'decisionId' as decision_id"),
        this.db.raw("record->'value'->>'decisionVersion' as decision_version"),
        this.db.raw('count(*) as evaluations'),
        this.db.raw("count(*) filter (where record->'value'->>'evaluationFailureMessage' <> '') as failures"),
      )
      .where({ value_type: 'DECISION_EVALUATION', record_type: 'EVENT' })
      .andWhere('occurred_at', '>=', from)
      .andWhere('occurred_at', '<', to)
      .groupByRaw('1, 2')
      .orderByRaw('1, 2');
    return rows.map((row) => ({ decisionId: row.decision_id, decisionVersion: Number(row.decision_version), evaluations: Number(row.evaluations), failures: Number(row.failures) }));
  }

  /**
   * Credit decisions of `processId` instances taken in a period: when the case started, when its
   * decision (one of `decisionElementIds` completing) was taken, and who took it (`decidedBy`).
   */
  async creditDecisions(processId: string, decisionElementIds: readonly string[], from: Date, to: Date): Promise<Array<{ processInstanceKey: string; startedAt: Date; decidedAt: Date; decidedBy: string | null }>> {
    const rows: Array<{ key: string; started_at: Date; decided_at: Date; decided_by: string | null }> = await this.db({ c: zeebeRecordTable })
      .join({ s: zeebeRecordTable }, (join) => join.on('s.record_key', 'c.process_instance_key').andOnVal('s.value_type', 'PROCESS_INSTANCE').andOnVal('s.intent', 'ELEMENT_ACTIVATED'))
      .select(
        this.db.raw('c.process_instance_key::text as key'),
        's.occurred_at as started_at',
        'c.occurred_at as decided_at',
        this.db.raw(
          `(select v.record->'value'->>'value' from ${zeebeRecordTable} v where v.value_type = 'VARIABLE' and v.process_instance_key = c.process_instance_key
             and v.record->'value'->>'name' = 'decidedBy' and v.record->'value'->>'scopeKey' = c.process_instance_key::text and v.position < c.position
             order by v.position desc limit 1) as decided_by`,
        ),
      )
      .where({ 'c.value_type': 'PROCESS_INSTANCE', 'c.intent': 'ELEMENT_COMPLETED', 'c.record_type': 'EVENT' })
      .whereRaw("c.record->'value'->>'bpmnProcessId' = ?", [processId])
      .whereRaw("c.record->'value'->>'elementId' = any(?)", [decisionElementIds as string[]])
      .whereRaw("s.record->'value'->>'bpmnElementType' = 'PROCESS'")
      .andWhere('c.occurred_at', '>=', from)
      .andWhere('c.occurred_at', '<', to)
      .orderBy('c.position');
    return rows.map((row) => ({ processInstanceKey: row.key, startedAt: new Date(row.started_at), decidedAt: new Date(row.decided_at), decidedBy: row.decided_by === null ? null : (JSON.parse(row.decided_by) as string) }));
  }
}

