import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DocumentExtractionService } from '../../../src/documents/document-extraction.service';
import { invoicesDir } from './shared-invoices.fixture';

describe('reusing texts read before (ocr:evaluate --reuse-texts)', () => {
  let dir: string;
  let picture: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'reused-texts-'));
    picture = path.join(dir, 'invoice.png');
    await copyFile(path.join(invoicesDir, 'cn_vat', 'hades300_fapiao.png'), picture);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('when a document is read a second time, then its kept text is given back instead of reading the file again; a changed file is read again', async () => {
    // given
    const cache = path.join(dir, 'texts');
    const service = new DocumentExtractionService(undefined, { textCacheDirectory: cache });
    try {
      const read = await service.readText(picture);
      const [kept] = await readdir(cache);
      expect(kept).toMatch(/^[0-9a-f]{32}-image\.json$/);
      expect(read.lines.length).toBeGreaterThan(1);
      expect(JSON.parse(await readFile(path.join(cache, kept!), 'utf8'))).toEqual(read);
      // a changed kept text shows which one the second reading returns
      await writeFile(path.join(cache, kept!), JSON.stringify({ ...read, lines: read.lines.slice(0, 1) }));
      // when
      const again = await service.readText(picture);
      // then
      expect(again.lines).toEqual(read.lines.slice(0, 1));
      expect(service.readTimings).toHaveLength(1);
      // and when the file changes (bytes after a PNG's end chunk change the file, not the picture), it is read again and kept apart
      const changed = path.join(dir, 'changed.png');
      await writeFile(changed, Buffer.concat([await readFile(picture), Buffer.from('appended')]));
      expect((await service.readText(changed)).lines).toEqual(read.lines);
      expect(service.readTimings).toHaveLength(2);
      expect(await readdir(cache)).toHaveLength(2);
    } finally {
      await service.close();
    }
  });
});
