# The function runner's container: Node plus the contents of `make dist`.
# Build with `make image` (runs `make dist` first).
FROM node:20-bookworm-slim
WORKDIR /srv/function
COPY --chown=node:node dist/ /srv/function/
USER node
EXPOSE 8080 8081
STOPSIGNAL SIGTERM
ENTRYPOINT ["/srv/function/containerless-agent", "--workdir", "/srv/function"]
