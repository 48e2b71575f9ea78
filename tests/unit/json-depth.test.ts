import { jsonDepth } from '../../src/api/json-depth';

describe('JSON nesting depth', () => {
  it('when values are flat or nested, then the depth counts containers', () => {
    expect(jsonDepth('text', 16)).toBe(0);
    expect(jsonDepth({ a: 1 }, 16)).toBe(1);
    expect(jsonDepth({ a: [{ b: [] }] }, 16)).toBe(4);
  });

  it('when a body nests 100,000 levels, then the walk stops past the limit without exhausting the stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(jsonDepth(deep, 16)).toBe(17);
  });
});
