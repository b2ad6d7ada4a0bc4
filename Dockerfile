# newsdesk-bot: compiled JavaScript on Node 20, run as the unprivileged `node` user.
#   docker build -t newsdesk-bot .        (or: docker compose up -d, see compose.yaml)
# Three stages: `build` compiles the TypeScript with every dependency; `deps` installs only the
# runtime dependencies (better-sqlite3 compiles there, so the final image carries no compiler);
# the last stage copies the two together.

FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY commands ./commands
# `npm ci` runs "prepare", which compiles src/ and commands/ into dist/.
RUN npm ci

FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts ./scripts
# dist/ first: "prepare" then finds the build and, with no TypeScript installed, leaves it alone.
COPY --from=build /app/dist ./dist
RUN npm ci --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    CORPUS_DIR=/data/corpus \
    CACHE_DIR=/data/cache \
    HEALTH_PORT=8788
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY seeds ./seeds
RUN mkdir -p /data/corpus /data/cache && cp seeds/* /data/corpus/ && chown -R node:node /data
USER node
VOLUME ["/data"]
# The bot's own /health (HEALTH_PORT, loopback inside the container), asked by its --health command.
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
  CMD ["node", "dist/src/main.js", "--health"]
# node directly (not npm): SIGTERM from `docker stop` reaches the bot, which finishes its answers.
CMD ["node", "--enable-source-maps", "dist/src/main.js"]
