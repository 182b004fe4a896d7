// A benchmark's helper process (the subscribers' clients, the raw ws broadcast), driven over IPC:
// it says `ready` with its port, then answers each command by its id.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Starts `file` (relative to bench/) as a child process, with extra Node flags if given. */
export function child<C extends { id: number }>(file: string, extraArgs: string[] = []) {
  const proc: ChildProcess = fork(fileURLToPath(new URL(file, import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, ...extraArgs] });
  let next = 1;
  const waiting = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  let ready: ((m: { port: number }) => void) | null = null;
  const readyP = new Promise<{ port: number }>((r) => (ready = r));
  proc.on('message', (m: { id?: number; ready?: boolean; port?: number; result?: unknown; error?: string }) => {
    if (m.ready) return ready?.({ port: m.port! });
    const w = waiting.get(m.id!);
    waiting.delete(m.id!);
    if (m.error) w?.fail(new Error(m.error));
    else w?.ok(m.result);
  });
  proc.on('exit', (code) => {
    for (const w of waiting.values()) w.fail(new Error(`${file} exited (${code})`));
  });
  return {
    ready: readyP,
    call<T>(cmd: C extends unknown ? Omit<C, 'id'> : never): Promise<T> {
      return new Promise<T>((ok, fail) => {
        const id = next++;
        waiting.set(id, { ok: ok as (v: unknown) => void, fail });
        proc.send({ ...cmd, id });
      });
    },
    stop: () => proc.kill(),
  };
}
