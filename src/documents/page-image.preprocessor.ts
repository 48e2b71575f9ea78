import type { GrayImage } from './gray-image.png';

/**
 * What a scanner, a phone and a desk do to a page, undone before OCR — only where it happened, a
 * page at print resolution in even light goes to tesseract as it is: low resolution (a page whose
 * long side is under 1800 pixels, e.g. A4 under about 150 dpi, is enlarged twofold, and sharpened
 * when its print is blurred and the caller asks, see sharpen), uneven light (a shadow, a yellowed
 * or grey sheet: the paper's own brightness is estimated block by block and divided out, so the
 * binarisation that follows sees white paper everywhere). Red stamps were
 * already lightened when the picture was turned gray (see decodePngToGray); a prepared page's skew
 * is measured and undone by tesseract itself.
 */
export interface PreparationSettings {
  /** pages whose long side is shorter (pixels) are enlarged */
  enlargeBelowLongSide: number;
  factor: number;
  /** paper brightness differing this much between the page's blocks (the 5th to the 95th percentile) is uneven light */
  unevenLightSpread: number;
  /** the unsharp mask an enlarged page with soft print gets when the caller asks for it (see sharpen) */
  sharpening: Sharpening;
  /**
   * print is soft (blurred) when fewer of its edges than this share are steep (steepEdgeShare). The
   * seen generated pages: every blurred PNG 0.000 (3×3 box blur), every sharp page 0.479 and up
   * (200 dpi PNGs, and the PDFs rendered at 150 dpi).
   */
  softEdgesBelow: number;
}

/** An unsharp mask: each pixel moves away from the mean of the square of `radius` round it, by `amount` times the difference. */
export interface Sharpening {
  radius: number;
  amount: number;
}

export const defaultPreparation: PreparationSettings = { enlargeBelowLongSide: 1800, factor: 2, unevenLightSpread: 40, sharpening: { radius: 2, amount: 2 }, softEdgesBelow: 0.1 };

/**
 * The prepared page, or null when it needs nothing. `sharpenEnlarged`: an enlarged page whose print
 * has soft edges is sharpened too (the caller knows what the picture was; see
 * TesseractOcrEngine.prepare: a PNG, not a JPEG, whose blocks of compression noise sharpening would
 * raise with the print; not measured). A sharp page is not: a sharp 150 dpi PNG scan with a ruled
 * table (scanned-ruled-table.ocr.test.ts) lost its table's rows when sharpened.
 */
export function preparePageImage(image: GrayImage, settings: PreparationSettings = defaultPreparation, { sharpenEnlarged = false } = {}): GrayImage | null {
  const small = Math.max(image.width, image.height) < settings.enlargeBelowLongSide;
  const uneven = paperSpread(image) >= settings.unevenLightSpread;
  if (!small && !uneven) return null;
  const enlarged = small ? enlarge(image, settings.factor) : image;
  const soft = small && sharpenEnlarged && steepEdgeShare(image) < settings.softEdgesBelow;
  const sharpened = soft ? sharpen(enlarged, settings.sharpening) : enlarged;
  return uneven ? flattenBackground(sharpened) : sharpened;
}

/**
 * An unsharp mask: the page minus `amount` times its blur (a box mean of radius `radius`), so that
 * a soft edge between print and paper grows steeper and a flat area stays as it was. A blurred
 * low-resolution scan, enlarged, has print whose strokes fade into the paper over several pixels;
 * a global (Otsu) threshold, we suppose, then merges or breaks them. Measured on the seen generated blurred
 * PNGs (120 dpi, 3×3 box blur; documents 3 and 7 of the 39 seen layouts, 590 required fields):
 * 475 read right unsharpened, 487 with radius 2 and amount 2 (no silent error), 487 with amount 1
 * but one silent error. Stopped part way, against radius 2 and amount 2 on the same pages: radius
 * 3 (283 against 298 of 326), amount 3 (268 against 282 of 300) and radius 1 (260 against 262 of
 * 280) read fewer; bicubic instead of bilinear enlargement read as unsharpened (174 of 186), a
 * contrast stretch fewer (100 against 106 of 112). Only blurred print is sharpened, and no JPEG
 * (see preparePageImage).
 */
