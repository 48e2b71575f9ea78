import { login } from './local-passwords';
import type request from 'supertest';

export interface CustomerFacts {
  name: string;
  taxId: string;
  industry?: string;
  industryRisk?: 'low' | 'medium' | 'high';
  contactEmail?: string;
}

/** The customer's id, registering it through the API unless it is already registered (409 names it). */
export async function registeredCustomer(api: () => ReturnType<typeof request>, customer: CustomerFacts): Promise<string> {
  const response = await api().post('/api/customers').auth(...login('sales.li')).send({ industry: 'wholesale', industryRisk: 'medium', ...customer });
  if (response.status === 201) return response.body.id as string;
  if (response.status === 409) return response.body.existingId as string;
  throw new Error(`registering ${customer.name} answered ${response.status}: ${JSON.stringify(response.body)}`);
}
