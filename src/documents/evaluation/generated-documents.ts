import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { encodeGrayPng, type GrayImage as Gray } from '../gray-image.png';
import { renderPdf } from './generated-layouts';
import { documentsPerLayout, GeneratedTruth, LayoutSpec, layouts, truthOf } from './generated-truth';

const run = promisify(execFile);

/** Where the evaluation CLIs keep the texts they read with --reuse-texts (git-ignored; see CachedDocumentTextReader). */
export const reusedTextsDirectory = (projectRoot: string) => path.join(projectRoot, '.cache', 'ocr-texts');

export interface GeneratedDocument {
  truth: GeneratedTruth;
  file: string;
  heldOut: boolean;
}

/**
 * Writes the evaluation's generated documents into `dir` (git-ignored; the same files every
 * run): per layout, documents rendered in turn as a text-layer PDF, a clean 200 dpi PNG, a
 * scanned JPEG (skew, stamp, shadow, 150 dpi, quality 55) and a low-resolution blurred PNG
 * (120 dpi, slight skew, 3×3 box blur). Rasterising uses poppler's pdftoppm. Only the documents
 * `wanted` are drawn (a seen-only run has no use for the held-out ones). Each file is made in a
 * working folder of this run's own and then renamed into `dir`, so that two runs at once (an
 * evaluation and a probe) never read or overwrite each other's half-written files.
 */
export async function generateDocuments(dir: string, wanted: (layout: LayoutSpec, index: number) => boolean = () => true): Promise<GeneratedDocument[]> {
  await mkdir(dir, { recursive: true });
  const work = await mkdtemp(path.join(dir, '.rendering-'));
  const documents: GeneratedDocument[] = [];
  try {
    for (const layout of layouts) {
      for (let index = 0; index < documentsPerLayout; index += 1) {
        if (!wanted(layout, index)) continue;
        const truth = truthOf(layout, index);
        const drawn = await renderDocument(truth, path.join(work, `${layout.name}-${index}`));
        const file = path.join(dir, path.basename(drawn));
        await rename(drawn, file);
        documents.push({ truth, file, heldOut: layout.heldOut });
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return documents;
}

/** Draws one document as its rendering asks, at `base` plus the rendering's extension; returns that file. */
async function renderDocument(truth: GeneratedTruth, base: string): Promise<string> {
  const scanned = truth.rendering === 'jpeg-scan';
  const pdf = await renderPdf(truth, { skewDegrees: scanned ? 1.2 : truth.rendering === 'png-lowres-blur' ? -0.6 : 0, stamp: scanned, shadow: scanned });
  await writeFile(`${base}.pdf`, pdf);
  let file = `${base}.pdf`;
  if (truth.rendering === 'png') file = await pdftoppm(`${base}.pdf`, base, ['-r', '200', '-png'], '.png');
  if (truth.rendering === 'jpeg-scan') file = await pdftoppm(`${base}.pdf`, base, ['-r', '150', '-jpeg', '-jpegopt', 'quality=55'], '.jpg');
  if (truth.rendering === 'png-lowres-blur') {
    const pgm = await pdftoppm(`${base}.pdf`, base, ['-r', '120', '-gray'], '.pgm');
    file = `${base}.png`;
    await writeFile(file, encodeGrayPng(boxBlur(parsePgm(await readFile(pgm)))));
    await rm(pgm);
  }
  if (file !== `${base}.pdf`) await rm(`${base}.pdf`);
  return file;
}

async function pdftoppm(pdf: string, base: string, options: string[], extension: string): Promise<string> {
  await run('pdftoppm', [...options, '-singlefile', pdf, base]).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Error('pdftoppm not found: install the Debian package poppler-utils (see .ci/apt-packages.txt)');
    throw error;
  });
  return `${base}${extension}`;
}

/** Binary PGM (P5, 8 bit) as pdftoppm -gray writes it. */
export function parsePgm(data: Buffer): Gray {
  const header = data.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header?.[1] || !header[2] || header[3] !== '255') throw new Error('not an 8-bit binary PGM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: new Uint8Array(data.subarray(header[0].length, header[0].length + width * height)) };
}

export function boxBlur({ width, height, pixels }: Gray): Gray {
  const out = new Uint8Array(pixels.length);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      let count = 0;
      for (let dy = -1; dy <= 1; dy += 1) for (let dx = -1; dx <= 1; dx += 1) {
        const xx = x + dx;
        const yy = y + dy;
        if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
        sum += pixels[yy * width + xx] ?? 0;
        count += 1;
      }
      out[y * width + x] = Math.round(sum / count);
    }
  }
  return { width, height, pixels: out };
}
