import type { GrayImage } from '../../../src/documents/gray-image.png';

// Constructed pictures for the page-image tests: a blank page and dark rectangles drawn on it.

export function blankPage(width: number, height: number, paper = 250): GrayImage {
  return { width, height, pixels: new Uint8Array(width * height).fill(paper) };
}

export function fillRectangle(image: GrayImage, x0: number, y0: number, x1: number, y1: number, value = 30): void {
  for (let y = y0; y < y1; y += 1) for (let x = x0; x < x1; x += 1) image.pixels[y * image.width + x] = value;
}
