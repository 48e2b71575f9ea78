import type { BureauRecord, LitigationRecord, NewsRecord, RegistryRecord } from '../contracts/investigation.contract';

/** One interface per outside source; each has an HTTP and a file-backed implementation. */
export interface BusinessRegistry {
  lookup(taxId: string): Promise<RegistryRecord | undefined>;
  /** Every company whose shareholders or parent link it to the given one (the registry's own graph search). */
  linkedTo(taxId: string): Promise<RegistryRecord[]>;
}
export interface LitigationSource {
  casesOf(taxId: string): Promise<LitigationRecord>;
}
export interface NewsSource {
  newsAbout(taxId: string): Promise<NewsRecord>;
}
export interface CreditBureau {
  reportOn(taxId: string): Promise<BureauRecord | undefined>;
}

export interface InvestigationSources {
  registry: BusinessRegistry;
  litigation: LitigationSource;
  news: NewsSource;
  bureau: CreditBureau;
  /** Which implementation answered, recorded in the report. */
  description: string;
}
