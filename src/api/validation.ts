import type { ZodType } from 'zod';
import { InputError } from '../domain/errors';

/** Parses a request part with a contract schema; failures become field-level InputErrors. */
export function parseOrThrow<T>(schema: ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    // one problem per unknown field, each named by its own path
    if (issue.code === 'unrecognized_keys') return (issue as { keys: string[] }).keys.map((key) => ({ field: [...path, key].join('.'), message: 'is not a known field' }));
    return [{ field: path.join('.') || '(body)', message: issue.message }];
  });
  throw new InputError(`The ${what} is not valid.`, fields);
}
