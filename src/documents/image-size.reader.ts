/** Pixel size of a PNG or JPEG from its header, so OCR positions can be turned into page fractions. */
export interface ImageSize {
  width: number;
  height: number;
}

export function readImageSize(image: Buffer): ImageSize {
  if (image.subarray(1, 4).toString('latin1') === 'PNG') {
    return { width: image.readUInt32BE(16), height: image.readUInt32BE(20) };
  }
  if (image[0] === 0xff && image[1] === 0xd8) return jpegSize(image);
  throw new Error('unsupported image format: only PNG and JPEG are read');
}

function jpegSize(image: Buffer): ImageSize {
  let offset = 2;
  while (offset + 9 < image.length) {
    if (image[offset] !== 0xff) throw new Error('corrupt JPEG: marker expected');
    const marker = image[offset + 1] ?? 0;
    const length = image.readUInt16BE(offset + 2);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isStartOfFrame) return { height: image.readUInt16BE(offset + 5), width: image.readUInt16BE(offset + 7) };
    offset += 2 + length;
  }
  throw new Error('corrupt JPEG: no frame header');
}
