import { randomUUID } from 'node:crypto';
import type { NewCustomer } from '../contracts/customer.contract';
import { CustomerRepository, type Customer } from '../db/customer.repository';
import { normaliseCompanyName, normaliseTaxId } from '../domain/customers/customer-identity';
import { ConflictError, InputError, NotFoundError } from '../domain/errors';
import { maskEmail, maskIdNumber, maskPersonName, maskPhone } from '../domain/privacy/masking';
import type { Role } from './auth/roles';

/** Roles that contact, investigate or pursue the customer; everyone else sees personal data masked. */
export const rolesSeeingPersonalData: readonly Role[] = ['sales', 'credit-analyst', 'credit-manager', 'finance', 'legal'];

const maskCustomer = (customer: Customer): Customer => ({
  ...customer,
  contactName: customer.contactName && maskPersonName(customer.contactName),
  contactPhone: customer.contactPhone && maskPhone(customer.contactPhone),
  contactEmail: customer.contactEmail && maskEmail(customer.contactEmail),
  legalRepresentative: customer.legalRepresentative && maskPersonName(customer.legalRepresentative),
  legalRepresentativeIdNumber: customer.legalRepresentativeIdNumber && maskIdNumber(customer.legalRepresentativeIdNumber),
});

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
      contactName: input.contactName ?? null,
      contactPhone: input.contactPhone ?? null,
      contactEmail: input.contactEmail ?? null,
      postalAddress: input.postalAddress ?? null,
      legalRepresentative: input.legalRepresentative ?? null,
      legalRepresentativeIdNumber: input.legalRepresentativeIdNumber ?? null,
    });
    if (!created) throw new ConflictError(`This customer is already registered as ${customer.id}.`, { existingId: customer.id });
    return customer;
  }

  /** The customer as the role may see it: personal data masked unless the role works with it. */
  async get(id: string, role: Role): Promise<Customer> {
    const customer = await this.customers.findById(id);
    if (!customer) throw new NotFoundError(`No customer ${id}.`);
    return rolesSeeingPersonalData.includes(role) ? customer : maskCustomer(customer);
  }
}
