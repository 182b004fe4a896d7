/**
 * Counts the SQL statements a piece of work sends: pass `onQuery` to startTestApp, then wrap the
 * work in `counted`. Statements outside `counted` are not kept.
 */
export function statementCounter() {
  const statements: string[] = [];
  let counting = false;
  return {
    onQuery: (sql: string) => {
      if (counting) statements.push(sql);
    },
    counted: async <T>(fn: () => Promise<T>): Promise<{ result: T; n: number; sql: string[] }> => {
      statements.length = 0;
      counting = true;
      try {
        const result = await fn();
        return { result, n: statements.length, sql: [...statements] };
      } finally {
        counting = false;
      }
    },
  };
}
