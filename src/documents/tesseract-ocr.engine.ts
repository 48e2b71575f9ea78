import path from 'node:path';
import { createWorker, OEM, PSM, Worker } from 'tesseract.js';
import { TextLine } from '../domain/documents/document-text.model';
import { buildSegments, mergeRows, RawLine } from '../domain/documents/text-layout';
import { containsCjk, normaliseText } from '../domain/documents/text.normaliser';
import { projectRoot } from '../engine/local/engine-profile';
import { decodePngToGray, encodeGrayPng, GrayImage } from './gray-image.png';
import { ImageSize, readImageSize } from './image-size.reader';
import { Binarisation, binarisationFor, isJpeg, thresholdingMethod, userDefinedDpi } from './page-binarisation';
import { defaultPreparation, preparePageImage } from './page-image.preprocessor';
import { removeRulingLines } from './ruling-lines.remover';
import { sampleTextLines } from './text-line.sampler';
import { Band, findUnreadRegions } from './unread-regions.finder';
import { prepareLanguageFolder } from './tesseract-language-data';

/** Where the language links live; git-ignored. Nothing is written to the working directory. */
const ocrCacheDir = path.join(projectRoot, '.cache', 'tesseract');

/** A page with at least this share of Chinese characters is read with the Chinese model alone. */
const mostlyChinese = 0.2;
/** A line sample with at least this share of Chinese characters, read with the Chinese model alone, has the Chinese pass run first (measured on the seen generated scans: English pages' samples 0.05 at most, Chinese pages' 0.10 and up). */
const sampleLooksChinese = 0.075;

/** How a page is turned black and white (page-binarisation.ts): tesseract's thresholding method, and the resolution it is told ("0": it estimates it). */
interface Binarising {
  method: Binarisation;
  dpi: string;
}

export interface OcrPage {
  lines: TextLine[];
  /** mean word confidence, 0..1 */
  confidence: number;
}

/** One pass's reading: its share of Chinese characters and each recognised line's vertical extent besides. */
interface Reading extends OcrPage {
  cjkShare: number;
  extents: Band[];
}

/**
 * OCR with tesseract.js (English + Simplified Chinese, LSTM), all code and data from local
 * npm packages. Workers are kept and reused (one per language order); call `close()` when done.
 */
export class TesseractOcrEngine {
  private readonly workers = new Map<string, Promise<Worker>>();

  /**
   * Recognises with English + Simplified Chinese; a page that turns out mostly Chinese is read
   * with the Simplified Chinese model alone instead (it has Latin letters and digits too), which
   * reads Chinese text markedly better. ("chi_sim+eng" in tesseract.js 7 silently fails to load
   * eng and gives the same result as chi_sim alone.) Which of the two full passes runs first is
   * guessed from a few of the page's lines (looksChinese), so that a Chinese page is read in full
   * once, not twice; the guess never decides the result: the Chinese reading is kept only when it
   * is itself mostly Chinese, else the mixed pass decides as it would have. The mixed pass keeps the
   * Chinese model on English pages too: a Chinese name on an English invoice, outside the sampled lines,
   * is read only so (english-page-chinese-name.ocr.test.ts). Reading English pages with English alone and
   * only their doubtful rows again with both was tried for speed and not kept: the rows doubtful on a
   * scan are many, and the English scanned pages took 30 % longer (3.04 → 3.94 s a page, documents 0–3
   * of every layout, both versions side by side on a core each) instead of less.
   *
   * A degraded page (enlarged or with its light evened out, see prepare) is read in the first pass
   * as one block of rows with its box and table borders whitened: automatic page segmentation
   * dropped whole blocks of blurred or low-resolution Latin-script scans (a party box, the totals)
   * as if they were pictures, and straightening first (rotateAuto) dropped more; rows side by side
   * are split into segments by their gaps afterwards (text-layout.ts), and a scan's slight skew
   * reads as well. A clean page, and every page in the Chinese pass, keeps automatic segmentation
   * on the page as it is (straightened when prepared): a Chinese VAT invoice's ruled grid, with its
   * vertical labels and cipher area, and the reference invoices are read better in their blocks.
   * Where that segmentation left rows of print of a prepared page unread (a scan's ruled table
   * taken for a picture), those regions are read again without their ruling lines. Every reading of
   * a JPEG is binarised by Sauvola's local threshold, and tesseract is told the prepared page's
   * resolution from the JPEG's header (page-binarisation.ts): the PNG it reads carries none.
   */
  async recognise(image: Buffer, page = 1): Promise<OcrPage> {
    const { lines, confidence } = await this.bestReading(image, page);
    // the page only: which pass won and where its lines lie stay the engine's own bookkeeping
    return { lines, confidence };
  }