export function sharpen(image: GrayImage, { radius, amount }: Sharpening): GrayImage {
  const blurred = boxMean(image, radius);
  const out = new Uint8Array(image.pixels.length);
  for (let i = 0; i < out.length; i += 1) {
    const value = image.pixels[i] as number;
    out[i] = Math.max(0, Math.min(255, Math.round(value + amount * (value - Math.round(blurred[i] as number)))));
  }
  return { width: image.width, height: image.height, pixels: out };
}

/** Each pixel's mean over the square of `radius` round it (cut at the page's edges): along the rows, then down the columns. */
export function boxMean({ width, height, pixels }: GrayImage, radius: number): Float64Array {
  const across = new Float64Array(width * height);
  for (let y = 0; y < height; y += 1) meanAlong(pixels, across, y * width, 1, width, radius);
  const out = new Float64Array(width * height);
  for (let x = 0; x < width; x += 1) meanAlong(across, out, x, width, height, radius);
  return out;
}

/** The running mean of radius `radius` over the `count` values from `start`, `step` apart, written to the same places of `out`. */
function meanAlong(values: ArrayLike<number>, out: Float64Array, start: number, step: number, count: number, radius: number): void {
  let sum = 0;
  let from = 0; // the window is [from, to)
  let to = 0;
  for (let i = 0; i < count; i += 1) {
    const last = Math.min(count, i + radius + 1);
    const first = Math.max(0, i - radius);
    for (; to < last; to += 1) sum += values[start + to * step] as number;
    for (; from < first; from += 1) sum -= values[start + from * step] as number;
    out[start + i * step] = sum / (to - from);
  }
}

/** How much the paper's brightness (each block's brightest value) varies over the page. */
export function paperSpread({ width, height, pixels }: GrayImage): number {
  const block = Math.max(16, Math.round(Math.min(width, height) / 40));
  const values: number[] = [];
  for (let by = 0; by + block <= height; by += block) {
    for (let bx = 0; bx + block <= width; bx += block) {
      let best = 0;
      for (let y = by; y < by + block; y += 2) for (let x = bx; x < bx + block; x += 2) best = Math.max(best, pixels[y * width + x] as number);
      values.push(best);
    }
  }
  if (!values.length) return 0;
  values.sort((a, b) => a - b);
  return (values[Math.floor(values.length * 0.95)] as number) - (values[Math.floor(values.length * 0.05)] as number);
}

/**
 * For each of `count` output places, the two source places it falls between (of `limit`) and its
 * share of the second: `position` gives its fractional source place, clamped to the source.
 */
function placesBetween(count: number, limit: number, position: (index: number) => number): { low: Int32Array; high: Int32Array; share: Float64Array } {
  const low = new Int32Array(count);
  const high = new Int32Array(count);
  const share = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const place = Math.min(limit - 1, Math.max(0, position(i)));
    low[i] = Math.floor(place);
    high[i] = Math.min(limit - 1, (low[i] as number) + 1);
    share[i] = place - (low[i] as number);
  }
  return { low, high, share };
}

