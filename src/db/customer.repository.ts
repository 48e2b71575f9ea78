import type { Knex } from 'knex';

export const customerTable = 'customer';

export interface Customer {
  id: string;
  name: string;
  normalisedName: string;
  taxId: string;
  industry: string;
  industryRisk: 'low' | 'medium' | 'high';
  parentCustomerId: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  /** Where dunning letters are posted. */
  postalAddress: string | null;
  legalRepresentative: string | null;
  legalRepresentativeIdNumber: string | null;
  createdAt: string;
}

interface CustomerRow {
  id: string;
  name: string;
  normalised_name: string;
  tax_id: string;
  industry: string;
  industry_risk: Customer['industryRisk'];
  parent_customer_id: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  postal_address: string | null;
  legal_representative: string | null;
  legal_representative_id_number: string | null;
  created_at: Date;
}

const mapRow = (row: CustomerRow): Customer => ({
  id: row.id,
  name: row.name,
  normalisedName: row.normalised_name,
  taxId: row.tax_id,
  industry: row.industry,
  industryRisk: row.industry_risk,
  parentCustomerId: row.parent_customer_id,
  contactName: row.contact_name,
  contactPhone: row.contact_phone,
  contactEmail: row.contact_email,
  postalAddress: row.postal_address,
  legalRepresentative: row.legal_representative,
  legalRepresentativeIdNumber: row.legal_representative_id_number,
  createdAt: row.created_at.toISOString(),
});

export class CustomerRepository {
  constructor(private readonly db: Knex) {}

  /** Inserts unless a customer with the same tax id or normalised name exists; returns which happened. */
  async insertUnlessDuplicate(customer: Omit<Customer, 'createdAt'>): Promise<{ created: boolean; customer: Customer }> {
    const inserted = await this.db<CustomerRow>(customerTable)
      .insert({
        id: customer.id,
        name: customer.name,
        normalised_name: customer.normalisedName,
        tax_id: customer.taxId,
        industry: customer.industry,
        industry_risk: customer.industryRisk,
        parent_customer_id: customer.parentCustomerId,
        contact_name: customer.contactName,
        contact_phone: customer.contactPhone,
        contact_email: customer.contactEmail,
        postal_address: customer.postalAddress,
        legal_representative: customer.legalRepresentative,
        legal_representative_id_number: customer.legalRepresentativeIdNumber,
      })
      .onConflict()
      .ignore()
      .returning('*');
    if (inserted[0]) return { created: true, customer: mapRow(inserted[0]) };
    const existing = await this.findDuplicate(customer.taxId, customer.normalisedName);
    if (!existing) throw new Error('customer insert conflicted but no duplicate was found');
    return { created: false, customer: existing };
  }

  async findDuplicate(taxId: string, normalisedName: string): Promise<Customer | undefined> {
    const row = await this.db<CustomerRow>(customerTable).where({ tax_id: taxId }).orWhere({ normalised_name: normalisedName }).first();
    return row ? mapRow(row) : undefined;
  }

  async findByTaxId(taxId: string): Promise<Customer | undefined> {
    const row = await this.db<CustomerRow>(customerTable).where({ tax_id: taxId }).first();
    return row ? mapRow(row) : undefined;
  }

  async findById(id: string): Promise<Customer | undefined> {
    const row = await this.db<CustomerRow>(customerTable).where({ id }).first();
    return row ? mapRow(row) : undefined;
  }

  async childrenOf(id: string): Promise<Customer[]> {
    return (await this.db<CustomerRow>(customerTable).where({ parent_customer_id: id }).orderBy('name')).map(mapRow);
  }

  async exists(id: string): Promise<boolean> {
    return (await this.db(customerTable).where({ id }).first('id')) !== undefined;
  }

  async count(): Promise<number> {
    const [result] = await this.db(customerTable).count<{ count: string }[]>('* as count');
    return Number(result?.count ?? 0);
  }
}