  private async bestReading(image: Buffer, page: number): Promise<Reading> {
    const { gray, prepared, unruled } = await this.prepare(image);
    // how every reading of the page (whole, sample, regions: all at the prepared page's size) is binarised, and at what resolution
    const binarisation: Binarising = { method: binarisationFor(image), dpi: userDefinedDpi(image, prepared && gray ? prepared.width / gray.width : 1) };
    // encoded only when a pass reads it: an English page with ruling lines never needs the prepared page itself
    let encoded: Buffer | undefined;
    const blocks = () => (encoded ??= prepared ? encodeGrayPng(prepared, 1) : image);
    const mixed = () =>
      prepared
        ? this.read(unruled ? encodeGrayPng(unruled, 1) : blocks(), page, 'eng+chi_sim', { segmentation: PSM.SINGLE_BLOCK, straighten: false, binarisation })
        : this.read(image, page, 'eng+chi_sim', { segmentation: PSM.AUTO, straighten: false, binarisation });
    const chinese = async () => {
      const reading = await this.read(blocks(), page, 'chi_sim', { segmentation: PSM.AUTO, straighten: prepared !== null, binarisation });
      return unruled ? this.readUnreadRegions(reading, unruled, page, binarisation) : reading;
    };
    if (!(await this.looksChinese(prepared ?? gray, page, binarisation))) {
      const first = await mixed();
      return first.cjkShare < mostlyChinese ? first : chinese();
    }
    // the sample may mislead: the page's own Chinese reading confirms it, else the mixed pass decides as above
    const second = await chinese();
    if (second.cjkShare >= mostlyChinese) return second;
    const first = await mixed();
    return first.cjkShare < mostlyChinese ? first : second;
  }

  /**
   * Whether a few of the page's text lines (text-line.sampler.ts), read with the Simplified Chinese
   * model alone, are partly Chinese: it decides only which full pass runs first, so that a Chinese page
   * is not read twice in full (an English + Chinese pass costs more than the Chinese pass itself). The
   * Chinese model reads English lines as Latin letters and is the cheaper one: the sample took 0.21 s a
   * page against 0.28 s read with both models (the seen scans), and every text the generated set's pages
   * gave was the same byte for byte.
   */
  private async looksChinese(image: GrayImage | null, page: number, binarisation: Binarising): Promise<boolean> {
    const sample = image && sampleTextLines(image);
    if (!sample) return false;
    const read = await this.read(encodeGrayPng(sample, 1), page, 'chi_sim', { segmentation: PSM.SINGLE_BLOCK, straighten: false, binarisation });
    return read.cjkShare >= sampleLooksChinese;
  }

  /**
   * The page turned gray by its brightest channel (decoded here when it is a PNG this reads, else as
   * tesseract decodes it: JPEG and any other format it reads), enlarged when small (and sharpened
   * then when its print is blurred, unless a JPEG: its blocks of compression noise would be raised
   * with the print; the seen JPEG scans were not measured sharpened) and with uneven light divided out
   * (page-image.preprocessor.ts) — null when the page needs no preparing — and a
   * copy of the prepared page with its box and table borders whitened (ruling-lines.remover.ts) when
   * it has any.
   */
  private async prepare(image: Buffer): Promise<{ gray: GrayImage | null; prepared: GrayImage | null; unruled: GrayImage | null }> {
    const gray = await this.decode(image);
    const prepared = gray && preparePageImage(gray, defaultPreparation, { sharpenEnlarged: !isJpeg(image) });
    // box and table borders go after enlarging (their runs are measured at the page's final size)
    return { gray, prepared, unruled: prepared && removeRulingLines(prepared) };
  }

  private async decode(image: Buffer): Promise<GrayImage | null> {
    try {
      return decodePngToGray(image);
    } catch {
      // not a PNG, or one decodePngToGray does not read (palette, 16 bit, interlaced): tesseract decodes it
    }
    const worker = await this.start('eng+chi_sim');
    const decoded = (await worker.recognize(image, {}, { text: false, imageColor: true })).data.imageColor;
    return decoded ? decodePngToGray(Buffer.from(decoded.slice(decoded.indexOf(',') + 1), 'base64')) : null;
  }

  async close(): Promise<void> {
    const workers = [...this.workers.values()];
    this.workers.clear();
    for (const worker of workers) await (await worker).terminate();
  }

