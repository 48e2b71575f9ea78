export interface FieldProblem {
  field: string;
  message: string;
}

export class InputError extends Error {
  override name = 'InputError';
  constructor(message: string, readonly fields: FieldProblem[] = []) {
    super(message);
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
  }
}

export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

export class UnauthenticatedError extends Error {
  override name = 'UnauthenticatedError';
}
