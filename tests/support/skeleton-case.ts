import { randomUUID } from 'node:crypto';
import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { JSONDoc } from '@camunda8/sdk/dist/zeebe/lib/interfaces-1.0';
import type { Knex } from 'knex';
import { creditApplicationProcess, processStartVariablesSchema, skeletonApplicationSchema } from '../../src/contracts/credit-application.contract';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';

/**
 * A case of the walking skeleton `credit-application`, started the way the API started it before it
 * started the credit lifecycle: the instance, then its application row (its worker writes beside it).
 */
export async function startSkeletonCase(system: { db: Knex; camunda: { getZeebeGrpcApiClient(): ZeebeGrpcClient } }, input: Record<string, unknown>) {
  const application = skeletonApplicationSchema.parse(input);
  const id = randomUUID();
  const instance = await system.camunda.getZeebeGrpcApiClient().createProcessInstance({
    bpmnProcessId: creditApplicationProcess.processId,
    variables: processStartVariablesSchema.parse({ applicationId: id, ...application }) as unknown as JSONDoc,
  });
  const processInstanceKey = String(instance.processInstanceKey);
  await new CreditApplicationRepository(system.db).insert({ id, ...application, customerId: null, processId: creditApplicationProcess.processId, processInstanceKey, status: 'IN_REVIEW' });
  return { id, processInstanceKey };
}
