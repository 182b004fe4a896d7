// Issue 14, part 5: the deployment files. `docker compose config` (or Debian's docker-compose
// 1.29, which needs no daemon) must accept compose.yaml with the services README promises;
// nginx's file must pass WebSockets; the Dockerfile must build in stages and run as non-root.
// Bringing the stack up needs a container runtime, which CI's machine lacks: that is
// scripts/compose-smoke.sh (README: Deployment), run by hand where `docker info` succeeds.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENV = { ...process.env, POSTGRES_PASSWORD: 'compose-test-password', METRICS_TOKEN: 'compose-test-metrics-token', HTTP_PORT: '18080' };

let found: string[] | null = null;
/** `docker compose` when the plugin is there, else `docker-compose`; neither is a failure that says what to install. */
function composeCommand(): string[] {
  if (found) return found;
  const works = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
  if (works('docker', ['compose', 'version'])) return (found = ['docker', 'compose']);
  if (works('docker-compose', ['version'])) return (found = ['docker-compose']);
  throw new Error("Neither 'docker compose' nor 'docker-compose' is installed: `apt-get install -y docker-compose` (.ci/run installs it)");
}

function compose(args: string[], env: NodeJS.ProcessEnv = ENV): { status: number | null; stdout: string; stderr: string } {
  const [cmd, ...pre] = composeCommand();
  const r = spawnSync(cmd!, [...pre, '-f', 'compose.yaml', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let resolved: ReturnType<typeof compose> | null = null;
/** `config` with the test's environment, run once. */
const resolvedConfig = () => (resolved ??= compose(['config']));

describe('compose.yaml', () => {
  it('passes `docker compose config`, with two instances, PostgreSQL, Redis and nginx', () => {
    const config = resolvedConfig();
    expect(config.stderr).toBe('');
    expect(config.status).toBe(0);
    const services = compose(['config', '--services']);
    expect(services.status).toBe(0);
    expect(services.stdout.split('\n').filter(Boolean).sort()).toEqual(['app1', 'app2', 'nginx', 'postgres', 'redis']);
    // Both instances on the one database and Redis, behind the proxy's network, with the token.
    const url = 'postgres://gongzhi:compose-test-password@postgres:5432/gongzhi';
    expect(config.stdout.split(url).length - 1).toBe(2);
    expect(config.stdout.match(/EVENT_BUS: redis/g)).toHaveLength(2);
    expect(config.stdout.match(/METRICS_TOKEN: compose-test-metrics-token/g)).toHaveLength(2);
    expect(config.stdout.match(/TRUST_PROXY: loopback,uniquelocal/g)).toHaveLength(2);
    expect(config.stdout).toMatch(/published: ["']?18080/);
  });

  it('refuses to start without POSTGRES_PASSWORD, saying so', () => {
    const { POSTGRES_PASSWORD: _unset, ...env } = ENV;
    const r = compose(['config'], env);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('set POSTGRES_PASSWORD');
  });
});

describe('deploy/nginx.conf', () => {
  const conf = readFileSync(`${ROOT}/deploy/nginx.conf`, 'utf8');

  it('balances both instances and passes the WebSocket upgrade on /graphql', () => {
    expect(conf).toMatch(/server app1:4000/);
    expect(conf).toMatch(/server app2:4000/);
    expect(conf).toContain('proxy_set_header Upgrade $http_upgrade;');
    expect(conf).toContain('proxy_set_header Connection $connection_upgrade;');
    expect(conf).toContain('proxy_http_version 1.1;');
    expect(conf).toContain('proxy_set_header X-Request-Id $request_id;');
    expect(conf).toMatch(/location = \/metrics \{\s*return 404;/);
  });

  it('is the file the nginx service mounts', () => {
    expect(resolvedConfig().stdout).toMatch(/deploy\/nginx\.conf:\/etc\/nginx\/conf\.d\/default\.conf:ro/);
  });
});

describe('Dockerfile', () => {
  const file = readFileSync(`${ROOT}/Dockerfile`, 'utf8');
  const stages = file.split(/^FROM /m).slice(1);

  it('builds in one stage and runs from another, as a non-root user, with dev dependencies pruned', () => {
    expect(stages).toHaveLength(2);
    const [build, runtime] = stages as [string, string];
    expect(build).toMatch(/RUN npm ci\b/);
    expect(build).toMatch(/node scripts\/build\.mjs server client/);
    expect(build).toMatch(/npm prune --omit=dev/);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/COPY --from=build \/app\/dist \.\/dist/);
    expect(runtime).toMatch(/CMD \["node", "dist\/server\/main\.js"\]/);
    // The built server finds the built client beside it (server/app/http.ts clientDir).
    expect(readFileSync(`${ROOT}/server/app/http.ts`, 'utf8')).toContain("join(here, built ? '../../client' : '../../dist/client')");
  });

  it('leaves local build output and data out of the context', () => {
    const ignored = readFileSync(`${ROOT}/.dockerignore`, 'utf8').split('\n');
    for (const path of ['node_modules', 'dist', '.data', '.git']) expect(ignored).toContain(path);
  });
});

describe('scripts/compose-smoke.sh', () => {
  it('is valid bash, and fails saying so where no container can run, rather than passing', () => {
    execFileSync('bash', ['-n', `${ROOT}/scripts/compose-smoke.sh`]);
    // A machine whose docker has no daemon (as CI's): stand-ins on PATH, whatever this machine has.
    const bin = mkdtempSync(join(tmpdir(), 'gz-nodocker-'));
    try {
      writeFileSync(join(bin, 'docker'), '#!/bin/sh\n[ "$1" = compose ] && [ "$2" = version ] && exit 0\necho "Cannot connect to the Docker daemon" >&2\nexit 1\n', { mode: 0o755 });
      const r = spawnSync('bash', [`${ROOT}/scripts/compose-smoke.sh`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
      expect(r.status).toBe(3);
      expect(r.stderr).toContain('this machine cannot run containers');
      expect(r.stderr).toContain('NOTHING WAS CHECKED');
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
