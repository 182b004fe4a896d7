import type { CombinedError } from '@urql/core';

/**
 * urql's CombinedError, told by its name and fields rather than `instanceof`: the sign-in form
 * uses these helpers, and its first load does not load urql (graphql/lazy.ts).
 */
function isCombinedError(error: unknown): error is CombinedError {
  return error instanceof Error && error.name === 'CombinedError' && Array.isArray((error as Partial<CombinedError>).graphQLErrors);
}

/** The codes the server puts in `extensions.code` (see the contract). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number] | 'NETWORK' | 'UNKNOWN';

function isKnownCode(value: unknown): value is (typeof ERROR_CODES)[number] {
  return ERROR_CODES.includes(value as (typeof ERROR_CODES)[number]);
}

/** The code of the first GraphQL error, NETWORK when the server could not be reached. */
export function errorCode(error: unknown): ErrorCode {
  if (isCombinedError(error)) {
    for (const graphQLError of error.graphQLErrors) {
      const code = graphQLError.extensions?.code;
      if (isKnownCode(code)) return code;
    }
    if (error.networkError) return 'NETWORK';
  }
  return 'UNKNOWN';
}

/**
 * The input fields a BAD_USER_INPUT error names in `extensions.fields`. Accepts a list of names,
 * a list of `{ field | path | name }` objects, or an object keyed by field name.
 */
export function errorFields(error: unknown): string[] {
  if (!isCombinedError(error)) return [];
  const fields = new Set<string>();
  for (const graphQLError of error.graphQLErrors) {
    const raw = graphQLError.extensions?.fields;
    if (Array.isArray(raw)) {
      for (const entry of raw) {
        if (typeof entry === 'string') fields.add(entry);
        else if (entry && typeof entry === 'object') {
          const name = (entry as Record<string, unknown>).field ?? (entry as Record<string, unknown>).path ?? (entry as Record<string, unknown>).name;
          if (typeof name === 'string') fields.add(name);
          else if (Array.isArray(name)) fields.add(name.map(String).join('.'));
        }
      }
    } else if (raw && typeof raw === 'object') {
      for (const name of Object.keys(raw)) fields.add(name);
    }
  }
  // `input.phone` and `phone` name the same field for a form.
  return [...fields].map((name) => name.replace(/^input\./, ''));
}
