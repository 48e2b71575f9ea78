/**
 * Process variables as the REST API carries them (typed values) and as our code sees them (plain JSON).
 * Maps and lists travel as JSON object variables (the engine's JsonObjectSerializer); dates stay ISO
 * strings on our side, because every contract speaks ISO 8601.
 */
export interface TypedValue {
  type: string;
  value: unknown;
  valueInfo?: Record<string, unknown>;
}

export type TypedVariables = Record<string, TypedValue>;

const jsonFormat = 'application/json';
const int32 = 2 ** 31;

export function toTypedValue(value: unknown): TypedValue {
  if (value === null || value === undefined) return { type: 'Null', value: null };
  if (typeof value === 'boolean') return { type: 'Boolean', value };
  if (typeof value === 'string') return { type: 'String', value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`a variable cannot be ${value}`);
    if (!Number.isInteger(value)) return { type: 'Double', value };
    return { type: value >= -int32 && value < int32 ? 'Integer' : 'Long', value };
  }
  if (value instanceof Date) return { type: 'Date', value: engineDate(value) };
  if (typeof value === 'object') {
    return {
      type: 'Object',
      value: JSON.stringify(value),
      valueInfo: { objectTypeName: Array.isArray(value) ? 'java.util.ArrayList' : 'java.util.LinkedHashMap', serializationDataFormat: jsonFormat },
    };
  }
  throw new TypeError(`a variable cannot be of type ${typeof value}`);
}

/** Undefined entries are left out (not sent), like JSON.stringify does. */
export function toTypedVariables(values: Record<string, unknown>): TypedVariables {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined).map(([name, value]) => [name, toTypedValue(value)]));
}

export function fromTypedValue(typed: TypedValue): unknown {
  if (typed.value === null || typed.value === undefined) return null;
  switch (typed.type) {
    case 'Object':
    case 'Json':
      if (typed.type === 'Json' || typed.valueInfo?.serializationDataFormat === jsonFormat) {
        return typeof typed.value === 'string' ? JSON.parse(typed.value) : typed.value;
      }
      return typed.value;
    case 'Date':
      return new Date(parseEngineDate(String(typed.value))).toISOString();
    default:
      return typed.value;
  }
}

export function fromTypedVariables(typed: TypedVariables | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(typed ?? {}).map(([name, value]) => [name, fromTypedValue(value)]));
}

/** The REST API's date format: 2026-12-05T09:20:22.000+0000. */
export function engineDate(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

/** Parses the REST API's dates (+0000 offsets without a colon), which Date.parse does not read everywhere. */
export function parseEngineDate(value: string): number {
  return Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}
