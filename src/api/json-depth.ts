import type { RequestHandler } from 'express';
import { InputError } from '../domain/errors';

/** No request body of ours nests deeper than this; deeper ones are refused before anything walks them. */
export const maxJsonDepth = 16;

/** Depth of a parsed JSON value, measured without recursion so a hostile body cannot exhaust the stack. */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export function rejectDeepJson(limit: number): RequestHandler {
  return (request, _response, next) => {
    if (jsonDepth(request.body, limit) > limit) {
      throw new InputError(`The request body nests deeper than ${limit} levels.`, [{ field: '(body)', message: `nesting deeper than ${limit}` }]);
    }
    next();
  };
}
