import fs from 'node:fs';
import path from 'node:path';
import { licenceFromText, splitLicenceExpression } from './licence-policy';

export interface Dependency {
  ecosystem: 'npm' | 'maven';
  name: string;
  version: string;
  /** The licences as declared (expression parts or the POM's list), or read from the licence file. */
  licences: string[];
}

interface LsNode {
  version?: string;
  path?: string;
  license?: unknown;
  missing?: boolean;
  dependencies?: Record<string, LsNode>;
}

function declaredLicences(value: unknown): string[] {
  if (typeof value === 'string') return splitLicenceExpression(value);
  if (Array.isArray(value)) return value.flatMap(declaredLicences);
  if (value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string') return [(value as { type: string }).type];
  return [];
}

/** The licence of an installed package: its package.json (license, or the old licenses list), else its licence file. */
export function packageLicences(directory: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8')) as { license?: unknown; licenses?: unknown };
  const declared = declaredLicences(manifest.license ?? manifest.licenses);
  const pointsToFile = declared.find((licence) => /^SEE LICEN[CS]E IN /i.test(licence));
  if (declared.length > 0 && !pointsToFile) return declared;
  const files = [pointsToFile?.replace(/^SEE LICEN[CS]E IN /i, ''), ...fs.readdirSync(directory).filter((file) => /^(LICEN[CS]E|COPYING)(\.|$)/i.test(file))].filter(Boolean) as string[];
  for (const file of files) {
    const full = path.join(directory, file);
    if (!fs.existsSync(full)) continue;
    const fromText = licenceFromText(fs.readFileSync(full, 'utf8'));
    if (fromText) return [...declared.filter((licence) => licence !== pointsToFile), fromText];
  }
  return declared.filter((licence) => licence !== pointsToFile);
}

/**
 * Every installed package of `npm ls --omit=dev --all --json --long` once (name@version), with the
 * licence its own package.json gives. Optional packages not installed on this machine (other
 * platforms' binaries) are not part of the runtime here and are left out.
 */
export function npmRuntimeDependencies(tree: { dependencies?: Record<string, LsNode> }, baseDir: string): Dependency[] {
  const found = new Map<string, Dependency>();
  const visit = (dependencies: Record<string, LsNode> | undefined) => {
    for (const [name, node] of Object.entries(dependencies ?? {})) {
      if (!node.version || node.missing) continue;
      const key = `${name}@${node.version}`;
      if (found.has(key)) continue;
      const directory = node.path ? path.resolve(baseDir, node.path) : undefined;
      const licences = directory && fs.existsSync(path.join(directory, 'package.json')) ? packageLicences(directory) : declaredLicences(node.license);
      found.set(key, { ecosystem: 'npm', name, version: node.version, licences });
      visit(node.dependencies);
    }
  };
  visit(tree.dependencies);
  return [...found.values()];
}
