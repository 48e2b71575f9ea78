import type { GrayImage } from '../../../src/documents/gray-image.png';
import { blankPage, fillRectangle } from './gray-page.fixture';
import { sampleTextLines } from '../../../src/documents/text-line.sampler';

// Constructed pictures: a white page with rows of small dark "glyphs", and ruling lines.

const width = 800;
const height = 1100;

const blank = () => blankPage(width, height);
const fill = fillRectangle;

/** A row of 30 glyph-sized blocks, 16 pixels high, starting at `y`. */
function textRow(image: GrayImage, y: number): void {
  for (let i = 0; i < 30; i += 1) fill(image, 60 + i * 20, y, 60 + i * 20 + 12, y + 16);
}

const darkRows = (image: GrayImage) => Array.from({ length: image.height }, (_, y) => image.pixels.subarray(y * width, (y + 1) * width).some((value) => value < 128));

describe('sampling a page\'s text lines for the language guess', () => {
  it('when a page has many text rows, then three of them are stacked with blank gaps between them', () => {
    const page = blank();
    for (let y = 100; y < 1000; y += 50) textRow(page, y);
    const sample = sampleTextLines(page);
    expect(sample).not.toBeNull();
    expect(sample!.width).toBe(width);
    const rows = darkRows(sample!);
    const runs = rows.filter((dark, y) => dark && !rows[y - 1]).length;
    expect(runs).toBe(3);
    expect(rows.filter(Boolean).length).toBe(3 * 16);
    expect(rows[0]).toBe(false);
  });

  it('when a page has ruling lines and a filled bar besides its text, then only text rows are taken', () => {
    const page = blank();
    fill(page, 40, 80, 760, 82); // a table border
    fill(page, 40, 300, 760, 400); // a picture, too tall for a line
    textRow(page, 500);
    textRow(page, 560);
    const rows = darkRows(sampleTextLines(page)!);
    expect(rows.filter(Boolean).length).toBe(2 * 16);
  });

  it('when the paper is grey, then the gaps between the lines are as grey as the paper, not white', () => {
    const page = blankPage(width, height, 200);
    for (let y = 100; y < 1000; y += 50) textRow(page, y);
    const sample = sampleTextLines(page)!;
    expect([sample.pixels[0], sample.pixels[sample.pixels.length - 1]]).toEqual([200, 200]);
  });

  it('when a page is blank, then there is no sample', () => {
    expect(sampleTextLines(blank())).toBeNull();
  });
});
