/**
 * Under `npm start` the server is npm's child, and npm is what docker, systemd or a terminal
 * signals. npm forwards SIGTERM and SIGINT, but if npm itself dies first (it has been seen to die
 * of a SIGINT it had just forwarded, and SIGKILL cannot be forwarded at all) the server would be
 * orphaned with its embedded PostgreSQL. So when started by a package manager the server watches
 * its parent and drains as soon as the parent is gone (re-parented: `process.ppid` changes).
 *
 * Started directly (`node dist/server/main.js`, the Dockerfile) nothing is watched: the signals
 * come to the server itself.
 */
export function watchParent(onGone: () => void, opts: { intervalMs?: number; env?: NodeJS.ProcessEnv } = {}): () => void {
  const env = opts.env ?? process.env;
  // npm, pnpm and yarn all set npm_lifecycle_event for the scripts they run.
  if (!env.npm_lifecycle_event) return () => undefined;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone();
  }, opts.intervalMs ?? 500);
  timer.unref();
  return () => clearInterval(timer);
}
