import { ArffFormatError, parseArff } from '../../../src/domain/scoring/arff';

const sample = `% a comment
@relation 'tiny sample'

@attribute 'net profit / total assets' numeric
@attribute "sales (n) / sales (n-1)" REAL
@attribute plain integer
@attribute bankruptcy {0,1}

@data
0.5,1.25,3,0
?,-2e-3,?,1
% another comment

1,2,3,1
`;

describe('ARFF reader', () => {
  it('when a file has quoted names, comments and ?, then rows, names and labels are read with NaN for missing', () => {
    // given the sample above
    // when
    const data = parseArff(sample);
    // then
    expect(data.relation).toBe('tiny sample');
    expect(data.featureNames).toEqual(['net profit / total assets', 'sales (n) / sales (n-1)', 'plain']);
    expect(data.classValues).toEqual(['0', '1']);
    expect(Array.from(data.labels)).toEqual([0, 1, 1]);
    expect(Array.from(data.rows[0] as Float64Array)).toEqual([0.5, 1.25, 3]);
    const second = data.rows[1] as Float64Array;
    expect(Number.isNaN(second[0])).toBe(true);
    expect(second[1]).toBeCloseTo(-0.002, 12);
    expect(Number.isNaN(second[2])).toBe(true);
  });

  it('when a data line has the wrong number of values, then the error names the line', () => {
    // given
    const broken = sample.replace('1,2,3,1', '1,2,1');
    // when / then
    expect(() => parseArff(broken)).toThrow(ArffFormatError);
    expect(() => parseArff(broken)).toThrow(/line 14: expected 4 values, found 3/);
  });

  it('when a value is not a number or the class is unknown, then it is refused', () => {
    // given / when / then
    expect(() => parseArff(sample.replace('0.5,1.25', 'abc,1.25'))).toThrow(/"abc" is not a number/);
    expect(() => parseArff(sample.replace('1,2,3,1', '1,2,3,2'))).toThrow(/unknown class value "2"/);
  });

  it('when the header lacks @data or the class is numeric, then it is refused', () => {
    // given / when / then
    expect(() => parseArff('@relation x\n@attribute a numeric\n@attribute c {0,1}\n')).toThrow(/no @data/);
    expect(() => parseArff('@relation x\n@attribute a numeric\n@attribute c numeric\n@data\n1,1\n')).toThrow(/nominal class/);
  });
});
