import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { DocumentNode, ValidationRule } from 'graphql';

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

export function createArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost },
    maxTokens: { n: LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

export type Protection = ReturnType<typeof createArmor>;

export function armorValidationRules(protection: Protection): ValidationRule[] {
  return protection.validationRules;
}

/** Parses with graphql-armor's token limit, as the HTTP path does. */
export function parseWithLimits(query: string): DocumentNode {
  return new MaxTokensParserWLexer(query, { n: LIMITS.maxTokens }).parseDocument();
}
