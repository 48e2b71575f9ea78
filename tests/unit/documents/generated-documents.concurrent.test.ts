import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateDocuments } from '../../../src/documents/evaluation/generated-documents';
import { layouts } from '../../../src/documents/evaluation/generated-truth';

const firstSeenLayout = layouts.find((layout) => !layout.heldOut)!.name;
const oneOfEachRendering = (layout: { name: string }, index: number) => layout.name === firstSeenLayout && index < 4;

async function fingerprints(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir)).sort();
  const sums = await Promise.all(files.map(async (file) => [file, createHash('md5').update(await readFile(path.join(dir, file))).digest('hex')] as const));
  return Object.fromEntries(sums);
}

describe('generated evaluation documents drawn by two runs at once (an evaluation beside a probe)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('when two runs draw into the same folder at the same time, then every file is whole and the same as one run alone draws it, and no working files are left', async () => {
    // given
    const alone = await mkdtemp(path.join(os.tmpdir(), 'generated-alone-'));
    const shared = await mkdtemp(path.join(os.tmpdir(), 'generated-shared-'));
    dirs.push(alone, shared);
    await generateDocuments(alone, oneOfEachRendering);

    // when
    const [first, second] = await Promise.all([generateDocuments(shared, oneOfEachRendering), generateDocuments(shared, oneOfEachRendering)]);

    // then
    expect(first!.map((document) => path.basename(document.file))).toEqual(['0.pdf', '1.png', '2.jpg', '3.png'].map((end) => `${firstSeenLayout}-${end}`));
    expect(second!.map((document) => document.file)).toEqual(first!.map((document) => document.file));
    expect(await fingerprints(shared)).toEqual(await fingerprints(alone));
    expect(Object.keys(await fingerprints(alone))).toHaveLength(4);
  });
});
