#!/usr/bin/env bash
# Brings compose.yaml's stack up (two instances, PostgreSQL, Redis, nginx) on a machine that runs
# containers, checks it end to end, takes a pg_dump backup, and takes the stack down again with its
# volumes. Not part of `npm test`: CI's machine has no container runtime
# (tests/integration/deployment.test.ts checks `docker compose config` there instead).
#
#   bash scripts/compose-smoke.sh        # exit 0: every check passed
#
# It checks: both instances become healthy (/readyz, migrations and the demo loaded once under
# the startup lock); through nginx the client's page, /readyz and a request id sent back; a
# resident signs in on app2, subscribes on app1 and through nginx (WebSocket upgrade), submits an
# issue on app2 and both subscriptions receive it (Redis carries the wake-up: scripts/compose-smoke.mjs);
# /metrics answers with the token only; the request log is JSON with the request id; pg_dump works.
set -euo pipefail
cd "$(dirname "$0")/.."

if docker compose version >/dev/null 2>&1; then
  DC=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  DC=(docker-compose)
else
  echo "compose-smoke: neither 'docker compose' nor 'docker-compose' is installed" >&2
  exit 2
fi
if ! docker info >/dev/null 2>&1; then
  echo "compose-smoke: this machine cannot run containers ('docker info' fails): NOTHING WAS CHECKED" >&2
  exit 3
fi

export POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-smoke-$RANDOM$RANDOM}"
export METRICS_TOKEN="${METRICS_TOKEN:-smoke-metrics-token-$RANDOM$RANDOM}"
export HTTP_PORT="${HTTP_PORT:-18080}"
export DEMO=true
PROJECT=gongzhi-smoke
BASE="http://127.0.0.1:${HTTP_PORT}"
mkdir -p .tmp
dc() { "${DC[@]}" -p "$PROJECT" "$@"; }
fail() {
  echo "compose-smoke: FAILED: $*" >&2
  exit 1
}
cleanup() {
  dc logs --no-color >.tmp/compose-smoke.log 2>&1 || true
  dc down -v --remove-orphans >/dev/null 2>&1 || true
  echo "compose-smoke: the stack's logs are in .tmp/compose-smoke.log"
}
trap cleanup EXIT

dc up -d --build

echo "waiting for both instances to be healthy…"
healthy() { [ "$(docker inspect -f '{{.State.Health.Status}}' "$(dc ps -q "$1")" 2>/dev/null)" = healthy ]; }
for _ in $(seq 1 150); do
  if healthy app1 && healthy app2; then break; fi
  sleep 2
done
healthy app1 && healthy app2 || fail "app1 or app2 did not become healthy"

curl -fsS "$BASE/readyz" | grep -q '"status":"ready"' || fail "/readyz through nginx"
curl -fsS "$BASE/" | grep -q '<div id="app">' || fail "the client's page through nginx"
id=$(curl -fsS -D - -o /dev/null -H 'content-type: application/json' -H 'x-request-id: smoke-req-1' \
  --data '{"query":"query SmokeMe { me { id } }"}' "$BASE/graphql" | tr -d '\r' | awk 'tolower($1)=="x-request-id:" {print $2}')
[ -n "$id" ] || fail "no X-Request-Id on a GraphQL answer"

echo "sign-in, subscriptions on app1 and through nginx, an issue through app2…"
dc exec -T -e METRICS_TOKEN="$METRICS_TOKEN" app1 node --input-type=module - <scripts/compose-smoke.mjs || fail "scripts/compose-smoke.mjs"

[ "$(dc exec -T app1 node -e "fetch('http://127.0.0.1:4000/metrics').then((r) => console.log(r.status))" | tr -d '\r')" = 401 ] || fail "/metrics without the token"
curl -fsS -o /dev/null "$BASE/metrics" && fail "nginx passed /metrics through"
dc logs --no-color app1 app2 | grep -q "\"requestId\":\"$id\"" || fail "no log line with the request id $id"

echo "backup with pg_dump…"
dc exec -T postgres pg_dump -U gongzhi -d gongzhi -Fc >.tmp/compose-smoke.dump
[ -s .tmp/compose-smoke.dump ] || fail "pg_dump wrote nothing"
echo "compose-smoke: every check passed"
