import fs from 'node:fs';
import path from 'node:path';
// bpmnlint and the moddles ship without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Linter } = require('bpmnlint') as { Linter: new (options: unknown) => { lint(root: unknown): Promise<LintReport> } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => { resolveRule(pkg: string, name: string): unknown; resolveConfig(pkg: string, name: string): unknown };
import { executionPlatformRule } from './lint/execution-platform.rule';
import { taskImplementationRule } from './lint/task-implementation.rule';
import { asCamundaNamespace } from './lint/operaton-namespace';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BpmnModdle } = require('bpmn-moddle') as { BpmnModdle: new (packages: Record<string, unknown>) => {
  fromXML(xml: string): Promise<{ rootElement: unknown; warnings: Array<{ message: string }> }>;
} };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const camundaDescriptor = require('camunda-bpmn-moddle/resources/camunda.json') as Record<string, unknown>;

type LintReport = Record<string, Array<{ id?: string; message: string; category: string }>>;

export interface LintFinding {
  file: string;
  rule: string;
  elementId: string;
  message: string;
  category: 'error' | 'warn' | 'info' | string;
}

/**
 * Operaton 1.0 runs what Camunda 7.24 runs (it forked from 7.24): bpmnlint's recommended rules plus
 * camunda-compat's rules for Camunda Platform 7.24.
 */
export const lintedPlatform = 'camunda-platform-7-24';

/** The project's own rules, as bpmnlint plugin `credit-lifecycle` (served by `projectLintResolver`, packed for the browser by src/web/lint-config.bundle.ts). */
export const projectLintPlugin = 'bpmnlint-plugin-credit-lifecycle';
export const projectLintRules: Record<string, { file: string; exportName: string; factory: unknown }> = {
  'execution-platform': { file: require.resolve('./lint/execution-platform.rule'), exportName: 'executionPlatformRule', factory: executionPlatformRule },
  'task-implementation': { file: require.resolve('./lint/task-implementation.rule'), exportName: 'taskImplementationRule', factory: taskImplementationRule },
};

/**
 * The deployment gate refuses what Operaton cannot run as meant; a missing label is a modeling defect
 * worth a warning, not a refusal (the Operaton models of other projects leave events unnamed).
 */
export function lintConfig() {
  return {
    extends: ['bpmnlint:recommended', `plugin:camunda-compat/${lintedPlatform}`],
    rules: { 'label-required': 'warn', ...Object.fromEntries(Object.keys(projectLintRules).map((name) => [`credit-lifecycle/${name}`, 'error'])) },
  };
}

/** bpmnlint's node resolver, and the project's own rules under their plugin name. */
export function projectLintResolver() {
  const node = new NodeResolver();
  return {
    resolveRule: (pkg: string, name: string) => (pkg === projectLintPlugin ? projectLintRules[name]?.factory : node.resolveRule(pkg, name)),
    resolveConfig: (pkg: string, name: string) => node.resolveConfig(pkg, name),
  };
}


export async function lintBpmnXml(xml: string, file: string): Promise<LintFinding[]> {
  const moddle = new BpmnModdle({ camunda: camundaDescriptor });
  let parsed;
  try {
    parsed = await moddle.fromXML(asCamundaNamespace(xml));
  } catch (error) {
    return [{ file, rule: 'parse', elementId: '', message: `not readable as BPMN: ${(error as Error).message}`, category: 'error' }];
  }
  const linter = new Linter({ config: lintConfig(), resolver: projectLintResolver() });
  const report = await linter.lint(parsed.rootElement);
  return Object.entries(report).flatMap(([rule, findings]) =>
    findings.map((finding) => ({
      file,
      rule,
      elementId: finding.id ?? '',
      message: finding.message,
      category: finding.category,
    })),
  );
}

export async function lintBpmnFile(filePath: string, root: string): Promise<LintFinding[]> {
  return lintBpmnXml(fs.readFileSync(filePath, 'utf8'), path.relative(root, filePath));
}

export const formatFinding = (finding: LintFinding) =>
  `${finding.file}: ${finding.category} ${finding.rule} at ${finding.elementId || '(file)'}: ${finding.message}`;
