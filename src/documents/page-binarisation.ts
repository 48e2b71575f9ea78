/**
 * How tesseract turns a page black and white before reading it (its `thresholding_method`).
 * A JPEG picture is binarised by Sauvola's local threshold: at a scanner's low JPEG quality the
 * blocks of compression noise round the print make one global (Otsu) threshold fill and break
 * strokes, and a local one keeps them (measured on the seen generated scans, 150 dpi, quality 55:
 * 366 of 466 required fields read right against 357). Any other picture keeps Otsu: on a blurred
 * low-resolution PNG Sauvola lost strokes of faint print (162 of 233 against 189).
 * Tried on the seen JPEG scans and not kept (the 39 pages of document index 2: 238 of 295 read
 * right as it is): Sauvola's window three times as wide (thresholding_window_size 1.0) 228, two
 * silent errors; a lower thresholding_kfactor (0.2) 225; bicubic instead of bilinear enlargement
 * 227; a 3×3 binomial smoothing against the JPEG block noise before enlarging 245, but 237 → 237
 * on index 6 with one silent error (482 of 590 against 475 over both, single pages moving by up to
 * four fields either way: not a clear gain).
 */
export type Binarisation = 'otsu' | 'sauvola';

export const thresholdingMethod: Record<Binarisation, string> = { otsu: '0', sauvola: '2' };

export function binarisationFor(image: Buffer): Binarisation {
  return isJpeg(image) ? 'sauvola' : 'otsu';
}

/** Whether the picture is a JPEG (its first bytes). */
export function isJpeg(image: Buffer): boolean {
  return image.length >= 3 && image[0] === 0xff && image[1] === 0xd8 && image[2] === 0xff;
}
