import path from 'node:path';
import { createWorker, OEM, PSM, Worker } from 'tesseract.js';
import { TextLine } from '../domain/documents/document-text.model';
import { buildSegments } from '../domain/documents/text-layout';
import { normaliseText } from '../domain/documents/text.normaliser';
import { projectRoot } from '../camunda/engine/engine-profile';
import { readImageSize } from './image-size.reader';
import { ocrLanguages, prepareLanguageFolder } from './tesseract-language-data';

/** Where the language links live; git-ignored. Nothing is written to the working directory. */
const ocrCacheDir = path.join(projectRoot, '.cache', 'tesseract');

export interface OcrPage {
  lines: TextLine[];
  /** mean word confidence, 0..1 */
  confidence: number;
}

/**
 * OCR with tesseract.js (English + Simplified Chinese, LSTM), all code and data from local
 * npm packages. One worker is kept and reused; call `close()` when done.
 */
export class TesseractOcrEngine {
  private worker: Promise<Worker> | undefined;

  async recognise(image: Buffer, page = 1): Promise<OcrPage> {
    const worker = await this.start();
    const result = await worker.recognize(image, {}, { text: false, blocks: true });
    const { width, height } = readImageSize(image);
    const lines: TextLine[] = [];
    const confidences: number[] = [];
    for (const block of result.data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          const words = line.words.filter((word) => word.text.trim());
          if (!words.length) continue;
          confidences.push(...words.map((word) => word.confidence / 100));
          const em = median(words.map((word) => word.bbox.y1 - word.bbox.y0)) / width;
          lines.push({
            page,
            top: line.bbox.y0 / height,
            segments: buildSegments(words.map((word) => ({ text: normaliseText(word.text), x: word.bbox.x0 / width, right: word.bbox.x1 / width, em }))),
            confidence: Math.max(0, Math.min(1, line.confidence / 100)),
            origin: 'ocr',
          });
        }
      }
    }
    const confidence = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : 0;
    return { lines: lines.sort((a, b) => a.top - b.top), confidence };
  }

  async close(): Promise<void> {
    if (!this.worker) return;
    const worker = await this.worker;
    this.worker = undefined;
    await worker.terminate();
  }

  private start(): Promise<Worker> {
    this.worker ??= (async () => {
      const langPath = await prepareLanguageFolder(path.join(ocrCacheDir, 'lang'));
      const worker = await createWorker(ocrLanguages.join('+'), OEM.LSTM_ONLY, {
        langPath,
        cachePath: ocrCacheDir,
        cacheMethod: 'none',
        gzip: true,
      });
      await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: '1' });
      return worker;
    })();
    return this.worker;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
