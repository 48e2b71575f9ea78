import type { Knex } from 'knex';
import { zeebeRecordTable } from './engine-history.repository';

export interface DeployedProcess {
  processDefinitionKey: string;
  bpmnProcessId: string;
  version: number;
  resourceName: string;
  deployedAt: string;
}

/** Deployed models as the engine's PROCESS and DECISION_REQUIREMENTS records carry them (with the resource itself). */
export class DeployedResourceRepository {
  constructor(private readonly db: Knex) {}

  /** The BPMN XML exactly as deployed for one process definition (the PROCESS record carries the resource). */
  async processXml(processDefinitionKey: string): Promise<{ xml: string; bpmnProcessId: string; version: number; resourceName: string } | undefined> {
    const row: { record: { value: { resource: string; bpmnProcessId: string; version: number; resourceName: string } } } | undefined = await this.db(zeebeRecordTable)
      .select('record')
      .where({ value_type: 'PROCESS', intent: 'CREATED', record_key: processDefinitionKey })
      .first();
    if (!row) return undefined;
    const { resource, bpmnProcessId, version, resourceName } = row.record.value;
    return { xml: Buffer.from(resource, 'base64').toString('utf8'), bpmnProcessId, version, resourceName };
  }

  /** The DMN XML as deployed for one decision requirements graph. */
  async decisionRequirementsXml(decisionRequirementsKey: string): Promise<string | undefined> {
    const row: { record: { value: { resource: string } } } | undefined = await this.db(zeebeRecordTable)
      .select('record')
      .where({ value_type: 'DECISION_REQUIREMENTS', intent: 'CREATED', record_key: decisionRequirementsKey })
      .first();
    return row ? Buffer.from(row.record.value.resource, 'base64').toString('utf8') : undefined;
  }

  /** Every deployed process version, newest first. */
  async deployedProcesses(): Promise<DeployedProcess[]> {
    const rows: Array<{ record_key: string; occurred_at: Date; process_id: string; version: string; resource_name: string }> = await this.db(zeebeRecordTable)
      .select(
        'record_key',
        'occurred_at',
        this.db.raw("record->'value'->>'bpmnProcessId' as process_id"),
        this.db.raw("record->'value'->>'version' as version"),
        this.db.raw("record->'value'->>'resourceName' as resource_name"),
      )
      .where({ value_type: 'PROCESS', intent: 'CREATED' })
      .orderBy('position', 'desc');
    return rows.map((row) => ({
      processDefinitionKey: String(row.record_key),
      bpmnProcessId: row.process_id,
      version: Number(row.version),
      resourceName: row.resource_name,
      deployedAt: row.occurred_at.toISOString(),
    }));
  }
}
