import { creditLifecycleProcess as lifecycle } from '../contracts/credit-lifecycle.contract';
import type { DemoDataRepository, DemoKeys } from '../db/demo-data.repository';
import type { EngineClient } from '../engine/engine-client';
import { EngineRestError } from '../engine/engine-client';
import { demoCases } from './demo-cases';
import { demoUsers } from './demo-loader';

export interface DemoRemoval {
  customers: number;
  engineInstances: number;
  rows: Record<string, number>;
}

const notFound = (error: unknown) => error instanceof EngineRestError && error.status === 404;

/**
 * Removes exactly the demo: the demo customers' cases in the engine (runtime and history, called processes
 * included: they share the case's business key), their rows in our database, and the demo users. The
 * customers are found by the demo's own tax ids, so nothing of anyone else's is touched.
 */
export async function removeDemo(deps: { engine: EngineClient; data: DemoDataRepository; customersByTaxId: (taxIds: string[]) => Promise<Array<{ id: string; taxId: string }>> }): Promise<DemoRemoval> {
  const { engine } = deps;
  const customers = await deps.customersByTaxId(demoCases.map((demo) => demo.taxId));
  const keys: DemoKeys = { customerIds: customers.map((customer) => customer.id), applicationIds: [], receivableIds: [], taxIds: demoCases.map((demo) => demo.taxId) };
  let engineInstances = 0;
  for (const customer of customers) {
    const cases = await engine.post<Array<{ id: string; businessKey: string | null; endTime: string | null }>>('/history/process-instance', {
      processDefinitionKey: lifecycle.processId, variables: [{ name: 'customerId', operator: 'eq', value: customer.id }],
    });
    for (const root of cases) {
      if (root.businessKey) keys.applicationIds.push(root.businessKey);
      const receivables = await engine.get<Array<{ value: unknown }>>('/history/variable-instance', { processInstanceId: root.id, variableName: 'receivableId' });
      keys.receivableIds.push(...receivables.map((variable) => String(variable.value)).filter((value) => value.startsWith('INV-DEMO-')));
      if (!root.endTime) await engine.deleteProcessInstance(root.id, 'demo removed').catch((error: unknown) => (notFound(error) ? undefined : Promise.reject(error)));
      const family = root.businessKey ? await engine.get<Array<{ id: string }>>('/history/process-instance', { processInstanceBusinessKey: root.businessKey }) : [];
      for (const instance of [...family.filter((member) => member.id !== root.id), root]) {
        await engine.request('DELETE', `/history/process-instance/${encodeURIComponent(instance.id)}`).catch((error: unknown) => (notFound(error) ? undefined : Promise.reject(error)));
        engineInstances += 1;
      }
    }
  }
  const rows = await deps.data.remove(keys);
  for (const user of demoUsers) {
    await engine.request('DELETE', `/user/${encodeURIComponent(user.username)}`).catch((error: unknown) => (notFound(error) ? undefined : Promise.reject(error)));
  }
  return { customers: customers.length, engineInstances, rows };
}
