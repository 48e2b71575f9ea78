import type { ZodType } from 'zod';
import { InputError } from '../domain/errors';

/** Parses a request part with a contract schema; failures become field-level InputErrors. */
export function parseOrThrow<T>(schema: ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => {
    const unknownKeys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
    return {
      field: [...issue.path.map(String), ...unknownKeys].join('.') || '(body)',
      message: issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message,
    };
  });
  throw new InputError(`The ${what} is not valid.`, fields);
}
