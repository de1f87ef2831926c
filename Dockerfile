# The function runner's container: Node plus the contents of `make dist`.
# Build with `make image` (runs `make dist` first).
# dist/ holds V8's code cache for the tracing runtime, made by the node that
# ran `make dist`: this image's node uses it if it is the same version and
# the bundle's mtime survives the copy, and otherwise compiles the bundle
# (only about 1 ms slower to start in Tracing mode).
# WORKDIR alone would create /srv/function owned by root, and COPY --chown
# changes only what it copies: the agent, running as node, could not write
# index.js there. So the directory is made node's first
# (tests/agent_image.rs reproduces this layout and user without an engine).
FROM node:20-bookworm-slim
RUN install -d -o node -g node -m 0755 /srv/function
WORKDIR /srv/function
COPY --chown=node:node dist/ /srv/function/
USER node
EXPOSE 8080 8081
STOPSIGNAL SIGTERM
ENTRYPOINT ["/srv/function/containerless-agent", "--workdir", "/srv/function"]
