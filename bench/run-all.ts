/**
 * `npm run bench`: every benchmark in sequence at modest sizes (a run of roughly half an hour on a
 * quiet 2-core machine), each printing its figures and the machine's load at its start and end. For
 * the sizes the README's table quotes, run a script on its own with the arguments its header names.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const benchRuns: Array<{ script: string; args: string[] }> = [
  { script: 'engine-ceiling.bench.ts', args: ['--seconds', '30'] },
  { script: 'green-channel.bench.ts', args: ['--nodes', '1', '--cases', '4', '--ceiling-seconds', '30'] },
  { script: 'green-channel.bench.ts', args: ['--nodes', '2', '--cases', '4', '--ceiling-seconds', '30'] },
  { script: 'lifecycles.bench.ts', args: ['--cases', '20'] },
  { script: 'open-cases.bench.ts', args: ['--open', '2000', '--queries', '50'] },
  { script: 'health-report.bench.ts', args: ['--reports', '100'] },
  { script: 'scoring.bench.ts', args: ['--single', '2000', '--batch', '20000'] },
  { script: 'dashboard.bench.ts', args: ['--rows', '100000'] },
  { script: 'api-load.bench.ts', args: ['--requests', '100'] },
  { script: 'engine-start.bench.ts', args: ['--no-build', '--applications', '5'] },
];

if (require.main === module) {
  const outcomes: string[] = [];
  for (const run of benchRuns) {
    const command = ['tsx', path.join('bench', run.script), ...run.args];
    console.log(`\n=== npx ${command.join(' ')}`);
    const started = Date.now();
    const result = spawnSync('npx', command, { stdio: 'inherit', cwd: path.join(__dirname, '..') });
    outcomes.push(`${result.status === 0 ? 'ok    ' : 'FAILED'} ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s  ${run.script} ${run.args.join(' ')}`);
  }
  console.log(`\n=== summary\n${outcomes.join('\n')}`);
  process.exit(outcomes.some((line) => line.startsWith('FAILED')) ? 1 : 0);
}
