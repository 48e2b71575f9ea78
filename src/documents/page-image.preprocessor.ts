import type { GrayImage } from './gray-image.png';

/**
 * What a scanner, a phone and a desk do to a page, undone before OCR — only where it happened, a
 * page at print resolution in even light goes to tesseract as it is: low resolution (a page whose
 * long side is under 1800 pixels, e.g. A4 under about 150 dpi, is enlarged twofold), uneven light
 * (a shadow, a yellowed or grey sheet: the paper's own brightness is estimated block by block and
 * divided out, so the binarisation that follows sees white paper everywhere). Red stamps were
 * already lightened when the picture was turned gray (see decodePngToGray); a prepared page's skew
 * is measured and undone by tesseract itself.
 */
export interface PreparationSettings {
  /** pages whose long side is shorter (pixels) are enlarged */
  enlargeBelowLongSide: number;
  factor: number;
  /** paper brightness differing this much between the page's blocks (the 5th to the 95th percentile) is uneven light */
  unevenLightSpread: number;
}

export const defaultPreparation: PreparationSettings = { enlargeBelowLongSide: 1800, factor: 2, unevenLightSpread: 40 };

/** The prepared page, or null when it needs nothing. */
export function preparePageImage(image: GrayImage, settings: PreparationSettings = defaultPreparation): GrayImage | null {
  const small = Math.max(image.width, image.height) < settings.enlargeBelowLongSide;
  const uneven = paperSpread(image) >= settings.unevenLightSpread;
  if (!small && !uneven) return null;
  const enlarged = small ? enlarge(image, settings.factor) : image;
  return uneven ? flattenBackground(enlarged) : enlarged;
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
