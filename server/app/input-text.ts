import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode, type GraphQLError } from 'graphql';
import { badInput } from '../core/errors.js';

/**
 * Text no string input may hold: a NUL character (PostgreSQL refuses it in text: the statement
 * failed with INTERNAL_SERVER_ERROR) or a UTF-16 surrogate without its pair (not a character at
 * all: it cannot be encoded as UTF-8, and jsonb refuses its escape). With the `u` flag a pair is
 * one code point, so `\p{Cs}` matches only a lone surrogate.
 */
const UNSAFE = /[\0\p{Cs}]/u;

export const UNSAFE_TEXT_MESSAGE = 'must not contain a NUL character or an unpaired surrogate';

/** Every string in a variable's value (object keys too), with its dotted path. */
function findInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSAFE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInValue(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (UNSAFE.test(k)) return path;
      const found = findInValue(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The one check of every string input of an operation, on both transports (the Apollo plugin
 * below for HTTP, ws.ts for WebSocket), before anything runs: every variable's value and every
 * string literal in the document. BAD_USER_INPUT naming the field (`fields`), or null.
 */
export function unsafeTextError(document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const path = findInValue(value, name);
    if (path) return withStatus(badInput({ [path]: UNSAFE_TEXT_MESSAGE }));
  }
  let literal: string | null = null;
  const args: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void args.push(node.name.value), leave: () => void args.pop() },
    ObjectField: { enter: (node) => void args.push(node.name.value), leave: () => void args.pop() },
    StringValue: (node) => {
      if (literal === null && UNSAFE.test(node.value)) literal = args.join('.') || 'query';
    },
  });
  if (literal !== null) return withStatus(badInput({ [literal]: UNSAFE_TEXT_MESSAGE }));
  return null;
}

/** On HTTP the refusal is a 400, as other request errors. */
function withStatus(e: GraphQLError): GraphQLError {
  Object.assign(e.extensions, { http: { status: 400 } });
  return e;
}

/** Apollo plugin: refuses the operation once it is parsed and its variables are known, before it runs. */
export function inputTextPlugin(): ApolloServerPlugin {
  return {
    // Apollo's hooks return promises; these do no I/O, so they return settled ones.
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          const error = unsafeTextError(document, request.variables);
          return error ? Promise.reject(error) : Promise.resolve();
        },
      });
    },
  };
}
