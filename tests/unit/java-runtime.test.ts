import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findJavaRuntime, parseJavaMajor } from '../../src/engine/local/java-runtime';

function fakeJdk(root: string, name: string, banner: string): string {
  const home = path.join(root, name);
  fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
  const java = path.join(home, 'bin', 'java');
  fs.writeFileSync(java, `#!/bin/sh\necho '${banner}' >&2\n`);
  fs.chmodSync(java, 0o755);
  return home;
}

describe('finding a Java runtime for the engine', () => {
  let jvmDir: string;
  beforeEach(() => {
    jvmDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jvm-'));
  });
  afterEach(() => fs.rmSync(jvmDir, { recursive: true, force: true }));

  it('when banners of several vendors are read, then the major version is found', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "25" 2025-09-16')).toBe(25);
    expect(parseJavaMajor('java version "1.8.0_402"')).toBe(8);
    expect(parseJavaMajor('nonsense')).toBeUndefined();
  });

  it('when only Java 17 is installed, then the error names what was found and what to do', () => {
    fakeJdk(jvmDir, 'jdk-17', 'openjdk version "17.0.15" 2025-04-15');
    expect(() => findJavaRuntime({ min: 21, max: 25 }, {}, jvmDir)).toThrow(/No Java 21–25 runtime found.*JAVA_HOME.*Java 17/s);
  });

  it('when nothing is installed, then the error says so', () => {
    expect(() => findJavaRuntime({ min: 21, max: 25 }, {}, path.join(jvmDir, 'missing'))).toThrow(/JAVA_HOME unset/);
  });

  it('when JAVA_HOME points at a fitting JDK, then it wins over newer ones', () => {
    const java21 = fakeJdk(jvmDir, 'jdk-21', 'openjdk version "21.0.4"');
    fakeJdk(jvmDir, 'jdk-25', 'openjdk version "25"');
    expect(findJavaRuntime({ min: 21, max: 25 }, { JAVA_HOME: java21 }, jvmDir)).toEqual({ home: java21, major: 21 });
  });

  it('when JAVA_HOME is too old, then the newest fitting JDK in the folder is taken', () => {
    const java17 = fakeJdk(jvmDir, 'jdk-17', 'openjdk version "17.0.15"');
    fakeJdk(jvmDir, 'jdk-21', 'openjdk version "21.0.4"');
    const java25 = fakeJdk(jvmDir, 'jdk-25', 'openjdk version "25"');
    fakeJdk(jvmDir, 'jdk-26', 'openjdk version "26"');
    expect(findJavaRuntime({ min: 21, max: 25 }, { JAVA_HOME: java17 }, jvmDir)).toEqual({ home: java25, major: 25 });
  });
});
