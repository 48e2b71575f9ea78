import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { Knex } from 'knex';
import { zeebeRecordTable } from '../../src/camunda/history/engine-history.repository';

/**
 * Cancels every root process instance an earlier suite left running on the shared test engine.
 * Every suite starts all real workers, so without this the next suite's workers would finish an
 * earlier suite's jobs (a daily monitoring run freezing a group, say) in the middle of its own test.
 */
export async function cancelLeftoverInstances(historyDb: Knex, zeebe: ZeebeGrpcClient): Promise<number> {
  const { rows } = await historyDb.raw<{ rows: { key: string }[] }>(
    `select record->'value'->>'processInstanceKey' as key
       from ${zeebeRecordTable}
      where value_type = 'PROCESS_INSTANCE' and record_type = 'EVENT'
        and intent in ('ELEMENT_ACTIVATED', 'ELEMENT_COMPLETED', 'ELEMENT_TERMINATED')
        and record->'value'->>'bpmnElementType' = 'PROCESS'
        and record->'value'->>'parentProcessInstanceKey' = '-1'
      group by 1
     having count(*) filter (where intent = 'ELEMENT_ACTIVATED') > count(*) filter (where intent <> 'ELEMENT_ACTIVATED')`,
  );
  // an instance that ended since the query answers NOT_FOUND: nothing left to cancel
  await Promise.all(rows.map(({ key }) => zeebe.cancelProcessInstance(key).catch(() => undefined)));
  return rows.length;
}
