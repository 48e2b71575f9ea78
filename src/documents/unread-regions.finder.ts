import type { GrayImage } from './gray-image.png';

/** A horizontal stretch of the page, 0..1 of its height. */
export interface Band {
  top: number;
  bottom: number;
}

export interface UnreadRegionSettings {
  /** a pixel this dark or darker is print */
  ink: number;
  /** a row with at least this many print pixels holds print */
  inkPixelsPerRow: number;
  /** print rows closer than this (share of the page height) belong to one text row */
  joinGap: number;
  /** a text row lower than this (share of the page height) is a speck, not text */
  minRowHeight: number;
  /** unread text rows closer than this (share of the page height) belong to one region */
  regionGap: number;
  /** a region with fewer unread text rows is left: a lone signature or mark, not a lost block of text */
  minRows: number;
  /** how far (share of the page height) a recognised line's extent may be off: a straightened page's lines shift a little */
  tolerance: number;
}

export const defaultUnreadRegionSettings: UnreadRegionSettings = { ink: 128, inkPixelsPerRow: 3, joinGap: 0.004, minRowHeight: 0.006, regionGap: 0.04, minRows: 3, tolerance: 0.006 };

/**
 * Where a page holds rows of print that no recognised line covers: automatic page segmentation
 * can take a whole ruled table of a scan for a picture and return nothing, or a line of debris,
 * for it. Works on the page with its ruling lines removed (a table's borders are no text rows);
 * `read` are the recognised lines' extents. Regions of at least `minRows` unread text rows are
 * returned, each to be read again as one block.
 */
export function findUnreadRegions(page: GrayImage, read: Band[], settings: UnreadRegionSettings = defaultUnreadRegionSettings): Band[] {
  const rows = textRows(page, settings);
  const unread = rows.filter((row) => !read.some((line) => covers(line, row, settings.tolerance)));
  const regions: Band[][] = [];
  for (const row of unread) {
    const last = regions[regions.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous && row.top - previous.bottom <= settings.regionGap) last.push(row);
    else regions.push([row]);
  }
  return regions.filter((region) => region.length >= settings.minRows).map((region) => ({ top: region[0]!.top, bottom: region[region.length - 1]!.bottom }));
}

/** Runs of rows holding print, joined across small gaps, too-low runs dropped. */
function textRows({ width, height, pixels }: GrayImage, settings: UnreadRegionSettings): Band[] {
  const rows: Band[] = [];
  const joinGap = Math.max(1, Math.round(settings.joinGap * height));
  let start = -1;
  let end = -1;
  for (let y = 0; y <= height; y += 1) {
    if (y < height && inkIn(pixels, y * width, width, settings)) {
      if (start < 0) start = y;
      else if (y - end > joinGap) {
        rows.push({ top: start / height, bottom: (end + 1) / height });
        start = y;
      }
      end = y;
    }
  }
  if (start >= 0) rows.push({ top: start / height, bottom: (end + 1) / height });
  return rows.filter((row) => row.bottom - row.top >= settings.minRowHeight);
}

function inkIn(pixels: Uint8Array, offset: number, width: number, settings: UnreadRegionSettings): boolean {
  let count = 0;
  for (let x = 0; x < width; x += 1) if ((pixels[offset + x] as number) <= settings.ink && ++count >= settings.inkPixelsPerRow) return true;
  return false;
}

/** A recognised line covers a text row when it spans the row's middle. */
function covers(line: Band, row: Band, tolerance: number): boolean {
  const middle = (row.top + row.bottom) / 2;
  return line.top - tolerance <= middle && middle <= line.bottom + tolerance;
}
