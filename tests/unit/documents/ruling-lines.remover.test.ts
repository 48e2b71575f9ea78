import type { GrayImage } from '../../../src/documents/gray-image.png';
import { blankPage, fillRectangle } from './gray-page.fixture';
import { removeRulingLines } from '../../../src/documents/ruling-lines.remover';

// Constructed pictures: a white page with a bordered box and small dark "glyphs" inside it.

const width = 800;
const height = 1100;

const blank = () => blankPage(width, height);
const fill = fillRectangle;

const at = (image: GrayImage, x: number, y: number) => image.pixels[y * width + x];

/** Ten glyph-sized blocks in a row, a gap between each: a word, whatever its length, is no ruling line. */
function word(image: GrayImage, x: number, y: number): void {
  for (let i = 0; i < 10; i += 1) fill(image, x + i * 14, y, x + i * 14 + 10, y + 16);
}

describe('whitening box and table borders before OCR', () => {
  it('when a page has a bordered box, then its border is whitened and the text inside stays', () => {
    const page = blank();
    fill(page, 100, 200, 600, 202); // top
    fill(page, 100, 320, 600, 322); // bottom
    fill(page, 100, 200, 102, 322); // left
    fill(page, 598, 200, 600, 322); // right
    word(page, 120, 240);
    const cleaned = removeRulingLines(page);
    expect(cleaned).not.toBeNull();
    expect([at(cleaned!, 300, 201), at(cleaned!, 300, 321), at(cleaned!, 101, 260), at(cleaned!, 599, 260)]).toEqual([255, 255, 255, 255]);
    expect([at(cleaned!, 125, 248), at(cleaned!, 250, 250)]).toEqual([30, 30]);
  });

  it('when a border is slightly skewed, then it is still one line and is whitened', () => {
    const page = blank();
    // a 2-pixel line stepping down one row every 100 pixels (about 0.6°)
    for (let x = 50; x < 750; x += 1) fill(page, x, 400 + Math.floor((x - 50) / 100), x + 1, 402 + Math.floor((x - 50) / 100));
    const cleaned = removeRulingLines(page);
    expect(at(cleaned!, 420, 403)).toBe(255);
  });

  it('when a page has text and no borders, then it needs nothing', () => {
    const page = blank();
    word(page, 100, 100);
    word(page, 100, 140);
    expect(removeRulingLines(page)).toBeNull();
  });

  it('when a dark area is thicker than a rule (a filled bar, a photo), then it is left alone', () => {
    const page = blank();
    fill(page, 100, 500, 700, 540);
    expect(removeRulingLines(page)).toBeNull();
  });

  it('when a blurred border leaves a grey fringe beside its dark core, then the fringe goes with it and grey text away from it stays', () => {
    const page = blank();
    fill(page, 100, 600, 700, 602); // the rule's dark core
    fill(page, 100, 598, 700, 600, 215); // its blurred fringe above
    fill(page, 100, 602, 700, 604, 225); // and below
    fill(page, 120, 640, 130, 660, 215); // a grey glyph stroke well away from the rule
    const cleaned = removeRulingLines(page);
    expect([at(cleaned!, 300, 598), at(cleaned!, 300, 599), at(cleaned!, 300, 602), at(cleaned!, 300, 603), at(cleaned!, 300, 601)]).toEqual([255, 255, 255, 255, 255]);
    expect(at(cleaned!, 125, 650)).toBe(215);
  });
});
