import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../engine/local/engine-profile';
import { checkLicences, formatTable } from './licence-gate';
import { mavenRuntimeDependencies } from './maven-licences';
import { npmRuntimeDependencies } from './npm-licences';

/**
 * `npm run licences [-- --npm-tree ls.json] [-- --maven-third-party THIRD-PARTY.txt]`: fails when a
 * runtime dependency (npm production tree, the engine's Maven runtime tree) carries a licence that is
 * not open source. Without the options it asks npm and Maven itself.
 */
const usage = 'Usage: npm run licences [-- --npm-tree <npm ls --json --long output>] [--maven-third-party <THIRD-PARTY.txt>]';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (result.error) throw new Error(`'${command}' could not be run (${result.error.message}): install it first.`);
  // npm ls exits 1 for problems such as an extraneous package, yet prints the tree
  if (!result.stdout) throw new Error(`'${command} ${args.join(' ')}' failed (${result.status}): ${result.stderr.slice(-2000)}`);
  return result.stdout;
}

function npmTree(file: string | undefined): { tree: object; baseDir: string } {
  if (file) return { tree: JSON.parse(fs.readFileSync(file, 'utf8')) as object, baseDir: path.dirname(path.resolve(file)) };
  return { tree: JSON.parse(run('npm', ['ls', '--omit=dev', '--all', '--json', '--long'], projectRoot)) as object, baseDir: projectRoot };
}

function mavenThirdParty(file: string | undefined): string {
  if (file) return fs.readFileSync(file, 'utf8');
  const engine = path.join(projectRoot, 'engine');
  const result = spawnSync('mvn', ['-B', '-q', 'license:add-third-party'], { cwd: engine, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error || result.status !== 0) throw new Error(`The Maven license plugin failed (is Maven installed?): ${(result.stdout + result.stderr).slice(-2000) || result.error?.message}`);
  return fs.readFileSync(path.join(engine, 'target', 'licences', 'THIRD-PARTY.txt'), 'utf8');
}

function main(args: string[]): number {
  if (args.includes('--help')) {
    console.log(usage);
    return 0;
  }
  const npm = npmTree(option(args, '--npm-tree'));
  const dependencies = [...npmRuntimeDependencies(npm.tree, npm.baseDir), ...mavenRuntimeDependencies(mavenThirdParty(option(args, '--maven-third-party')))];
  const result = checkLicences(dependencies);
  const count = (ecosystem: string) => dependencies.filter((dependency) => dependency.ecosystem === ecosystem).length;
  console.log(`Runtime dependencies: ${count('npm')} npm packages (production tree), ${count('maven')} Maven artifacts (the engine's runtime scope).\n`);
  console.log(formatTable(result));
  if (result.refused.length === 0) {
    console.log('\nLicence gate passed: every runtime dependency is open source (bpmn-js under the bpmn.io licence, the named exception).');
    return 0;
  }
  console.error(`\nLicence gate FAILED: ${result.refused.length} runtime dependenc${result.refused.length === 1 ? 'y is' : 'ies are'} not open source or not known to be:`);
  for (const { dependency, verdict, reason } of result.refused) {
    console.error(`  ${dependency.ecosystem} ${dependency.name}@${dependency.version}: ${verdict} (${reason})`);
  }
  return 1;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
