import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { checkLicences } from '../../src/licences/licence-gate';
import { classify } from '../../src/licences/licence-policy';
import { mavenRuntimeDependencies } from '../../src/licences/maven-licences';
import { npmRuntimeDependencies } from '../../src/licences/npm-licences';

const fixtures = path.join(__dirname, '..', 'fixtures', 'licences');
const fixture = (name: string) => path.join(fixtures, name);
const gate = (args: string[]) =>
  promisify(execFile)(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'src', 'licences', 'licence-gate.cli.ts'), ...args], { cwd: projectRoot }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

describe('the licence gate of runtime dependencies', () => {
  it('when licences are classified, then open-source ones pass, source-available and vendor licences and none at all are refused', () => {
    for (const licences of [['MIT'], ['Apache License, Version 2.0'], ['The Apache Software License, Version 2.0'], ['EPL 2.0', 'GPL2 w/ CPE'], ['ISC'], ['BSD-3-Clause'], ['WTFPL', 'MIT'], ['Public Domain, per Creative Commons CC0']]) {
      expect({ licences, verdict: classify('some-package', licences).verdict }).toEqual({ licences, verdict: 'allowed' });
    }
    for (const licences of [['AGPL-3.0-only'], ['SSPL-1.0'], ['BUSL-1.1'], ['Elastic License 2.0'], ['MIT', 'Commons Clause'], ['Camunda License 1.0'], ['Zeebe Community License Version 1.1'], ['UNLICENSED']]) {
      expect({ licences, verdict: classify('some-package', licences).verdict }).toEqual({ licences, verdict: 'forbidden' });
    }
    expect(classify('some-package', [])).toMatchObject({ verdict: 'unknown', reason: 'no licence declared' });
    expect(classify('some-package', ['Frobnicate Licence'])).toMatchObject({ verdict: 'unknown' });
    // "Unlicense" is a public-domain dedication, "UNLICENSED" npm's word for proprietary
    expect(classify('some-package', ['Unlicense']).verdict).toBe('allowed');
  });

  it('when a package carries the bpmn.io licence, then it passes only as one of the bpmn-io family', () => {
    expect(classify('bpmn-js', ['bpmn.io License']).verdict).toBe('bpmn.io exception');
    expect(classify('@bpmn-io/form-js-viewer', ['bpmn.io License']).verdict).toBe('bpmn.io exception');
    expect(classify('fancy-diagrams', ['bpmn.io License'])).toMatchObject({ verdict: 'forbidden', reason: 'the bpmn.io licence is accepted for the bpmn-io family only' });
  });

  it("when the npm tree is read, then each installed package's own package.json (or licence file) gives its licence; uninstalled optional ones are left out", () => {
    const dependencies = npmRuntimeDependencies(JSON.parse(fs.readFileSync(fixture('npm-tree-forbidden.json'), 'utf8')), fixtures);
    expect(Object.fromEntries(dependencies.map((dependency) => [dependency.name, dependency.licences]))).toEqual({
      'left-pad': ['WTFPL', 'MIT'],
      'png-like': ['MIT'],
      'search-client': ['SSPL-1.0'],
      'mystery-lib': [],
      'old-style': ['BSD-3-Clause'],
      'bpmn-js': ['bpmn.io License'],
      'fancy-diagrams': ['bpmn.io License'],
      'zeebe-sdk': ['LicenseRef-Camunda-License-1.0 (Camunda License 1.0)'],
    });
  });

  it("when the Maven plugin's third-party list is read, then every artifact has its POM licences; 'Unknown license' counts as none", () => {
    const dependencies = mavenRuntimeDependencies(fs.readFileSync(fixture('third-party-forbidden.txt'), 'utf8'));
    expect(dependencies).toEqual([
      { ecosystem: 'maven', name: 'org.operaton.bpm:operaton-engine', version: '1.0.3', licences: ['The Apache Software License, Version 2.0'] },
      { ecosystem: 'maven', name: 'org.elasticsearch:elasticsearch', version: '8.15.0', licences: ['Elastic License 2.0', 'Server Side Public License, v 1'] },
      { ecosystem: 'maven', name: 'io.camunda:zeebe-broker', version: '8.6.0', licences: ['Zeebe Community License Version 1.1'] },
      { ecosystem: 'maven', name: 'com.example:internal-helper', version: '1.0', licences: [] },
    ]);
    expect(() => mavenRuntimeDependencies('     garbage without coordinates')).toThrow(/unreadable line/);
  });

  it('when a runtime dependency carries a forbidden licence, then the gate fails and names each one', async () => {
    const result = await gate(['--npm-tree', fixture('npm-tree-forbidden.json'), '--maven-third-party', fixture('third-party-forbidden.txt')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Licence\s+npm\s+Maven\s+verdict$/m);
    expect(result.stderr).toContain('Licence gate FAILED: 7 runtime dependencies are not open source or not known to be:');
    for (const line of [
      'npm search-client@2.0.0: forbidden (SSPL is not an open-source licence)',
      'npm mystery-lib@0.1.0: unknown (no licence declared)',
      'npm fancy-diagrams@1.0.0: forbidden (the bpmn.io licence is accepted for the bpmn-io family only)',
      'npm zeebe-sdk@8.6.0: forbidden (Camunda License is not an open-source licence)',
      'maven org.elasticsearch:elasticsearch@8.15.0: forbidden (Elastic License is not an open-source licence)',
      'maven io.camunda:zeebe-broker@8.6.0: forbidden (Zeebe Community License is not an open-source licence)',
      'maven com.example:internal-helper@1.0: unknown (no licence declared)',
    ]) expect(result.stderr).toContain(line);
  });

  it('when every runtime dependency is open source (bpmn-js with its watermark licence), then the gate passes and prints the licence table', async () => {
    const result = await gate(['--npm-tree', fixture('npm-tree-clean.json'), '--maven-third-party', fixture('third-party-clean.txt')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Runtime dependencies: 4 npm packages (production tree), 3 Maven artifacts');
    expect(result.stdout).toMatch(/^bpmn\.io License\s+1\s+0\s+bpmn\.io exception$/m);
    expect(result.stdout).toMatch(/^EPL-2\.0\s+0\s+1\s+allowed$/m);
    expect(result.stdout).toContain('Licence gate passed');
    expect(checkLicences(mavenRuntimeDependencies(fs.readFileSync(fixture('third-party-clean.txt'), 'utf8'))).refused).toEqual([]);
  });
});
