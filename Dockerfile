# syntax=docker/dockerfile:1
#
# One image for every caseflow Node process: services/intake, services/classification,
# services/notification, workflows (the request worker) and the one-shot database migration.
# There is no build step: tsx runs the TypeScript sources directly, so the image is the
# workspace plus its installed dependencies, and docker-compose.yml picks the process with
# `working_dir` + `command` (e.g. `node --import tsx src/main.ts` in services/intake).
#
#   docker build -t caseflow:local .
#   docker run --rm -w /app/services/intake -e DATABASE_URL=… -e TEMPORAL_ADDRESS=… caseflow:local

ARG NODE_IMAGE=node:24-bookworm-slim

# --- pnpm on Node: shared by the build and the runtime (the migrate job runs a pnpm script).
FROM ${NODE_IMAGE} AS base
ARG PNPM_VERSION=12.4.2
RUN npm install --global --no-audit --no-fund "pnpm@${PNPM_VERSION}" \
  && npm cache clean --force
WORKDIR /app

# --- dependencies: `pnpm fetch` needs only the lockfile, so this layer (the slow one) is
# reused until pnpm-lock.yaml or the workspace settings change, whatever else was edited.
FROM base AS build
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch --store-dir /pnpm/store
COPY . .
# Dev dependencies too: tsx (a root devDependency) is what runs every process.
RUN pnpm install --offline --frozen-lockfile --store-dir /pnpm/store

# --- runtime: the workspace with node_modules, without the package store.
FROM base AS runtime
ENV NODE_ENV=production
# Owned by the unprivileged user, so pnpm (the migrate job) may write its state files.
COPY --from=build --chown=node:node /app /app
USER node
# Overridden per service by docker-compose.yml (working_dir + command).
WORKDIR /app/services/intake
EXPOSE 8080
CMD ["node", "--import", "tsx", "src/main.ts"]
