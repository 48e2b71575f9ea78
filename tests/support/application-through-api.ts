import { login } from './local-passwords';
import { randomUUID } from 'node:crypto';
import * as lifecycle from '../../src/contracts/credit-lifecycle.contract';
import { soundTradingStatements, type CompanyStatements } from '../fixtures/statements/statement-figures.fixture';
import { sampleCompanyFamily, type InvestigationProvider } from './investigation-provider';
import type { TestSystem } from './test-system';
import { waitFor } from './wait-for';

const { elements: el } = lifecycle.creditLifecycleProcess;
const sales = login('sales.li');

export interface AppliedCase {
  applicationId: string;
  /** The lifecycle instance (the case) the application started. */
  processInstanceId: string;
  statements: CompanyStatements;
}

/**
 * A case as sales start it, through our API only: a customer of its own (the clean sample company's
 * registry and bureau records under this label's names, so no other suite's freeze or monitoring run
 * reaches it) is registered, applies for a limit, uploads its statements; sales confirm what the
 * preliminary investigation collected and report the intent to sell. From there the case reads the
 * statements, scores the customer and decides the route.
 */
export async function applyThroughApi(
  system: TestSystem,
  provider: InvestigationProvider,
  options: { label: string; statementDocument: (statements: CompanyStatements) => Promise<Buffer>; fileName: string; requestedLimit?: number },
): Promise<AppliedCase> {
  const family = sampleCompanyFamily(options.label);
  provider.add(family.companies);
  const statements: CompanyStatements = { ...soundTradingStatements, companyName: family.nameOf('clean'), taxId: family.taxIdOf('clean') };
  const api = () => system.api();
  const customer = (await api().post('/api/customers').auth(...sales)
    .send({ name: statements.companyName, taxId: statements.taxId, industry: 'bearings trading', industryRisk: 'medium', contactName: 'Wang Wei', contactEmail: `ap-${options.label.toLowerCase()}@customer.example` })
    .expect(201)).body as { id: string };
  const application = (await api().post('/api/applications').auth(...sales)
    .send({ customerId: customer.id, requestedLimit: options.requestedLimit ?? 500_000, currency: 'CNY' })
    .expect(201)).body as { id: string; processInstanceKey: string };
  await api().post('/api/documents').auth(...sales).field('applicationId', application.id).field('kind', 'financial-statements')
    .attach('file', await options.statementDocument(statements), options.fileName).expect(201);

  const confirmation = await waitFor('the collected information to confirm', async () =>
    (await system.history.openUserTasks(application.processInstanceKey)).find((task) => task.elementId === el.confirmCollectedInformation), 120_000);
  await system.engine.completeTask(confirmation.taskId, lifecycle.confirmCollectedInformationFormSchema.parse({ informationCheck: 'CONFIRMED' }));
  await waitFor('the case to wait for sales intent', async () =>
    (await system.history.activeElements(application.processInstanceKey)).some((element) => element.elementId === el.awaitSalesIntent), 60_000);
  await api().post('/api/events/sales-intent-reached').auth(...sales).set('Idempotency-Key', randomUUID())
    .send({ applicationId: application.id, note: 'Agreed in principle.' }).expect(202);
  return { applicationId: application.id, processInstanceId: application.processInstanceKey, statements };
}
