# The function runner's container: Node plus the contents of `make dist`.
# Build with `make image` (runs `make dist` first).
# dist/ holds V8's code cache for the tracing runtime, made by the node that
# ran `make dist`: this image's node uses it if it is the same version and
# the bundle's mtime survives the copy, and otherwise compiles the bundle
# (only about 1 ms slower to start in Tracing mode).
FROM node:20-bookworm-slim
WORKDIR /srv/function
COPY --chown=node:node dist/ /srv/function/
USER node
EXPOSE 8080 8081
STOPSIGNAL SIGTERM
ENTRYPOINT ["/srv/function/containerless-agent", "--workdir", "/srv/function"]
