import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { bureauRecordSchema, litigationRecordSchema, newsRecordSchema, registryRecordSchema, type RegistryRecord } from '../contracts/investigation.contract';
import type { InvestigationSources } from './investigation-sources';
import { demoSampleCompanies } from '../demo/demo-cases';

const sampleFileSchema = z.object({
  _notice: z.string(),
  companies: z.array(z.object({ registry: registryRecordSchema, litigation: litigationRecordSchema, news: newsRecordSchema, bureau: bureauRecordSchema })),
});
export type SampleCompanies = z.infer<typeof sampleFileSchema>;

export const sampleCompaniesFile = path.join(__dirname, 'sample-companies.json');

export function readSampleCompanies(file = sampleCompaniesFile): SampleCompanies {
  return sampleFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Companies linked by a parent, a corporate shareholder or a shared natural-person shareholder. */
export function linkedCompanies(all: RegistryRecord[], taxId: string): RegistryRecord[] {
  const subject = all.find((company) => company.taxId === taxId);
  if (!subject) return [];
  const people = new Set(subject.shareholders.filter((holder) => holder.naturalPerson).map((holder) => holder.name));
  const corporate = new Set(subject.shareholders.map((holder) => holder.taxId).filter((id): id is string => id !== null));
  return all.filter(
    (other) =>
      other.taxId !== taxId &&
      (other.parentTaxId === taxId ||
        subject.parentTaxId === other.taxId ||
        corporate.has(other.taxId) ||
        other.shareholders.some((holder) => holder.taxId === taxId || (holder.naturalPerson && people.has(holder.name)))),
  );
}

/** The file-backed sources over the clearly labelled sample companies (the local default and the tests' source). */
export function sampleCompanySources(file = sampleCompaniesFile): InvestigationSources {
  const samples = readSampleCompanies(file).companies;
  // the demo's companies (npm run demo) are known too: records of the clean sample under the demo's labelled names
  const companies = [...samples, ...demoSampleCompanies(readSampleCompanies().companies[0] as SampleCompanies['companies'][number])];
  const find = (taxId: string) => companies.find((company) => company.registry.taxId === taxId);
  return {
    description: 'sample companies (file-backed, fictitious)',
    registry: {
      lookup: async (taxId) => find(taxId)?.registry,
      linkedTo: async (taxId) => linkedCompanies(companies.map((company) => company.registry), taxId),
    },
    litigation: { casesOf: async (taxId) => find(taxId)?.litigation ?? { cases: [] } },
    news: { newsAbout: async (taxId) => find(taxId)?.news ?? { items: [] } },
    bureau: { reportOn: async (taxId) => find(taxId)?.bureau },
  };
}
