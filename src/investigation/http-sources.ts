import type { ZodType } from 'zod';
import { z } from 'zod';
import { bureauRecordSchema, litigationRecordSchema, newsRecordSchema, registryRecordSchema } from '../contracts/investigation.contract';
import type { InvestigationSources } from './investigation-sources';

export interface HttpSourceUrls {
  registryUrl: string;
  litigationUrl: string;
  newsUrl: string;
  bureauUrl: string;
  apiKey?: string;
}

export class SourceUnavailableError extends Error {
  override name = 'SourceUnavailableError';
}

/** How staff name each source in an incident's message (Cockpit shows it to the process owner). */
const sourceNames = {
  registry: '工商登记 Business registry',
  litigation: '涉诉信息 Court records',
  news: '舆情 News',
  bureau: '征信 Credit bureau',
} as const;

async function getJson<T>(source: keyof typeof sourceNames, url: string, schema: ZodType<T>, apiKey: string | undefined): Promise<T | undefined> {
  const from = `${sourceNames[source]} (${new URL(url).host})`;
  const response = await fetch(url, { headers: { accept: 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) }, signal: AbortSignal.timeout(15_000) });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new SourceUnavailableError(`${from} 不可用 unavailable: answered ${response.status} ${response.statusText}`.trim());
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new SourceUnavailableError(`${from} 应答格式不符 answered in an unexpected shape: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/**
 * The sources over HTTP: GET <base>/companies/<taxId> (registry), …/linked, …/cases, …/news,
 * …/report. Every answer is checked against the contract before it is used.
 */
export function httpSources(urls: HttpSourceUrls): InvestigationSources {
  const at = (base: string, taxId: string, suffix = '') => `${base.replace(/\/$/, '')}/companies/${encodeURIComponent(taxId)}${suffix}`;
  return {
    description: `HTTP sources (${[urls.registryUrl, urls.litigationUrl, urls.newsUrl, urls.bureauUrl].map((url) => new URL(url).host).join(', ')})`,
    registry: {
      lookup: (taxId) => getJson('registry', at(urls.registryUrl, taxId), registryRecordSchema, urls.apiKey),
      linkedTo: async (taxId) => (await getJson('registry', at(urls.registryUrl, taxId, '/linked'), z.array(registryRecordSchema), urls.apiKey)) ?? [],
    },
    litigation: { casesOf: async (taxId) => (await getJson('litigation', at(urls.litigationUrl, taxId, '/cases'), litigationRecordSchema, urls.apiKey)) ?? { cases: [] } },
    news: { newsAbout: async (taxId) => (await getJson('news', at(urls.newsUrl, taxId, '/news'), newsRecordSchema, urls.apiKey)) ?? { items: [] } },
    bureau: { reportOn: (taxId) => getJson('bureau', at(urls.bureauUrl, taxId, '/report'), bureauRecordSchema, urls.apiKey) },
  };
}
