// The GraphQL layer (urql, graphql-ws, the generated documents of every page: about a third of
// the JavaScript) is not part of the first load: the sign-in page shows without it. main.ts says
// how to install it; it is loaded once, by whoever needs it first: the idle moment after the
// first paint, the router before any page other than sign-in, the auth store before a request.

type Installer = () => Promise<void>;

let installer: Installer | undefined;
let installing: Promise<void> | undefined;

/** Sets how the client is loaded and installed (main.ts, once). */
export function setGraphqlInstaller(install: Installer): void {
  installer = install;
}

/** Settles once the client is installed; loads it the first time. A failed load is retried by the next call. */
export function graphqlReady(): Promise<void> {
  if (!installer) return Promise.reject(new Error('setGraphqlInstaller() has not run'));
  installing ??= installer().catch((error: unknown) => {
    installing = undefined;
    throw error;
  });
  return installing;
}
