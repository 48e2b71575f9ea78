import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { creditApplicationProcess, processStartVariablesSchema, skeletonApplicationSchema } from '../../src/contracts/credit-application.contract';
import { CreditApplicationRepository } from '../../src/db/credit-application.repository';
import type { EngineClient } from '../../src/engine/engine-client';

/**
 * A case of the walking skeleton `credit-application`, started the way the API started it before it
 * started the credit lifecycle: the instance, then its application row (its worker writes beside it).
 */
export async function startSkeletonCase(system: { db: Knex; engine: EngineClient }, input: Record<string, unknown>) {
  const application = skeletonApplicationSchema.parse(input);
  const id = randomUUID();
  const instance = await system.engine.startProcess(
    { key: creditApplicationProcess.processId },
    { businessKey: id, variables: processStartVariablesSchema.parse({ applicationId: id, ...application }) },
  );
  const processInstanceId = instance.id;
  await new CreditApplicationRepository(system.db).insert({ id, ...application, customerId: null, processId: creditApplicationProcess.processId, processInstanceKey: processInstanceId, status: 'IN_REVIEW' });
  return { id, processInstanceId };
}