  /**
   * Reads again, as one block each, the regions of rows of print that automatic segmentation left
   * unread (unread-regions.finder.ts), from the page without its ruling lines: their lines replace
   * whatever the first reading made of those regions.
   */
  private async readUnreadRegions(reading: Reading, unruled: GrayImage, page: number, binarisation: Binarising): Promise<Reading> {
    const regions = findUnreadRegions(unruled, reading.extents);
    if (!regions.length) return reading;
    let lines = reading.lines;
    for (const region of regions) {
      const margin = 0.005;
      const top = Math.max(0, Math.floor((region.top - margin) * unruled.height));
      const bottom = Math.min(unruled.height, Math.ceil((region.bottom + margin) * unruled.height));
      const crop = { width: unruled.width, height: bottom - top, pixels: unruled.pixels.subarray(top * unruled.width, bottom * unruled.width) };
      const again = await this.read(encodeGrayPng(crop, 1), page, 'chi_sim', { segmentation: PSM.SINGLE_BLOCK, straighten: false, binarisation });
      const placed = again.lines.map((line) => ({ ...line, top: (top + line.top * crop.height) / unruled.height }));
      lines = [...lines.filter((line) => line.top < top / unruled.height || line.top > bottom / unruled.height), ...placed];
    }
    return { ...reading, lines: lines.sort((a, b) => a.top - b.top) };
  }

  private async read(image: Buffer, page: number, languages: string, { segmentation, straighten, binarisation }: { segmentation: PSM; straighten: boolean; binarisation: Binarising }): Promise<Reading> {
    const { width, height }: ImageSize = readImageSize(image);
    const worker = await this.start(languages);
    // set on every reading: a worker keeps its parameters from one page to the next
    await worker.setParameters({ tessedit_pageseg_mode: segmentation, thresholding_method: thresholdingMethod[binarisation.method], user_defined_dpi: binarisation.dpi } as Parameters<Worker['setParameters']>[0]);
    // rotateAuto: tesseract measures the skew of the text lines and straightens the page first
    const result = await worker.recognize(image, { rotateAuto: straighten }, { text: false, blocks: true });
    const raw: RawLine[] = [];
    const confidences: number[] = [];
    for (const block of result.data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          const words = line.words.filter((word) => word.text.trim());
          if (!words.length) continue;
          confidences.push(...words.map((word) => word.confidence / 100));
          const em = median(words.map((word) => word.bbox.y1 - word.bbox.y0)) / width;
          const items = words.map((word) => ({ text: normaliseText(word.text), x: word.bbox.x0 / width, right: word.bbox.x1 / width, em, weakest: weakestConfidence(word) }));
          raw.push({ top: line.bbox.y0 / height, bottom: line.bbox.y1 / height, items, confidence: Math.max(0, Math.min(1, line.confidence / 100)) });
        }
      }
    }
    const lines: TextLine[] = mergeRows(raw)
      .map((row) => ({ page, top: row.top, segments: buildSegments(row.items), confidence: row.confidence, origin: 'ocr' as const }))
      .sort((a, b) => a.top - b.top);
    const characters = raw.flatMap((line) => line.items.map((item) => item.text)).join('');
    const cjk = [...characters].filter((char) => containsCjk(char)).length;
    const confidence = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : 0;
    return { lines, confidence, cjkShare: characters.length ? cjk / characters.length : 0, extents: raw.map(({ top, bottom }) => ({ top, bottom })) };
  }

  private start(languages: string): Promise<Worker> {
    let worker = this.workers.get(languages);
    if (!worker) {
      worker = (async () => {
        const langPath = await prepareLanguageFolder(path.join(ocrCacheDir, 'lang'));
        const created = await createWorker(languages, OEM.LSTM_ONLY, { langPath, cachePath: ocrCacheDir, cacheMethod: 'none', gzip: true });
        await created.setParameters({ preserve_interword_spaces: '1' });
        return created;
      })();
      this.workers.set(languages, worker);
    }
    return worker;
  }
}

/**
 * How doubtful the word is: the lower of its own confidence and its least certain character's.
 * Tesseract's LSTM may be sure of each character of a misread Chinese word and not of the word
 * ("毛料" for "塑料": characters 0.88 and 0.94, the word 0.22).
 */
function weakestConfidence(word: { confidence: number; symbols?: { confidence: number }[] }): number {
  return Math.min(word.confidence, ...(word.symbols ?? []).map((symbol) => symbol.confidence)) / 100;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
