/**
 * How tesseract turns a page black and white before reading it (its `thresholding_method`), and
 * for a JPEG at what resolution it takes the page to be (its `user_defined_dpi`, see userDefinedDpi).
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
 * four fields either way: not a clear gain). Tried later on documents 2 and 6 together (238 and
 * 237 of 295 then) and not kept: Sauvola's window smaller (thresholding_window_size 0.2) 231 and
 * 233, three silent errors, and 0.25 230 and 226, two; a higher thresholding_kfactor (0.4) 228 and
 * 230, two; a 3×3 median filter before enlarging 177 and 171, eight (decimal points lost). Kept:
 * telling tesseract the page's resolution (userDefinedDpi), 252 and 253, no silent error. Tried
 * on top of it and not kept: Sauvola's window 0.5 245 and 256, two silent errors; the 3×3 binomial
 * smoothing 256 and 252, one; enlarging threefold (450 dpi told) 245 and 248, and slower.
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

/**
 * The resolution tesseract is told a JPEG's page has (its `user_defined_dpi`), as text: the
 * density the JPEG's own JFIF header gives, times `enlargement` (how many times wider the page
 * tesseract reads is than the picture: 2 when the preprocessor enlarged it, else 1) — "0", which
 * leaves tesseract to estimate it from the size of the print, for any other picture and for a JPEG
 * whose header gives none or one under 100 dpi (72 and 96 are what programs that do not know
 * write). The prepared page is a PNG of our own with no resolution in it, and tesseract estimated
 * the seen generated 150 dpi scans, enlarged, at 363 to 492 dpi (453 the median) instead of 300;
 * told 300, they read 252 and 253 required fields right of 295 (documents 2 and 6) instead of 238
 * and 237, no silent error (the seen 200 dpi PNGs, document 1, read as before: 286 of 295, page
 * for page).
 */
export function userDefinedDpi(image: Buffer, enlargement: number): string {
  const density = isJpeg(image) ? jfifDensity(image) : null;
  return density !== null && density >= 100 ? String(Math.round(density * enlargement)) : '0';
}

/** Dots per inch from a JFIF header (APP0 right after the start of the image), or null when there is none or it gives no unit. */
function jfifDensity(image: Buffer): number | null {
  if (image.length < 18 || image[3] !== 0xe0 || image.subarray(6, 11).toString('latin1') !== 'JFIF\0') return null;
  const units = image[13];
  const density = image.readUInt16BE(14);
  if (units === 1) return density;
  if (units === 2) return density * 2.54;
  return null;
}
