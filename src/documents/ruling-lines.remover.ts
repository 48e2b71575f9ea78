import type { GrayImage } from './gray-image.png';

/**
 * Box and table borders whitened before OCR. Tesseract takes a page's ruling lines for pictures
 * or column edges: text inside a bordered box may be dropped with its border, most often on low
 * resolution scans. A ruling line is a run of dark pixels far longer than any glyph stroke
 * (horizontal runs of at least `minimumRunShare` of the page width, vertical ones of that share
 * of its height), at most `maximumThickness` pixels thick; a slightly skewed line counts as one
 * run because a pixel counts as dark when it or a neighbour across the run is. Only the dark
 * pixels of such runs are whitened, with the grey fringe (lighter than `darkBelow`, within two
 * pixels) that a blurred or enlarged scan leaves beside them: left there, it reads to tesseract
 * as a faint box around every cell and garbles the text inside; the text beside stays as it was.
 */
export interface RulingLineSettings {
  darkBelow: number;
  minimumRunShare: number;
  maximumThickness: number;
}

export const defaultRulingLines: RulingLineSettings = { darkBelow: 200, minimumRunShare: 0.08, maximumThickness: 12 };

/** The page with its ruling lines whitened, or null when it has none. */
export function removeRulingLines(image: GrayImage, settings: RulingLineSettings = defaultRulingLines): GrayImage | null {
  const { width, height, pixels } = image;
  const dark = new Uint8Array(pixels.length);
  for (let i = 0; i < pixels.length; i += 1) dark[i] = (pixels[i] as number) < settings.darkBelow ? 1 : 0;
  const erase = new Uint8Array(pixels.length);
  const rows = markRuns(dark, erase, { length: width, lines: height, along: 1, across: width }, settings);
  const columns = markRuns(dark, erase, { length: height, lines: width, along: width, across: 1 }, settings);
  if (!rows && !columns) return null;
  const out = new Uint8Array(pixels);
  for (let i = 0; i < out.length; i += 1) {
    if (!erase[i]) continue;
    out[i] = 255;
    whitenFringe(i, erase, pixels, out, width, settings.darkBelow);
  }
  return { width, height, pixels: out };
}

/**
 * The grey fringe a blurred or anti-aliased rule leaves beside its dark core goes with it: the
 * pixels one and two steps from an erased one, along its row and its column, that are grey
 * (neither dark nor white) and not erased themselves. Walking from the erased pixels, which are
 * few, instead of testing every pixel of the page for an erased neighbour.
 */
function whitenFringe(erased: number, erase: Uint8Array, pixels: Uint8Array, out: Uint8Array, width: number, darkBelow: number): void {
  const x = erased % width;
  for (let step = 1; step <= 2; step += 1) {
    if (x - step >= 0) whitenWhenGrey(erased - step, erase, pixels, out, darkBelow);
    if (x + step < width) whitenWhenGrey(erased + step, erase, pixels, out, darkBelow);
    if (erased - step * width >= 0) whitenWhenGrey(erased - step * width, erase, pixels, out, darkBelow);
    if (erased + step * width < out.length) whitenWhenGrey(erased + step * width, erase, pixels, out, darkBelow);
  }
}

function whitenWhenGrey(i: number, erase: Uint8Array, pixels: Uint8Array, out: Uint8Array, darkBelow: number): void {
  if (!erase[i] && (pixels[i] as number) >= darkBelow && (pixels[i] as number) < 255) out[i] = 255;
}

/**
 * Scan lines (rows or columns) of the page, as index steps: pixel `along` of scan line `line` is
 * at `line * across + along * along-step`. Marks in `erase` the dark pixels of every long, thin run.
 */
interface ScanDirection {
  length: number;
  lines: number;
  along: number;
  across: number;
}

function markRuns(dark: Uint8Array, erase: Uint8Array, { length, lines, along, across }: ScanDirection, settings: RulingLineSettings): boolean {
  const minimumRun = Math.max(40, Math.round(length * settings.minimumRunShare));
  let found = false;
  // how far the dark pixels reach across the run at `index`, the pixel itself included (at most the limit + 1)
  const thickness = (index: number, line: number) => {
    let extent = 1;
    for (let d = 1; d <= settings.maximumThickness && line - d >= 0 && dark[index - d * across]; d += 1) extent += 1;
    for (let d = 1; d <= settings.maximumThickness && line + d < lines && dark[index + d * across]; d += 1) extent += 1;
    return extent;
  };
  for (let line = 0; line < lines; line += 1) {
    const first = line * across;
    let start = -1;
    for (let i = 0; i <= length; i += 1) {
      const index = first + i * along;
      // a pixel or its neighbour across the run: a slightly skewed rule steps between scan lines
      const on = i < length && (dark[index] === 1 || (line > 0 && dark[index - across] === 1) || (line + 1 < lines && dark[index + across] === 1));
      if (on && start < 0) start = i;
      if (on || start < 0) continue;
      if (i - start >= minimumRun) {
        for (let j = start; j < i; j += 1) {
          const pixel = first + j * along;
          if (dark[pixel] !== 1 || thickness(pixel, line) > settings.maximumThickness) continue;
          erase[pixel] = 1;
          found = true;
        }
      }
      start = -1;
    }
  }
  return found;
}
