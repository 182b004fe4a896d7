# Gongzhi in one image: the server and the built client, served by the same process.
#   docker build -t gongzhi .        (or `docker compose build`, deploy/README: compose.yaml)
# Stage 1 installs everything from the lock, builds dist/server (tsc) and dist/client (Vite),
# then prunes the dev dependencies; stage 2 is the runtime: Node, node_modules without dev
# dependencies, dist/, a non-root user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# The lock first: the dependency layer is rebuilt only when it changes.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/build.mjs server client \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DEMO=false \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
# dist/server/app/http.ts finds the client at dist/client, beside it: the same process serves it.
COPY --from=build /app/dist ./dist
# DATA_DIR: uploaded files on local disk (a volume; STORAGE_URL for an S3-compatible store) and,
# without DATABASE_URL, the embedded PostgreSQL. Owned by the unprivileged `node` user of the base image.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000
# Liveness only: /readyz (database reachable, not draining) is what a balancer should ask.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself as PID 1: SIGTERM (docker stop) reaches the server, which drains (README: Operations).
CMD ["node", "dist/server/main.js"]
