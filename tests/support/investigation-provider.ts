import express from 'express';
import type { AddressInfo } from 'node:net';
import { linkedCompanies, readSampleCompanies, type SampleCompanies } from '../../src/investigation/sample-company-sources';
import { withUsccCheckCharacter } from './shipping-documents.fixture';

type Company = SampleCompanies['companies'][number];
export type SampleCompany = Company;

export interface InvestigationProvider {
  /** REGISTRY_URL, LITIGATION_URL, NEWS_URL and CREDIT_BUREAU_URL: set them before the system starts. */
  urls: Record<'REGISTRY_URL' | 'LITIGATION_URL' | 'NEWS_URL' | 'CREDIT_BUREAU_URL', string>;
  /** Makes the providers know more companies (a test case's own), from now on. */
  add(companies: Company[]): void;
  /** An outage of every provider from now on (each answers 503), until set false again. */
  setUnavailable(unavailable: boolean): void;
  close(): Promise<void>;
}

/**
 * Routes answering like the registry, court, news and bureau providers (the outside systems of the
 * investigation) about the given companies, in the shape src/investigation/http-sources.ts reads.
 * The bureau has no report (404) on a company it does not know, or, with `bureauDownForUnknown`,
 * fails (503) as an unavailable provider would. The list is read on every request: companies added
 * to it later are known from then on.
 */
export function investigationProviderRoutes(companies: Company[], options: { bureauDownForUnknown?: boolean } = {}): express.Router {
  const find = (taxId: string) => companies.find((company) => company.registry.taxId === taxId);
  const routes = express.Router();
  routes.get('/companies/:taxId', (request, response) => {
    const company = find(request.params.taxId);
    if (company) response.json(company.registry);
    else response.status(404).end();
  });
  routes.get('/companies/:taxId/linked', (request, response) => {
    response.json(linkedCompanies(companies.map((company) => company.registry), request.params.taxId));
  });
  routes.get('/companies/:taxId/cases', (request, response) => {
    response.json(find(request.params.taxId)?.litigation ?? { cases: [] });
  });
  routes.get('/companies/:taxId/news', (request, response) => {
    response.json(find(request.params.taxId)?.news ?? { items: [] });
  });
  routes.get('/companies/:taxId/report', (request, response) => {
    const company = find(request.params.taxId);
    if (company) response.json(company.bureau);
    else response.status(options.bureauDownForUnknown ? 503 : 404).end();
  });
  return routes;
}

/** The providers on a real HTTP server on loopback. */
export async function startInvestigationProvider(companies: Company[] = []): Promise<InvestigationProvider> {
  const known = [...companies];
  let unavailable = false;
  const app = express()
    .use((_request, response, next) => (unavailable ? response.status(503).end() : next()))
    .use(investigationProviderRoutes(known));
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urls: { REGISTRY_URL: base, LITIGATION_URL: base, NEWS_URL: base, CREDIT_BUREAU_URL: base },
    add: (more) => known.push(...more),
    setUnavailable: (value) => {
      unavailable = value;
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * The providers, and the investigation's outside systems pointed at them (REGISTRY_URL …) until
 * closed: start it before the system, whose workers read the addresses when they start.
 */
export async function useInvestigationProvider(companies: Company[] = []): Promise<InvestigationProvider> {
  const provider = await startInvestigationProvider(companies);
  Object.assign(process.env, provider.urls);
  return {
    ...provider,
    close: async () => {
      for (const name of Object.keys(provider.urls)) delete process.env[name];
      await provider.close();
    },
  };
}

/** The sample companies by the role they play in the tests. */
export const sampleCompanyTaxIds = {
  /** Sound, profitable, clean records. */
  clean: '91310000SAMPLE0001',
  /** Loss-making, open lawsuits, guarantees for its subsidiary, equity pledged. */
  risky: '91310000SAMPLE0002',
} as const;
export type SampleRole = keyof typeof sampleCompanyTaxIds;

const sampleTaxId = /^91310000SAMPLE(\d{4})$/;
let families = 0;

/**
 * The sample companies (src/investigation/sample-companies.json) as a family of a test's own: the
 * same records under tax ids, names and shareholders no other family has, so a test case's
 * investigation is predictable without sharing a company with any other case (a monitoring run or a
 * group freeze of another suite never reaches it). Tax ids are unified social credit codes: 17 digits and
 * their check character.
 */
export function sampleCompanyFamily(label = 'Test'): { companies: Company[]; companyOf(role: SampleRole): Company; taxIdOf(role: SampleRole): string; nameOf(role: SampleRole): string } {
  families += 1;
  const stamp = `${String(Date.now()).slice(-8)}${String(families % 100).padStart(2, '0')}`;
  const tag = `${label} ${stamp}`;
  const mapTaxId = (taxId: string) => {
    const member = sampleTaxId.exec(taxId)?.[1];
    return member ? withUsccCheckCharacter(`9131${stamp}${member.slice(1)}`) : taxId;
  };
  const mapName = (name: string) => `${name.replace(/^Sample /, '').replace(/ \(.*\)$/, '').replace(/ Co\., Ltd\.$/, '')} ${tag} Co., Ltd.`;
  const renamed = new Map<string, string>();
  const companies = readSampleCompanies().companies.map((company): Company => {
    const registry = company.registry;
    const name = mapName(registry.name);
    renamed.set(registry.name, name);
    return {
      ...company,
      registry: {
        ...registry,
        taxId: mapTaxId(registry.taxId),
        name,
        parentTaxId: registry.parentTaxId ? mapTaxId(registry.parentTaxId) : null,
        legalRepresentative: `${registry.legalRepresentative} ${stamp}`,
        // people are linked by name: the family's people are its own
        shareholders: registry.shareholders.map((holder) => ({
          ...holder,
          name: holder.naturalPerson ? `${holder.name} ${stamp}` : holder.name,
          taxId: holder.taxId ? mapTaxId(holder.taxId) : null,
        })),
      },
      bureau: { ...company.bureau, guaranteesGiven: company.bureau.guaranteesGiven.map((guarantee) => ({ ...guarantee, beneficiaryTaxId: mapTaxId(guarantee.beneficiaryTaxId) })) },
    };
  });
  for (const company of companies) {
    company.registry.shareholders = company.registry.shareholders.map((holder) => (holder.naturalPerson ? holder : { ...holder, name: renamed.get(holder.name) ?? holder.name }));
  }
  const byRole = (role: SampleRole) => companies.find((company) => company.registry.taxId === mapTaxId(sampleCompanyTaxIds[role])) as Company;
  return { companies, companyOf: byRole, taxIdOf: (role) => byRole(role).registry.taxId, nameOf: (role) => byRole(role).registry.name };
}
