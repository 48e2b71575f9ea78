import { httpSources } from './http-sources';
import type { InvestigationSources } from './investigation-sources';
import { sampleCompanySources } from './sample-company-sources';

/** HTTP sources when all four URLs are configured, otherwise the labelled sample companies. */
export function sourcesFromEnvironment(env: NodeJS.ProcessEnv = process.env): InvestigationSources {
  const { REGISTRY_URL, LITIGATION_URL, NEWS_URL, CREDIT_BUREAU_URL, INVESTIGATION_API_KEY } = env;
  if (REGISTRY_URL && LITIGATION_URL && NEWS_URL && CREDIT_BUREAU_URL) {
    return httpSources({ registryUrl: REGISTRY_URL, litigationUrl: LITIGATION_URL, newsUrl: NEWS_URL, bureauUrl: CREDIT_BUREAU_URL, apiKey: INVESTIGATION_API_KEY });
  }
  return sampleCompanySources();
}
