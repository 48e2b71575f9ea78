import type { Knex } from 'knex';

/** The engine's record stream as the history exporter stored it (engine/history-exporter). */
export const zeebeRecordTable = 'zeebe_record';

export interface UserTaskView {
  userTaskKey: string;
  /** The task's element instance: the scope of its input mappings. */
  elementInstanceKey: string;
  elementId: string;
  processInstanceKey: string;
  formKey: string | null;
  assignee: string | null;
  candidateGroups: string[];
  dueDate: string | null;
  state: string;
  createdAt: string;
}

export interface ElementEvent {
  elementId: string;
  elementType: string;
  intent: string;
  at: string;
  position: string;
}

interface UserTaskRecordRow {
  record_key: string;
  intent: string;
  occurred_at: Date;
  record: {
    value: {
      elementId: string; elementInstanceKey: number; processInstanceKey: number; formKey: number; assignee: string; dueDate?: string;
      candidateGroupsList?: string[]; candidateGroups?: string[];
    };
  };
}

export interface ActiveElementView {
  elementInstanceKey: string;
  elementId: string;
  elementType: string;
  activatedAt: string;
}

export interface IncidentView {
  incidentKey: string;
  elementId: string;
  errorType: string;
  errorMessage: string;
}

export interface CalledInstanceView {
  processInstanceKey: string;
  bpmnProcessId: string;
  processDefinitionKey: string;
}

const finishedTaskIntents = ['COMPLETED', 'CANCELED'];

export class EngineHistoryRepository {
  constructor(private readonly db: Knex) {}

  /** User tasks of an instance that are neither completed nor cancelled, oldest first. */
  async openUserTasks(processInstanceKey: string): Promise<UserTaskView[]> {
    const rows: UserTaskRecordRow[] = await this.db(zeebeRecordTable)
      .select('record_key', 'intent', 'occurred_at', 'record')
      .where({ value_type: 'USER_TASK', process_instance_key: processInstanceKey, record_type: 'EVENT' })
      .orderBy('position');
    const latest = new Map<string, { row: UserTaskRecordRow; createdAt: Date }>();
    for (const row of rows) {
      const previous = latest.get(String(row.record_key));
      latest.set(String(row.record_key), { row, createdAt: previous?.createdAt ?? row.occurred_at });
    }
    return [...latest.values()]
      .filter(({ row }) => !finishedTaskIntents.includes(row.intent))
      .map(({ row, createdAt }) => {
        const value = row.record.value;
        return {
          userTaskKey: String(row.record_key),
          elementInstanceKey: String(value.elementInstanceKey),
          elementId: value.elementId,
          processInstanceKey: String(value.processInstanceKey),
          formKey: value.formKey && value.formKey > 0 ? String(value.formKey) : null,
          assignee: value.assignee || null,
          candidateGroups: value.candidateGroupsList ?? value.candidateGroups ?? [],
          dueDate: value.dueDate || null,
          state: row.intent,
          createdAt: createdAt.toISOString(),
        };
      });
  }

  /** Activations and completions of the instance's elements in the order they happened. */
  async elementEvents(processInstanceKey: string): Promise<ElementEvent[]> {
    const rows = await this.db(zeebeRecordTable)
      .select('position', 'intent', 'occurred_at', this.db.raw("record->'value'->>'elementId' as element_id"), this.db.raw("record->'value'->>'bpmnElementType' as element_type"))
      .where({ value_type: 'PROCESS_INSTANCE', process_instance_key: processInstanceKey, record_type: 'EVENT' })
      .whereIn('intent', ['ELEMENT_ACTIVATED', 'ELEMENT_COMPLETED', 'ELEMENT_TERMINATED', 'SEQUENCE_FLOW_TAKEN'])
      .orderBy('position');
    return rows.map((row: { position: string; intent: string; occurred_at: Date; element_id: string; element_type: string }) => ({
      elementId: row.element_id,
      elementType: row.element_type,
      intent: row.intent,
      at: row.occurred_at.toISOString(),
      position: String(row.position),
    }));
  }

