import { findUnreadRegions } from '../../../src/documents/unread-regions.finder';
import { blankPage, fillRectangle } from './gray-page.fixture';

/** A 1000-pixel-high page with text rows of 12 pixels, 26 pixels apart from `from`, `count` of them. */
function pageWithRows(starts: number[]) {
  const page = blankPage(400, 1000);
  for (const y of starts) fillRectangle(page, 40, y, 360, y + 12);
  return page;
}
const rowsFrom = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i * 26);
const band = (top: number, bottom: number) => ({ top: top / 1000, bottom: bottom / 1000 });

describe('rows of print no recognised line covers', () => {
  it('finds a block of text rows the reading returned nothing for, from its first row to its last', () => {
    const page = pageWithRows([...rowsFrom(100, 3), ...rowsFrom(300, 9), ...rowsFrom(700, 2)]);
    const read = [...rowsFrom(100, 3), ...rowsFrom(700, 2)].map((y) => band(y, y + 12));
    const [region, ...more] = findUnreadRegions(page, read);
    expect(more).toEqual([]);
    expect(region!.top).toBeCloseTo(0.3, 3);
    expect(region!.bottom).toBeCloseTo((300 + 8 * 26 + 12) / 1000, 3);
  });

  it('finds nothing when every row is covered, even by lines a little off (a straightened page)', () => {
    const page = pageWithRows(rowsFrom(100, 20));
    expect(findUnreadRegions(page, rowsFrom(100, 20).map((y) => band(y + 8, y + 16)))).toEqual([]);
  });

  it('leaves one or two unread rows alone: a signature or a mark, not a lost block of text', () => {
    const page = pageWithRows([...rowsFrom(100, 5), 500, 526, 800]);
    expect(findUnreadRegions(page, rowsFrom(100, 5).map((y) => band(y, y + 12)))).toEqual([]);
  });

  it('keeps two unread blocks far apart as two regions, and takes specks and faint grey for no text', () => {
    const page = pageWithRows([...rowsFrom(100, 3), ...rowsFrom(600, 3)]);
    fillRectangle(page, 40, 400, 360, 402); // a speck row, lower than a text row
    fillRectangle(page, 40, 450, 360, 470, 200); // grey, lighter than print
    const regions = findUnreadRegions(page, []);
    expect(regions).toHaveLength(2);
    expect(regions[0]!.top).toBeCloseTo(0.1, 3);
    expect(regions[1]!.top).toBeCloseTo(0.6, 3);
  });
});
