import { deflateSync } from 'node:zlib';
import { decodePngToGray, encodeGrayPng, type GrayImage } from '../../../src/documents/gray-image.png';
import { enlarge, preparePageImage } from '../../../src/documents/page-image.preprocessor';

// Constructed pictures: white pages with a dark "print" stripe, some in a shadow.

function page(width: number, height: number, paper: (x: number) => number): GrayImage {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) pixels[y * width + x] = y % 40 < 4 ? Math.round(paper(x) * 0.2) : paper(x);
  return { width, height, pixels };
}

/** A one-row RGB PNG (colour type 2, filter 0 per row). */
function rgbPng(colours: Array<[number, number, number]>): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(colours.length, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const gray = encodeGrayPng({ width: 1, height: 1, pixels: new Uint8Array([0]) });
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]); // the decoder does not check CRCs
  };
  return Buffer.concat([gray.subarray(0, 8), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from([0, ...colours.flat()]))), chunk('IEND', Buffer.alloc(0))]);
}

describe('preparing a page picture for OCR', () => {
  it('when a gray picture is written and read back, then its pixels are the same', () => {
    const picture = page(50, 30, () => 230);
    expect(decodePngToGray(encodeGrayPng(picture))).toEqual(picture);
  });

  it('when a picture has colours, then a red stamp turns light and black or brown print stays dark', () => {
    const { pixels } = decodePngToGray(rgbPng([[208, 16, 16], [20, 20, 20], [139, 69, 19], [255, 255, 255]]));
    expect([...pixels].map((value) => value > 180)).toEqual([true, false, false, true]);
  });

  it('when a page is at print resolution in even light, then it is left as it is', () => {
    expect(preparePageImage(page(1240, 1800, () => 235))).toBeNull();
  });

  it('when a page is small, then it is enlarged twofold', () => {
    const prepared = preparePageImage(page(620, 877, () => 240));
    expect([prepared?.width, prepared?.height]).toEqual([1240, 1754]);
    expect(enlarge({ width: 2, height: 1, pixels: new Uint8Array([0, 200]) }, 2).pixels).toEqual(new Uint8Array([0, 50, 150, 200, 0, 50, 150, 200]));
  });

  it('when a shadow darkens part of the page, then the paper turns white everywhere and the print stays dark', () => {
    // given paper from 110 (in the shadow on the left) to 240
    const shadowed = page(1240, 1800, (x) => Math.round(110 + (130 * Math.min(x, 400)) / 400));
    // when prepared
    const prepared = preparePageImage(shadowed);
    // then paper is light in and out of the shadow (it was 116 at the edge), print near black
    const at = (x: number, y: number) => prepared?.pixels[y * 1240 + x] ?? -1;
    expect([at(20, 20), at(1000, 20)].every((value) => value >= 200)).toBe(true);
    expect([at(20, 41), at(1000, 41)].every((value) => value <= 70)).toBe(true);
  });
});
