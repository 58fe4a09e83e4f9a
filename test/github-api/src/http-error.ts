/** An error reply in GitHub's shape: {message, documentation_url, errors?, status}. */
export class ApiError extends Error {
  readonly status: number;
  readonly errors: unknown[] | undefined;
  readonly headers: Record<string, string>;
  constructor(status: number, message: string, errors?: unknown[], headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.errors = errors;
    this.headers = headers;
  }
}

export const DOCS = 'https://docs.github.com/rest';

export function errorBody(status: number, message: string, errors?: unknown[]): Record<string, unknown> {
  const body: Record<string, unknown> = { message, documentation_url: DOCS, status: String(status) };
  if (errors && errors.length > 0) body.errors = errors;
  return body;
}

export function notFound(): ApiError {
  return new ApiError(404, 'Not Found');
}

export function validationFailed(resource: string, field: string, code: string, message?: string): ApiError {
  const error: Record<string, unknown> = { resource, code, field };
  if (message) error.message = message;
  return new ApiError(422, 'Validation Failed', [error]);
}