  /** Element instances (the process itself included) activated and neither completed nor terminated, in activation order. */
  async activeElements(processInstanceKey: string): Promise<ActiveElementView[]> {
    const rows: Array<{ record_key: string; intent: string; occurred_at: Date; element_id: string; element_type: string }> = await this.db(zeebeRecordTable)
      .select('record_key', 'intent', 'occurred_at', this.db.raw("record->'value'->>'elementId' as element_id"), this.db.raw("record->'value'->>'bpmnElementType' as element_type"))
      .where({ value_type: 'PROCESS_INSTANCE', process_instance_key: processInstanceKey, record_type: 'EVENT' })
      .whereIn('intent', ['ELEMENT_ACTIVATED', 'ELEMENT_COMPLETED', 'ELEMENT_TERMINATED'])
      .orderBy('position');
    const active = new Map<string, ActiveElementView>();
    for (const row of rows) {
      const key = String(row.record_key);
      if (row.intent === 'ELEMENT_ACTIVATED') active.set(key, { elementInstanceKey: key, elementId: row.element_id, elementType: row.element_type, activatedAt: row.occurred_at.toISOString() });
      else active.delete(key);
    }
    return [...active.values()];
  }

  async completedElementIds(processInstanceKey: string): Promise<string[]> {
    return (await this.elementEvents(processInstanceKey)).filter((event) => event.intent === 'ELEMENT_COMPLETED').map((event) => event.elementId);
  }

  /** The latest value of each variable of one scope (the instance itself unless `scopeKey` names an inner one). */
  async variables(processInstanceKey: string, scopeKey = processInstanceKey): Promise<Record<string, unknown>> {
    const rows: Array<{ name: string; value: string }> = await this.db(zeebeRecordTable)
      .select(this.db.raw("record->'value'->>'name' as name"), this.db.raw("record->'value'->>'value' as value"))
      .where({ value_type: 'VARIABLE', process_instance_key: processInstanceKey, record_type: 'EVENT' })
      .whereRaw("record->'value'->>'scopeKey' = ?", [scopeKey])
      .orderBy('position');
    return Object.fromEntries(rows.map((row) => [row.name, JSON.parse(row.value) as unknown]));
  }

  /** Incidents of the instance that were raised and not resolved. */
  async openIncidents(processInstanceKey: string): Promise<IncidentView[]> {
    const rows: Array<{ record_key: string; intent: string; record: { value: { elementId: string; errorType: string; errorMessage: string } } }> = await this.db(zeebeRecordTable)
      .select('record_key', 'intent', 'record')
      .where({ value_type: 'INCIDENT', process_instance_key: processInstanceKey, record_type: 'EVENT' })
      .orderBy('position');
    const open = new Map<string, IncidentView>();
    for (const row of rows) {
      const key = String(row.record_key);
      if (row.intent === 'CREATED') open.set(key, { incidentKey: key, elementId: row.record.value.elementId, errorType: row.record.value.errorType, errorMessage: row.record.value.errorMessage });
      else if (row.intent === 'RESOLVED') open.delete(key);
    }
    return [...open.values()];
  }

  /** Instances started by the instance's call activities, oldest first. */
  async calledInstances(processInstanceKey: string): Promise<CalledInstanceView[]> {
    const rows: Array<{ key: string; bpmn_process_id: string; definition_key: string }> = await this.db(zeebeRecordTable)
      .distinct(
        this.db.raw('process_instance_key::text as key'),
        this.db.raw("record->'value'->>'bpmnProcessId' as bpmn_process_id"),
        this.db.raw("record->'value'->>'processDefinitionKey' as definition_key"),
      )
      .where({ value_type: 'PROCESS_INSTANCE', record_type: 'EVENT', intent: 'ELEMENT_ACTIVATED' })
      .whereRaw("record->'value'->>'bpmnElementType' = 'PROCESS'")
      .whereRaw("record->'value'->>'parentProcessInstanceKey' = ?", [processInstanceKey])
      .orderBy('key');
    return rows.map((row) => ({ processInstanceKey: row.key, bpmnProcessId: row.bpmn_process_id, processDefinitionKey: row.definition_key }));
  }

  /** The engine time of the newest exported record: a lower bound of the latest time the engine has seen. */
  async latestRecordTime(): Promise<Date | undefined> {
    const row = (await this.db(zeebeRecordTable).max('occurred_at as latest').first()) as { latest: Date | null } | undefined;
    return row?.latest ? new Date(row.latest) : undefined;
  }
}