/** Bilinear enlargement by `factor`. */
export function enlarge({ width, height, pixels }: GrayImage, factor: number): GrayImage {
  const w = Math.round(width * factor);
  const h = Math.round(height * factor);
  const out = new Uint8Array(w * h);
  // where each output column and row falls between source ones: the same for every row, so worked out once
  const columns = placesBetween(w, width, (x) => (x + 0.5) / factor - 0.5);
  const rows = placesBetween(h, height, (y) => (y + 0.5) / factor - 0.5);
  for (let y = 0; y < h; y += 1) {
    const y0 = rows.low[y] as number;
    const y1 = rows.high[y] as number;
    const fy = rows.share[y] as number;
    for (let x = 0; x < w; x += 1) {
      const x0 = columns.low[x] as number;
      const x1 = columns.high[x] as number;
      const fx = columns.share[x] as number;
      const top = (pixels[y0 * width + x0] as number) * (1 - fx) + (pixels[y0 * width + x1] as number) * fx;
      const bottom = (pixels[y1 * width + x0] as number) * (1 - fx) + (pixels[y1 * width + x1] as number) * fx;
      out[y * w + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width: w, height: h, pixels: out };
}

/**
 * Divides out the paper's brightness: each block's brightest value (the paper between the print),
 * smoothed over the neighbouring blocks and interpolated between block centres, is made white.
 */
export function flattenBackground({ width, height, pixels }: GrayImage): GrayImage {
  const block = Math.max(16, Math.round(Math.min(width, height) / 40));
  const cols = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const brightest = new Float64Array(cols * rows);
  const blockColumn = Int32Array.from({ length: width }, (_, x) => Math.floor(x / block));
  for (let y = 0; y < height; y += 1) {
    const row = Math.floor(y / block) * cols;
    for (let x = 0; x < width; x += 1) {
      const index = row + (blockColumn[x] as number);
      const value = pixels[y * width + x] as number;
      if (value > (brightest[index] as number)) brightest[index] = value;
    }
  }
  // a block with print only (a dark bar, a heading) must not take its print for paper: the neighbours' best counts
  const paper = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      let best = 0;
      for (let dr = -1; dr <= 1; dr += 1) for (let dc = -1; dc <= 1; dc += 1) {
        const rr = r + dr;
        const cc = c + dc;
        if (rr >= 0 && cc >= 0 && rr < rows && cc < cols) best = Math.max(best, brightest[rr * cols + cc] as number);
      }
      paper[r * cols + c] = Math.max(best, 32);
    }
  }
  // where each column and row falls between block centres: the same for every row, so worked out once
  const columnPlaces = placesBetween(width, cols, (x) => x / block - 0.5);
  const rowPlaces = placesBetween(height, rows, (y) => y / block - 0.5);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const r0 = rowPlaces.low[y] as number;
    const r1 = rowPlaces.high[y] as number;
    const fy = rowPlaces.share[y] as number;
    for (let x = 0; x < width; x += 1) {
      const c0 = columnPlaces.low[x] as number;
      const c1 = columnPlaces.high[x] as number;
      const fx = columnPlaces.share[x] as number;
      const background =
        ((paper[r0 * cols + c0] as number) * (1 - fx) + (paper[r0 * cols + c1] as number) * fx) * (1 - fy) +
        ((paper[r1 * cols + c0] as number) * (1 - fx) + (paper[r1 * cols + c1] as number) * fx) * fy;
      out[y * width + x] = Math.min(255, Math.round(((pixels[y * width + x] as number) * 255) / background));
    }
  }
  return { width, height, pixels: out };
}

/**
 * Of the steps between neighbouring pixels along the rows that cross an edge (a difference of at
 * least `edge`), the share that are steep (at least `steep`): print on a sharp page changes from ink
 * to paper within a pixel or two, a blurred page's print over several, in small steps only.
 */
export function steepEdgeShare({ width, height, pixels }: GrayImage, edge = 32, steep = 120): number {
  let edges = 0;
  let steepEdges = 0;
  for (let y = 0; y < height; y += 2) {
    for (let x = y * width + 1; x < (y + 1) * width; x += 1) {
      const step = Math.abs((pixels[x] as number) - (pixels[x - 1] as number));
      if (step >= edge) edges += 1;
      if (step >= steep) steepEdges += 1;
    }
  }
  return edges ? steepEdges / edges : 0;
}
