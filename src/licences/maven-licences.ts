import type { Dependency } from './npm-licences';

/** One line of the license-maven-plugin's THIRD-PARTY.txt: "(Lic A) (Lic B) Name (group:artifact:version - url)". */
const line = /^\s*((?:\((?:[^()]|\([^()]*\))*\)\s*)+)(.*?)\s*\(([^\s:()]+):([^\s:()]+):([^\s()]+)(?: - [^)]*)?\)\s*$/;
const licence = /\(((?:[^()]|\([^()]*\))*)\)/g;

/** The engine's runtime artifacts and their POM licences, from the Maven license plugin's third-party list. */
export function mavenRuntimeDependencies(thirdParty: string): Dependency[] {
  const dependencies: Dependency[] = [];
  for (const text of thirdParty.split('\n')) {
    if (!text.trim() || /^Lists? of \d+ third-party dependencies|^The project has no dependencies/i.test(text.trim())) continue;
    const match = line.exec(text);
    if (!match) throw new Error(`unreadable line in the Maven third-party list: ${text.trim()}`);
    const [, licencePart, , groupId, artifactId, version] = match as unknown as [string, string, string, string, string, string];
    const licences = [...licencePart.matchAll(licence)].map((found) => found[1] as string).filter((name) => !/^Unknown licen[cs]e$/i.test(name));
    dependencies.push({ ecosystem: 'maven', name: `${groupId}:${artifactId}`, version, licences });
  }
  return dependencies;
}
