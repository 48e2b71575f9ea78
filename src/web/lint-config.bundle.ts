import path from 'node:path';
import { lintConfig, projectLintPlugin, projectLintResolver, projectLintRules } from '../engine/model-lint';

// bpmnlint ships without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Linter } = require('bpmnlint') as { Linter: new (options: unknown) => { resolveRules(config: unknown): Promise<unknown[]> } };

/** Where a rule's module lives, resolved the way bpmnlint's NodeResolver finds it. */
function ruleModulePath(pkg: string, ruleName: string): string {
  if (pkg === projectLintPlugin) return projectLintRules[ruleName]?.file as string;
  if (pkg === 'bpmnlint') return require.resolve(`bpmnlint/rules/${ruleName}`);
  const instance = require(pkg) as { rules?: Record<string, string> };
  const reference = instance.rules?.[ruleName];
  if (reference) return reference.startsWith('.') ? require.resolve(path.join(path.dirname(require.resolve(pkg)), reference)) : require.resolve(reference);
  return require.resolve(`${pkg}/rules/${ruleName}`);
}

/**
 * The source of a browser module exporting `{ config, resolver }` for bpmn-js-bpmnlint: exactly
 * the rules and configs the server's lint (and so the deployment gate) uses, packed statically.
 */
export async function packedLintConfigSource(): Promise<string> {
  const config = lintConfig();
  const node = projectLintResolver();
  const rules = new Map<string, string>();
  const configs = new Map<string, unknown>();
  const recorder = {
    resolveRule(pkg: string, name: string) {
      rules.set(`${pkg}/${name}`, ruleModulePath(pkg, name));
      return node.resolveRule(pkg, name);
    },
    resolveConfig(pkg: string, name: string) {
      const resolved = node.resolveConfig(pkg, name);
      configs.set(`${pkg}/${name}`, resolved);
      return resolved;
    },
  };
  await new Linter({ config, resolver: recorder }).resolveRules(config);
  const ruleSource = (id: string, file: string) => {
    const own = id.startsWith(`${projectLintPlugin}/`) ? projectLintRules[id.slice(projectLintPlugin.length + 1)] : undefined;
    return own ? `require(${JSON.stringify(own.file)}).${own.exportName}` : `require(${JSON.stringify(file)})`;
  };
  const lines = [
    `const StaticResolver = require(${JSON.stringify(require.resolve('bpmnlint/lib/resolver/static-resolver'))});`,
    'const cache = {};',
    // bpmn-js-bpmnlint 0.24 reads meta.documentation.url of every rule that has meta; camunda-compat's
    // "secrets" rule has meta without documentation, which crashed the on-canvas issue list.
    'const documented = (factory) => (config) => { const rule = factory(config); return rule.meta && !rule.meta.documentation ? { ...rule, meta: { ...rule.meta, documentation: {} } } : rule; };',
    ...[...configs].map(([id, value]) => `cache[${JSON.stringify(`config:${id}`)}] = ${JSON.stringify(value)};`),
    ...[...rules].map(([id, file]) => `cache[${JSON.stringify(`rule:${id}`)}] = documented(${ruleSource(id, file)});`),
    `export const config = ${JSON.stringify(config)};`,
    'export const resolver = new StaticResolver(cache);',
    `export const ruleCount = ${rules.size};`,
  ];
  return lines.join('\n');
}
