import { encodeGrayPng } from '../../../src/documents/gray-image.png';
import { binarisationFor, thresholdingMethod, userDefinedDpi } from '../../../src/documents/page-binarisation';

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

  it('when a JPEG gives its resolution, then tesseract is told it, times the enlargement; otherwise it estimates it', () => {
    // given: JFIF headers (units, x density, y density) as a scanner writes them, and a PNG
    const jfif = (units: number, density: number) =>
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, units, density >> 8, density & 0xff, density >> 8, density & 0xff, 0x00, 0x00]);
    const png = encodeGrayPng({ width: 2, height: 2, pixels: new Uint8Array([0, 255, 255, 0]) });
    // when / then: a 150 dpi scan enlarged twofold is read as 300 dpi, as it is as 150
    expect(userDefinedDpi(jfif(1, 150), 2)).toBe('300');
    expect(userDefinedDpi(jfif(1, 150), 1)).toBe('150');
    expect(userDefinedDpi(jfif(2, 59), 2)).toBe('300'); // dots per centimetre
    // no unit, a program's default 72 dpi, a JPEG without JFIF header, a PNG: tesseract estimates
    expect(userDefinedDpi(jfif(0, 1), 2)).toBe('0');
    expect(userDefinedDpi(jfif(1, 72), 2)).toBe('0');
    expect(userDefinedDpi(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10]), 2)).toBe('0');
    expect(userDefinedDpi(png, 2)).toBe('0');
  });
});
