import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { parse, type DocumentNode, type ParseOptions, type ValidationRule } from 'graphql';

/**
 * The limits every operation meets, over HTTP and WebSocket alike. graphql-armor's rules plug into
 * Apollo's HTTP path only; the socket path (ws.ts) applies the same rules and token limit itself.
 */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxCost: 20_000,
  maxTokens: 3_000,
} as const;

/**
 * The token limit, counted by graphql-js's own parser (as armor's MaxTokensParserWLexer counts):
 * Apollo's `parseOptions` and the socket's parse. Over the limit is a plain syntax error, 400
 * GRAPHQL_PARSE_FAILED.
 */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: LIMITS.maxTokens };

export function createArmor(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost },
    // Armor's Apollo plugin parses again in `parsingDidStart`, where a throw is an unexpected error:
    // every syntax error (and the limit itself) came back as a 500. PARSE_OPTIONS sets the limit instead.
    maxTokens: { enabled: false, n: LIMITS.maxTokens },
    // Armor's mask misses "Did you mean the enum value …?" and works on HTTP only: see hideSuggestions.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // Armor's plugins are typed against the CommonJS build of @apollo/server: the same plugin, another declaration.
  const hidden = (production ? [hideSuggestionsPlugin()] : []) as unknown as typeof armor.plugins;
  return { ...armor, plugins: [...armor.plugins, ...hidden] };
}

/** Drops graphql-js's "Did you mean …?" hints, which tell the schema when introspection is off. */
export function hideSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/** Apollo plugin for production: no error message suggests a field, argument, type or enum value. */
export function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = hideSuggestions(error.message);
        },
      };
    },
  };
}

export type Protection = ReturnType<typeof createArmor>;

export function armorValidationRules(protection: Protection): ValidationRule[] {
  return protection.validationRules;
}

/** Parses with the token limit, as the HTTP path does. */
export function parseWithLimits(query: string): DocumentNode {
  return parse(query, PARSE_OPTIONS);
}
