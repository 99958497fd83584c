# Wegwijs: one image for the web app and the API. Build: docker build -t wegwijs .
# Run with PostgreSQL:  docker run -p 3000:3000 -e DATABASE_URL=postgres://… -e PUBLIC_URL=https://… -e TRUST_PROXY=true wegwijs
# Run on the embedded database (PGlite, a single instance): docker run -p 3000:3000 -v wegwijs-data:/data wegwijs
# See docs/operations.md.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/data \
    WEB_ROOT=/app/dist/web
WORKDIR /app
# The server runs as the one JavaScript file `npm run build` made of it (src/build/server.ts), with
# its packages from node_modules: development tools (Vite, Vitest, drizzle-kit, TypeScript) stay out
# of this image.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/server ./dist/server
COPY --from=build /app/dist/web ./dist/web
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# One process, so SIGTERM from `docker stop` reaches the server and it shuts down gracefully.
CMD ["node", "dist/server/main.js"]
