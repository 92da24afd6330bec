import { Type } from '@sinclair/typebox';

/** A string enum as plain JSON Schema (`enum`), the way the contract writes it. */
export function StringEnum<const Values extends readonly string[]>(values: Values, options: object = {}) {
  return Type.Unsafe<Values[number]>({ type: 'string', enum: [...values], ...options });
}
