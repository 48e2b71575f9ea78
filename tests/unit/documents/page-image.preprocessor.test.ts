import { deflateSync } from 'node:zlib';
import { decodePngToGray, encodeGrayPng, type GrayImage } from '../../../src/documents/gray-image.png';
import { boxMean, enlarge, preparePageImage, sharpen, steepEdgeShare } from '../../../src/documents/page-image.preprocessor';

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

/** Upright strokes: `profile` (ink to paper and back) repeated across each row. */
function strokes(width: number, height: number, profile: number[]): GrayImage {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) pixels[y * width + x] = profile[x % profile.length] as number;
  return { width, height, pixels };
}
const crisp = [240, 240, 40, 40, 40, 240, 240, 240, 240, 240];
const soft = [240, 180, 100, 60, 100, 180, 240, 240, 240, 240];

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

  it('when a picture is flat, then sharpening leaves it as it was', () => {
    const flat = page(30, 20, () => 200);
    const paper = { width: 30, height: 20, pixels: new Uint8Array(600).fill(200) };
    expect(sharpen(paper, { radius: 2, amount: 2 })).toEqual(paper);
    expect(sharpen(flat, { radius: 2, amount: 0 })).toEqual(flat);
  });

  it('when an edge between print and paper is soft, then sharpening makes it steeper and leaves the areas away from it as they were', () => {
    // given a row going from print (40) to paper (220) over a soft ramp
    const values = [40, 40, 40, 40, 40, 40, 70, 100, 130, 160, 190, 220, 220, 220, 220, 220, 220];
    const soft = { width: values.length, height: 3, pixels: new Uint8Array([...values, ...values, ...values]) };
    // when sharpened
    const sharp = sharpen(soft, { radius: 2, amount: 2 }).pixels.subarray(values.length, 2 * values.length);
    // then the print side of the edge is darker, the paper side lighter, the rest unchanged
    expect(sharp[6]).toBeLessThan(70);
    expect(sharp[10]).toBeGreaterThan(190);
    expect((sharp[10] ?? 0) - (sharp[6] ?? 0)).toBeGreaterThan(190 - 70);
    expect([sharp[0], sharp[1], sharp[15], sharp[16]]).toEqual([40, 40, 220, 220]);
  });

  it('when a box mean is taken, then each pixel is the mean of its square cut at the edges', () => {
    const mean = boxMean({ width: 3, height: 1, pixels: new Uint8Array([0, 30, 90]) }, 1);
    expect([...mean]).toEqual([15, 40, 60]);
  });

  it('when print changes to paper within a pixel, then its edges are steep, and when over several, then none is', () => {
    expect(steepEdgeShare(strokes(60, 4, crisp))).toBe(1);
    expect(steepEdgeShare(strokes(60, 4, soft))).toBe(0);
  });

  it('when a small page with soft print is prepared with sharpening asked for, then it is enlarged and sharpened, and without it only enlarged', () => {
    const small = strokes(120, 90, soft);
    const enlarged = preparePageImage(small);
    const sharpened = preparePageImage(small, undefined, { sharpenEnlarged: true });
    expect([sharpened?.width, sharpened?.height]).toEqual([240, 180]);
    expect(enlarged).toEqual(enlarge(small, 2));
    // the ink in the middle of a stroke (column 7 of the enlarged page) turns darker
    expect(sharpened?.pixels[7]).toBeLessThan(enlarged?.pixels[7] ?? 0);
  });

  it('when a small page with sharp print is prepared with sharpening asked for, then it is only enlarged', () => {
    const small = strokes(120, 90, crisp);
    expect(preparePageImage(small, undefined, { sharpenEnlarged: true })).toEqual(enlarge(small, 2));
  });

  it('when a page at print resolution is prepared with sharpening asked for, then it is still left as it is', () => {
    expect(preparePageImage(page(1240, 1800, () => 235), undefined, { sharpenEnlarged: true })).toBeNull();
  });
});
