import type { SampleCompanies } from '../investigation/sample-company-sources';

/** Every demo record's name starts with this label, so people (and `npm run demo -- --remove`) tell it from real data. */
export const demoLabel = '【示例 Demo】';

/** Where a demo case is left for people to look at. */
export type DemoState = 'green-channel-approved' | 'analyst-review' | 'committee-vote' | 'dunning' | 'legal';

export interface DemoCase {
  key: string;
  state: DemoState;
  /** 示例 Chinese name with English beside, after the label. */
  name: string;
  /** A unified social credit code of the demo's own (no real company), with its check character. */
  taxId: string;
  requestedLimit: number;
  urgent: boolean;
  /** For the cases past the sale: how many days ago the goods were delivered (the sale is recorded as it happened). */
  deliveredDaysAgo?: number;
  invoiceAmount?: number;
}

const usccCharacters = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 32100-2015: the 18th character of a unified social credit code from its first 17. */
function uscc(first17: string): string {
  const sum = [...first17].reduce((total, character, index) => total + usccCharacters.indexOf(character) * (usccWeights[index] ?? 0), 0);
  return `${first17}${usccCharacters[(31 - (sum % 31)) % 31]}`;
}

/**
 * The five demo cases, one per state a newcomer should see. The two past the sale record goods delivered
 * months ago (the dev engine's clock is real and cannot be moved): their due dates lie in the past, so the
 * real timers, dunning ladder and legal route run at once on today's date, with the days overdue those dates give.
 */
export const demoCases: readonly DemoCase[] = [
  { key: 'green', state: 'green-channel-approved', name: `${demoLabel}绿通贸易有限公司 Green Channel Trading Co., Ltd.`, taxId: uscc('91310000DEM000001'), requestedLimit: 300_000, urgent: true },
  { key: 'analyst', state: 'analyst-review', name: `${demoLabel}待审五金有限公司 Awaiting Review Hardware Co., Ltd.`, taxId: uscc('91310000DEM000002'), requestedLimit: 400_000, urgent: false },
  { key: 'committee', state: 'committee-vote', name: `${demoLabel}大额机电有限公司 Large Limit Machinery Co., Ltd.`, taxId: uscc('91310000DEM000003'), requestedLimit: 8_000_000, urgent: false },
  { key: 'dunning', state: 'dunning', name: `${demoLabel}逾期物流有限公司 Overdue Logistics Co., Ltd.`, taxId: uscc('91310000DEM000004'), requestedLimit: 500_000, urgent: false, deliveredDaysAgo: 80, invoiceAmount: 280_000 },
  { key: 'legal', state: 'legal', name: `${demoLabel}诉讼建材有限公司 Litigation Building Materials Co., Ltd.`, taxId: uscc('91310000DEM000005'), requestedLimit: 500_000, urgent: false, deliveredDaysAgo: 150, invoiceAmount: 260_000 },
];

/**
 * What the sample investigation sources know of the demo companies: the clean sample company's records
 * (src/investigation/sample-companies.json) under each demo name and tax id, with shareholders of their own,
 * so no demo company is linked to a real or sample one (a group freeze of the legal case stays in the demo).
 */
export function demoSampleCompanies(template: SampleCompanies['companies'][number]): SampleCompanies['companies'] {
  return demoCases.map((demo) => ({
    ...template,
    registry: {
      ...template.registry,
      taxId: demo.taxId,
      name: demo.name,
      parentTaxId: null,
      legalRepresentative: `示例法人 ${demo.key}`,
      shareholders: [{ name: `示例股东 Demo holder ${demo.key}`, taxId: null, naturalPerson: true, sharePercent: 100 }],
    },
    bureau: { ...template.bureau, guaranteesGiven: [] },
  }));
}
