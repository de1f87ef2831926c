# Containerless function runner: build, test, demo.
CARGO ?= cargo
NODE ?= node
AGENT := target/release/containerless-agent

.PHONY: build test test-rust test-node demo dist dist-layout image bench clean

build:
	$(CARGO) build --release

test: test-rust test-node

test-rust:
	rm -rf target/corpus-coverage
	$(CARGO) test --all-targets
	@echo "Soundness coverage per corpus function (variants answered by the trace; the rest unknown):"
	@cat target/corpus-coverage/*.txt

# The runtime library's own tests: the runtime and the tracing runtime.
test-node:
	$(NODE) --test node_modules/containerless/test/ node_modules/containerless/tracing/test/

# The seed's demo, end to end: a throwaway workdir, the agent on loopback,
# /init, a few calls, /status, the answers and the trace as text.
# `make demo FUNCTION=path/to/fn.js MODE=Vanilla` runs your own function.
demo: build
	FUNCTION="$(FUNCTION)" MODE="$(MODE)" $(NODE) tests/tools/demo.js $(AGENT)

# What a container needs: the stripped agent, js-transform.sh and the runtime.
dist: build
	$(MAKE) --no-print-directory dist-layout DIST=dist
	@du -sh dist

# Copies the layout from $(AGENT) into $(DIST); tests call it with their own binary.
dist-layout:
	rm -rf "$(DIST)" && mkdir -p "$(DIST)/node_modules"
	cp "$(AGENT)" "$(DIST)/containerless-agent"
	cp js-transform.sh "$(DIST)/js-transform.sh"
	tar -C node_modules --exclude=test --exclude=testing --exclude='*.md' -cf - containerless | tar -C "$(DIST)/node_modules" -xf -

# An OCI image from dist/ (needs a container engine; not run in CI).
image: dist
	docker build -t containerless-agent:latest .

clean:
	$(CARGO) clean
	rm -rf dist
