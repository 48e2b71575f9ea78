import type { GrayImage } from './gray-image.png';

/**
 * Box and table borders whitened before OCR. Tesseract takes a page's ruling lines for pictures
 * or column edges: text inside a bordered box may be dropped with its border, most often on low
 * resolution scans. A ruling line is a run of dark pixels far longer than any glyph stroke
 * (horizontal runs of at least `minimumRunShare` of the page width, vertical ones of that share
 * of its height), at most `maximumThickness` pixels thick; a slightly skewed line counts as one
 * run because a pixel counts as dark when it or a neighbour across the run is. Only the dark
 * pixels of such runs are whitened: the text beside them stays as it was.
 */
export interface RulingLineSettings {
  darkBelow: number;
  minimumRunShare: number;
  maximumThickness: number;
}

export const defaultRulingLines: RulingLineSettings = { darkBelow: 200, minimumRunShare: 0.08, maximumThickness: 12 };

/** Maps a position along a scan line and the scan line's index to a pixel (x, y). */
type Scan = (along: number, line: number) => [number, number];

/** The page with its ruling lines whitened, or null when it has none. */
export function removeRulingLines(image: GrayImage, settings: RulingLineSettings = defaultRulingLines): GrayImage | null {
  const { width, height, pixels } = image;
  const mask = new Uint8Array(pixels.length);
  for (let i = 0; i < pixels.length; i += 1) mask[i] = (pixels[i] as number) < settings.darkBelow ? 1 : 0;
  const dark = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x < width && y < height && mask[y * width + x] === 1;
  const erase = new Uint8Array(width * height);
  let found = false;
  // the dark pixels across the run at this point span no more than a rule's thickness
  const thin = (at: Scan, along: number, line: number) => {
    let extent = 1;
    for (const step of [-1, 1]) for (let d = 1; d <= settings.maximumThickness && dark(at(along, line + step * d)); d += 1) extent += 1;
    return extent <= settings.maximumThickness;
  };
  const scan = (length: number, lines: number, at: Scan) => {
    const minimumRun = Math.max(40, Math.round(length * settings.minimumRunShare));
    for (let line = 0; line < lines; line += 1) {
      let start = -1;
      for (let i = 0; i <= length; i += 1) {
        const on = i < length && (dark(at(i, line)) || dark(at(i, line - 1)) || dark(at(i, line + 1)));
        if (on && start < 0) start = i;
        if (on || start < 0) continue;
        if (i - start >= minimumRun) {
          for (let j = start; j < i; j += 1) {
            const pixel = at(j, line);
            if (!dark(pixel) || !thin(at, j, line)) continue;
            erase[pixel[1] * width + pixel[0]] = 1;
            found = true;
          }
        }
        start = -1;
      }
    }
  };
  scan(width, height, (along, line) => [along, line]);
  scan(height, width, (along, line) => [line, along]);
  if (!found) return null;
  const out = new Uint8Array(pixels);
  for (let i = 0; i < out.length; i += 1) if (erase[i]) out[i] = 255;
  return { width, height, pixels: out };
}
