import { parameterInvalid, parameterMissing, unknownParameter } from '../core/errors.ts';
import { isRecord } from '../core/is-record.ts';

/**
 * A declaration of the parameters an endpoint accepts. Requests are checked against it, so an
 * unknown parameter, a missing required one or a badly typed value answers Stripe's 400 naming it.
 */
export type ParamSpec =
  | { kind: 'string'; enum?: readonly string[]; max?: number }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'metadata' }
  | { kind: 'array'; of: ParamSpec; max?: number }
  | ObjectSpec
  | { kind: 'emptyable'; of: ParamSpec }
  /** Any value, unchecked: for a parameter the handler refuses by name with its own message. */
  | { kind: 'any' }
  /** A timestamp filter of list endpoints: `created=<t>` or `created[gt|gte|lt|lte]=<t>`. */
  | { kind: 'range' };

export interface ObjectSpec {
  kind: 'object';
  fields: Record<string, ParamSpec>;
  required?: readonly string[];
  /**
   * Names Stripe knows that the emulator does not implement: accepted with any value and left
   * out of what the handler gets, because they change nothing here.
   */
  ignored?: readonly string[];
}

export const str = (opts: { enum?: readonly string[]; max?: number } = {}): ParamSpec => ({ kind: 'string', ...opts });
export const oneOf = (...values: string[]): ParamSpec => ({ kind: 'string', enum: values });
export const int = (opts: { min?: number; max?: number } = {}): ParamSpec => ({ kind: 'integer', ...opts });
export const bool = (): ParamSpec => ({ kind: 'boolean' });
export const metadata = (): ParamSpec => ({ kind: 'metadata' });
export const arr = (of: ParamSpec, max?: number): ParamSpec => (max === undefined ? { kind: 'array', of } : { kind: 'array', of, max });
export const emptyable = (of: ParamSpec): ParamSpec => ({ kind: 'emptyable', of });
export const any = (): ParamSpec => ({ kind: 'any' });
export const range = (): ParamSpec => ({ kind: 'range' });
export const obj = (fields: Record<string, ParamSpec>, required: readonly string[] = []): ObjectSpec => ({
  kind: 'object',
  fields,
  required,
});

/** Parameters every endpoint takes: `expand[]`. */
export const commonFields: Record<string, ParamSpec> = { expand: arr(str({ max: 5000 }), 100) };

/** Parameters of every list endpoint. */
export const listFields: Record<string, ParamSpec> = {
  limit: int(),
  starting_after: str(),
  ending_before: str(),
};

/** Form decoders give `a[0]=x` as an array or, past their array limit, as an object with numeric keys. */
function asArray(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.every((k) => /^\d+$/.test(k))) return keys.sort((a, b) => Number(a) - Number(b)).map((k) => value[k]);
  }
  return undefined;
}

const describe = (v: unknown) => (typeof v === 'string' ? v : isRecord(v) || Array.isArray(v) ? 'a hash' : String(v));

function readValue(spec: ParamSpec, value: unknown, path: string): unknown {
  switch (spec.kind) {
    case 'string': {
      if (typeof value !== 'string') throw parameterInvalid(path, `Invalid string: ${describe(value)}`);
      if (spec.max !== undefined && value.length > spec.max) throw parameterInvalid(path, `Invalid string: must be at most ${spec.max} characters long`);
      if (spec.enum && !spec.enum.includes(value))
        throw parameterInvalid(path, `Invalid ${path}: must be one of ${spec.enum.join(', ')}`, 'parameter_invalid_string');
      return value;
    }
    case 'integer': {
      const n = typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : NaN;
      if (!Number.isSafeInteger(n)) throw parameterInvalid(path, `Invalid integer: ${describe(value)}`, 'parameter_invalid_integer');
      if (spec.min !== undefined && n < spec.min)
        throw parameterInvalid(path, `Invalid integer: ${n}; must be at least ${spec.min}`, 'parameter_invalid_integer');
      if (spec.max !== undefined && n > spec.max)
        throw parameterInvalid(path, `Invalid integer: ${n}; must be at most ${spec.max}`, 'parameter_invalid_integer');
      return n;
    }
    case 'boolean': {
      // Stripe reads booleans in any letter case: stripe-python 5 sends `True` and `False`.
      if (value === true || value === false) return value;
      const word = typeof value === 'string' ? value.toLowerCase() : undefined;
      if (word === 'true') return true;
      if (word === 'false') return false;
      throw parameterInvalid(path, `Invalid boolean: ${describe(value)}`);
    }
    case 'metadata':
      return readMetadata(value, path);
    case 'emptyable':
      return value === '' ? '' : readValue(spec.of, value, path);
    case 'array': {
      const items = asArray(value);
      if (!items) throw parameterInvalid(path, `Invalid array`);
      if (spec.max !== undefined && items.length > spec.max) throw parameterInvalid(path, `Invalid array: must have at most ${spec.max} items`);
      return items.map((item, i) => readValue(spec.of, item, `${path}[${i}]`));
    }
    case 'object':
      return readObject(spec, value, path);
    case 'any':
      return value;
    case 'range':
      if (!isRecord(value)) return readValue(int(), value, path);
      return readObject(obj({ gt: int(), gte: int(), lt: int(), lte: int() }), value, path);
  }
}

function readMetadata(value: unknown, path: string): Record<string, string> | '' {
  if (value === '') return '';
  if (!isRecord(value)) throw parameterInvalid(path, `Invalid hash`);
  const out: Record<string, string> = {};
  const entries = Object.entries(value);
  if (entries.length > 50) throw parameterInvalid(path, 'Metadata can have at most 50 keys.');
  for (const [k, v] of entries) {
    if (k.length > 40) throw parameterInvalid(`${path}[${k}]`, 'Metadata keys must be at most 40 characters long.');
    if (typeof v !== 'string') throw parameterInvalid(`${path}[${k}]`, `Invalid string: ${describe(v)}`);
    if (v.length > 500) throw parameterInvalid(`${path}[${k}]`, 'Metadata values must be at most 500 characters long.');
    out[k] = v;
  }
  return out;
}

function readObject(spec: ObjectSpec, value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw parameterInvalid(path, `Invalid object`);
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const childPath = path ? `${path}[${key}]` : key;
    const child = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
    if (!child) {
      if (spec.ignored?.includes(key)) continue;
      throw unknownParameter(childPath);
    }
    out[key] = readValue(child, raw, childPath);
  }
  for (const key of spec.required ?? []) {
    if (out[key] === undefined || out[key] === '') throw parameterMissing(path ? `${path}[${key}]` : key);
  }
  return out;
}

/**
 * Checks decoded request parameters against an endpoint's declaration and returns them with
 * integers and booleans converted.
 *
 * @example
 * const p = readParams(obj({ email: str() }, ['email']), { email: 'a@example.com' });
 */
export function readParams<T = Record<string, unknown>>(spec: ObjectSpec, raw: unknown): T {
  return readObject(spec, raw ?? {}, '') as T;
}
