// The events of the accounts module: only acts of a community's committee on a resident's account.
declare module '../events/events.catalog.js' {
  interface EventCatalog {
    /** A residents' committee member issued a one-time password reset code (the actor). */
    'resetCode.issued': { userName: string; expiresAt: string };
    /** The resident set a new password with that code; every session of the account ended. */
    'password.reset': { userName: string; sessionsEnded: number };
  }
}
export {};
