/**
 * Reader for Weka ARFF files with numeric attributes and one nominal class attribute (the
 * last), as the UCI Polish bankruptcy files are. `?` is a missing value and becomes NaN, which
 * the trees route along their learned default direction.
 */

export interface LabelledDataset {
  relation: string;
  featureNames: string[];
  /** One row per instance, NaN where the value is missing. */
  rows: Float64Array[];
  /** Index of the class value among the declared nominal values (for `{0,1}`: 0 or 1). */
  labels: Uint8Array;
  classValues: string[];
}

export class ArffFormatError extends Error {
  constructor(message: string, readonly line: number) {
    super(`ARFF line ${line}: ${message}`);
    this.name = 'ArffFormatError';
  }
}

interface Attribute {
  name: string;
  nominalValues: string[] | null;
}

const attributePattern = /^@attribute\s+('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\S+)\s+(.+)$/i;
const numericTypes = new Set(['numeric', 'real', 'integer']);

function unquote(token: string): string {
  const t = token.trim();
  if ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"'))) {
    return t.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return t;
}

function parseAttribute(line: string, lineNumber: number): Attribute {
  const match = attributePattern.exec(line);
  if (!match?.[1] || !match[2]) throw new ArffFormatError(`cannot read attribute "${line}"`, lineNumber);
  const type = match[2].trim();
  if (type.startsWith('{')) {
    if (!type.endsWith('}')) throw new ArffFormatError('unterminated nominal value list', lineNumber);
    return { name: unquote(match[1]), nominalValues: type.slice(1, -1).split(',').map(unquote) };
  }
  if (!numericTypes.has(type.toLowerCase())) {
    throw new ArffFormatError(`unsupported attribute type "${type}"`, lineNumber);
  }
  return { name: unquote(match[1]), nominalValues: null };
}

export function parseArff(text: string): LabelledDataset {
  const lines = text.split(/\r?\n/);
  const attributes: Attribute[] = [];
  let relation = '';
  let dataStart = -1;
  for (let i = 0; i < lines.length && dataStart < 0; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || line.startsWith('%')) continue;
    const keyword = line.split(/\s/, 1)[0]?.toLowerCase();
    if (keyword === '@relation') relation = unquote(line.slice('@relation'.length));
    else if (keyword === '@attribute') attributes.push(parseAttribute(line, i + 1));
    else if (keyword === '@data') dataStart = i + 1;
    else throw new ArffFormatError(`unexpected header line "${line}"`, i + 1);
  }
  if (dataStart < 0) throw new ArffFormatError('no @data section', lines.length);
  const classAttribute = attributes[attributes.length - 1];
  if (!classAttribute?.nominalValues) {
    throw new ArffFormatError('the last attribute must be the nominal class', dataStart);
  }
  const features = attributes.slice(0, -1);
  if (features.some((a) => a.nominalValues)) {
    throw new ArffFormatError('only numeric feature attributes are supported', dataStart);
  }
  const classValues = classAttribute.nominalValues;

  const rows: Float64Array[] = [];
  const labels: number[] = [];
  for (let i = dataStart; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || line.startsWith('%')) continue;
    const cells = line.split(',');
    if (cells.length !== attributes.length) {
      throw new ArffFormatError(`expected ${attributes.length} values, found ${cells.length}`, i + 1);
    }
    const row = new Float64Array(features.length);
    for (let j = 0; j < features.length; j += 1) {
      const cell = (cells[j] ?? '').trim();
      const value = cell === '?' ? Number.NaN : Number(cell);
      if (cell === '' || (cell !== '?' && !Number.isFinite(value))) {
        throw new ArffFormatError(`"${cell}" is not a number (attribute ${j + 1})`, i + 1);
      }
      row[j] = value;
    }
    const label = classValues.indexOf(unquote(cells[features.length] ?? ''));
    if (label < 0) throw new ArffFormatError(`unknown class value "${cells[features.length]}"`, i + 1);
    rows.push(row);
    labels.push(label);
  }
  return { relation, featureNames: features.map((a) => a.name), rows, labels: Uint8Array.from(labels), classValues };
}
