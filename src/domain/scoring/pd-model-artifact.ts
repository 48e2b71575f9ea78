/**
 * Writing the PD model artifact: a JSON file with one tree per line, so a retrained model
 * shows in review as a plain diff and stays small.
 */
import type { PdModelArtifact } from '../../contracts/pd-model-artifact.contract';
import type { GbdtModel, Tree } from './gbdt-model';

/** Leaf values keep 9 significant digits: far below any effect on a PD, a third of the bytes. */
const significantDigits = 9;
const compact = (x: number): number => Number(x.toPrecision(significantDigits));

function compactTree(tree: Tree): Tree {
  return { ...tree, value: tree.value.map(compact) };
}

export function buildArtifact(model: GbdtModel, meta: Omit<PdModelArtifact, 'format' | 'objective' | 'baseScore' | 'trees'>): PdModelArtifact {
  return {
    format: 'credit-gbdt/1',
    objective: 'binary:logistic',
    ...meta,
    baseScore: model.baseScore,
    trees: model.trees.map(compactTree) as PdModelArtifact['trees'],
  };
}

export function serialiseArtifact(artifact: PdModelArtifact): string {
  const { trees, ...header } = artifact;
  const headerJson = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  const treeLines = trees.map((tree) => `    ${JSON.stringify(tree)}`).join(',\n');
  return `${headerJson},\n  "trees": [\n${treeLines}\n  ]\n}\n`;
}
