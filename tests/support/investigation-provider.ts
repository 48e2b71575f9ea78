import express from 'express';
import type { AddressInfo } from 'node:net';
import { linkedCompanies, type SampleCompanies } from '../../src/investigation/sample-company-sources';

type Company = SampleCompanies['companies'][number];

export interface InvestigationProvider {
  /** REGISTRY_URL, LITIGATION_URL, NEWS_URL and CREDIT_BUREAU_URL: set them before the system starts. */
  urls: Record<'REGISTRY_URL' | 'LITIGATION_URL' | 'NEWS_URL' | 'CREDIT_BUREAU_URL', string>;
  close(): Promise<void>;
}

/**
 * Routes answering like the registry, court, news and bureau providers (the outside systems of the
 * investigation) about the given companies, in the shape src/investigation/http-sources.ts reads.
 * The bureau has no report (404) on a company it does not know, or, with `bureauDownForUnknown`,
 * fails (503) as an unavailable provider would.
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
export async function startInvestigationProvider(companies: Company[]): Promise<InvestigationProvider> {
  const app = express().use(investigationProviderRoutes(companies));
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urls: { REGISTRY_URL: base, LITIGATION_URL: base, NEWS_URL: base, CREDIT_BUREAU_URL: base },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
