import { randomUUID } from 'node:crypto';
import type { NewCustomer } from '../contracts/customer.contract';
import { CustomerRepository, type Customer } from '../db/customer.repository';
import { normaliseCompanyName, normaliseTaxId } from '../domain/customers/customer-identity';
import { ConflictError, InputError, NotFoundError } from '../domain/errors';

export class CustomerService {
  constructor(private readonly customers: CustomerRepository) {}

  /** Registers a customer once: the same tax id or normalised name is a 409 naming the existing one. */
  async register(input: NewCustomer): Promise<Customer> {
    if (input.parentCustomerId && !(await this.customers.exists(input.parentCustomerId))) {
      throw new InputError('The parent customer does not exist.', [{ field: 'parentCustomerId', message: 'no such customer' }]);
    }
    const { created, customer } = await this.customers.insertUnlessDuplicate({
      id: randomUUID(),
      name: input.name,
      normalisedName: normaliseCompanyName(input.name),
      taxId: normaliseTaxId(input.taxId),
      industry: input.industry,
      industryRisk: input.industryRisk,
      parentCustomerId: input.parentCustomerId ?? null,
    });
    if (!created) throw new ConflictError(`This customer is already registered as ${customer.id}.`, { existingId: customer.id });
    return customer;
  }

  async get(id: string): Promise<Customer> {
    const customer = await this.customers.findById(id);
    if (!customer) throw new NotFoundError(`No customer ${id}.`);
    return customer;
  }
}
