import { deflateSync, inflateSync } from 'node:zlib';

/** An 8-bit grayscale picture, row by row. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** An 8-bit grayscale PNG, unfiltered rows, zlib-compressed (level 1 is fast, for pictures handed on at once). */
export function encodeGrayPng({ width, height, pixels }: GrayImage, level?: number): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([pngSignature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, level === undefined ? {} : { level })), chunk('IEND', Buffer.alloc(0))]);
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const channelsOf: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * A PNG of 8-bit samples (gray, RGB, with or without alpha; not palette, not interlaced) as one
 * gray value per pixel: its luminance, except that a strongly red pixel (a stamp, 印章) takes its
 * brightest channel and turns light; brown or dark-red print (a fapiao's form labels) stays dark.
 */
export function decodePngToGray(png: Buffer): GrayImage {
  if (!png.subarray(0, 8).equals(pngSignature)) throw new Error('not a PNG image');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colourType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      channels = channelsOf[colourType ?? -1] ?? 0;
      if (depth !== 8 || !channels || interlace !== 0) throw new Error(`unsupported PNG (bit depth ${depth}, colour type ${colourType}, interlace ${interlace})`);
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(width * height);
  let previous = new Uint8Array(stride);
  const colours = channels >= 3 ? 3 : 1;
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const row = new Uint8Array(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    unfilter(filter ?? 0, row, previous, channels);
    for (let x = 0; x < width; x += 1) {
      const at = x * channels;
      if (colours === 1) {
        pixels[y * width + x] = row[at] ?? 0;
        continue;
      }
      const [r, g, b] = [row[at] ?? 0, row[at + 1] ?? 0, row[at + 2] ?? 0];
      pixels[y * width + x] = r - Math.max(g, b) > 100 ? r : Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
    previous = row;
  }
  return { width, height, pixels };
}

function unfilter(filter: number, row: Uint8Array, previous: Uint8Array, bpp: number): void {
  for (let i = 0; i < row.length; i += 1) {
    const left = i >= bpp ? (row[i - bpp] as number) : 0;
    const up = previous[i] as number;
    const upLeft = i >= bpp ? (previous[i - bpp] as number) : 0;
    let add = 0;
    if (filter === 1) add = left;
    else if (filter === 2) add = up;
    else if (filter === 3) add = (left + up) >> 1;
    else if (filter === 4) {
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    row[i] = ((row[i] as number) + add) & 0xff;
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
