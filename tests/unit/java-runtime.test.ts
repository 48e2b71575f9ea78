import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import engineSettings from '../../engine/engine.json';
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
    expect(parseJavaMajor('openjdk version "21.0.4" 2024-07-16 LTS')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_402"')).toBe(8);
    expect(parseJavaMajor('nonsense')).toBeUndefined();
  });

  it('when only Java 11 is installed, then the error names what was found and what to do', () => {
    fakeJdk(jvmDir, 'jdk-11', 'openjdk version "11.0.25" 2024-10-15');
    expect(() => findJavaRuntime(engineSettings.javaVersions, {}, jvmDir)).toThrow(/No Java 17–25 runtime found.*JAVA_HOME.*Java 11/s);
  });

  it('when only Java 17 is installed (the machine default), then the engine takes it', () => {
    const java17 = fakeJdk(jvmDir, 'java-17-openjdk-amd64', 'openjdk version "17.0.15" 2025-04-15');
    expect(findJavaRuntime(engineSettings.javaVersions, {}, jvmDir)).toEqual({ home: java17, major: 17 });
  });

  it('when Java 26 is the only one, then it is refused: the engine is supported on 17 to 25', () => {
    fakeJdk(jvmDir, 'jdk-26', 'openjdk version "26" 2026-03-17');
    expect(() => findJavaRuntime(engineSettings.javaVersions, {}, jvmDir)).toThrow(/No Java 17–25 runtime found.*Java 26/s);
  });

  it('when nothing is installed, then the error says so', () => {
    expect(() => findJavaRuntime(engineSettings.javaVersions, {}, path.join(jvmDir, 'missing'))).toThrow(/JAVA_HOME unset/);
  });

  it('when JAVA_HOME points at a fitting JDK, then it wins over newer ones', () => {
    const java17 = fakeJdk(jvmDir, 'java-17-openjdk-amd64', 'openjdk version "17.0.15"');
    fakeJdk(jvmDir, 'temurin-25-jdk-amd64', 'openjdk version "25"');
    expect(findJavaRuntime(engineSettings.javaVersions, { JAVA_HOME: java17 }, jvmDir)).toEqual({ home: java17, major: 17 });
  });

  it('when JAVA_HOME is too old or too new, then the newest fitting JDK in the folder is taken', () => {
    const java11 = fakeJdk(jvmDir, 'jdk-11', 'openjdk version "11.0.25"');
    fakeJdk(jvmDir, 'java-17-openjdk-amd64', 'openjdk version "17.0.15"');
    fakeJdk(jvmDir, 'jdk-21', 'openjdk version "21.0.4"');
    const java25 = fakeJdk(jvmDir, 'temurin-25-jdk-amd64', 'openjdk version "25"');
    const java26 = fakeJdk(jvmDir, 'jdk-26', 'openjdk version "26"');
    expect(findJavaRuntime(engineSettings.javaVersions, { JAVA_HOME: java11 }, jvmDir)).toEqual({ home: java25, major: 25 });
    expect(findJavaRuntime(engineSettings.javaVersions, { JAVA_HOME: java26 }, jvmDir)).toEqual({ home: java25, major: 25 });
  });

  it('when JAVA_HOME points at nothing, then the JVM folder is still searched', () => {
    const java17 = fakeJdk(jvmDir, 'java-17-openjdk-amd64', 'openjdk version "17.0.15"');
    expect(findJavaRuntime(engineSettings.javaVersions, { JAVA_HOME: path.join(jvmDir, 'gone') }, jvmDir)).toEqual({ home: java17, major: 17 });
  });
});
