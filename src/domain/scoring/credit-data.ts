/**
 * The third-party credit data under `../shared/data/credit/` (see its README): read, parsed
 * and fingerprinted so that an artifact records exactly which bytes it was trained on.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../engine/local/engine-profile';
import { LabelledDataset, parseArff } from './arff';

export const creditDataFiles = {
  fiveYearTrain: 'polish-5year-train.arff',
  fiveYearHoldout: 'polish-5year-holdout.arff',
  oneYear: 'polish-1year.arff',
} as const;

export interface CreditDataFile {
  /** As recorded in artifacts: relative to the repository root. */
  relativePath: string;
  sha256: string;
  dataset: LabelledDataset;
}

export function readCreditData(fileName: string): CreditDataFile {
  const absolute = path.resolve(projectRoot, '..', 'shared', 'data', 'credit', fileName);
  if (!fs.existsSync(absolute)) {
    throw new Error(`${fileName} not found: the shared data is expected at ../shared/data/credit/ beside the repository`);
  }
  const bytes = fs.readFileSync(absolute);
  return {
    relativePath: `../shared/data/credit/${fileName}`,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    dataset: parseArff(bytes.toString('utf8')),
  };
}

export function countPositives(labels: ArrayLike<number>): number {
  let positives = 0;
  for (let i = 0; i < labels.length; i += 1) if (labels[i] === 1) positives += 1;
  return positives;
}
