import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Renders PDF pages to PNG with poppler's pdftoppm (Debian package poppler-utils). Poppler
 * substitutes fonts a PDF does not embed through fontconfig, which Chinese e-invoices need
 * (SimSun, STSong-Light: install fonts-wqy-zenhei); pdf.js on a Node canvas draws them blank.
 */
export async function rasterisePdf(file: string, dpi = 200, pages?: number[]): Promise<Map<number, Buffer>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pdf-raster-'));
  try {
    const ranges = pages ?? [undefined];
    for (const page of ranges) {
      const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
      await run('pdftoppm', ['-r', String(dpi), '-png', ...range, file, path.join(dir, 'page')]).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') throw new Error('pdftoppm not found: install the Debian package poppler-utils (see .ci/apt-packages.txt)');
        throw error;
      });
    }
    const images = new Map<number, Buffer>();
    for (const name of (await readdir(dir)).sort()) {
      const number = Number(name.match(/-(\d+)\.png$/)?.[1]);
      if (Number.isInteger(number)) images.set(number, await readFile(path.join(dir, name)));
    }
    return images;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
