import { encodeGrayPng } from '../../../src/documents/gray-image.png';
import { binarisationFor, thresholdingMethod } from '../../../src/documents/page-binarisation';

describe('how a page is binarised before OCR', () => {
  it('when the picture is a JPEG, then Sauvola’s local threshold is used; any other picture keeps Otsu', () => {
    // given: a JPEG's start-of-image and JFIF markers, a PNG this project writes
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    const png = encodeGrayPng({ width: 2, height: 2, pixels: new Uint8Array([0, 255, 255, 0]) });
    // when / then
    expect(thresholdingMethod[binarisationFor(jpeg)]).toBe('2');
    expect(thresholdingMethod[binarisationFor(png)]).toBe('0');
    expect(binarisationFor(Buffer.alloc(0))).toBe('otsu');
  });
});
