# Containerless function runner: build, test, demo. `make help` lists the targets.
CARGO ?= cargo
NODE ?= node
AGENT := target/release/containerless-agent

.PHONY: help build test lint test-rust test-node demo dist dist-layout image bench clean

BUNDLE_TRACING := node_modules/containerless/tools/bundle-tracing.js

# Node reads and parses the whole NODE_EXTRA_CA_CERTS bundle at every start;
# where that is set (as on the machine of the README's figures) it was half
# the CPU of the tests' Node starts. They only talk HTTP on loopback, so
# they run without it.
NO_CA := env -u NODE_EXTRA_CA_CERTS

# The release agent, and the tracing runtime in one file (tracing/bundled.js),
# which Node loads faster than its sources, with V8's code cache for it
# (tracing/bundled.cache); neither is committed.
## build: the release agent and the tracing bundle (variables: CARGO, NODE)
build:
	$(CARGO) build --release
	$(NODE) $(BUNDLE_TRACING)

# cargo test leaves a core idle at times (links, tests waiting on timers),
# so the Node tests run beside it; their output is held until the Rust
# tests end, and either failing fails `make test`.
## test: lint, then every Rust and Node test (the Node tests beside the Rust ones)
test: lint
	@mkdir -p target
	@$(MAKE) --no-print-directory test-node > target/test-node.log 2>&1 & pid=$$!; \
	$(MAKE) --no-print-directory test-rust; rust=$$?; \
	wait $$pid; node=$$?; \
	echo "Node tests (run beside the Rust tests, exit status $$node):"; cat target/test-node.log; \
	test $$rust -eq 0 && test $$node -eq 0

# One format (rustfmt.toml), no clippy warnings, and every runtime file parses.
## lint: rustfmt --check, clippy -D warnings, node --check of every runtime file
lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets --quiet -- -D warnings
	find node_modules/containerless tests/tools bench -name '*.js' -not -name 'bundled.js' -print0 | $(NO_CA) xargs -0 -n1 $(NODE) --check

# Integration tests spend much of their time waiting on the agents and Node
# processes they start; two per core keeps both cores busy (measured: the
# integration binary 136 s with 2 threads, 113 s with 4, on 2 cores).
TEST_THREADS ?= 4

## test-rust: cargo test --all-targets, then the corpus reports (traced requests answered, at least 95%; variants answered)
# Skips (tests/it/common/report.rs) are counted here; with CI=true a skip fails.
test-rust:
	rm -rf target/corpus-coverage target/corpus-traced target/corpus-conformance target/test-skips target/test-notes
	$(NO_CA) $(CARGO) test --all-targets -- --test-threads=$(TEST_THREADS)
	@echo "Soundness coverage per corpus function (variants answered by the trace; the rest unknown):"
	@cat target/corpus-coverage/*.txt
	@echo "SPEC §5 downstream rules per corpus trace (all seven required of table-only programs):"
	@cat target/corpus-conformance/*.txt
	@cat target/test-notes/*.txt 2>/dev/null || true
	@echo "Skipped tests: $$(ls target/test-skips 2>/dev/null | wc -l)"
	@cat target/test-skips/*.txt 2>/dev/null || true
	@echo "Already-traced requests each corpus function's final trace answers:"
	@$(NODE) tests/tools/corpus-total.js

# The runtime library's own tests: the runtime and the tracing runtime.
## test-node: the runtime library's Node tests (node --test)
test-node:
	$(NO_CA) $(NODE) --test node_modules/containerless/test/ node_modules/containerless/tracing/test/

# The seed's demo, end to end: a throwaway workdir, the agent on loopback,
# /init, a few calls, /status, the answers and the trace as text.
# `make demo FUNCTION=path/to/fn.js MODE=Vanilla` runs your own function.
## demo: the seed's demo against a throwaway agent (FUNCTION=fn.js to run your own, MODE=Tracing|Vanilla)
demo: build
	FUNCTION="$(FUNCTION)" MODE="$(MODE)" $(NODE) tests/tools/demo.js $(AGENT)

# What a container needs: the stripped agent, js-transform.sh and the runtime.
## dist: what a container needs, in dist/ (the agent, js-transform.sh, the runtime)
dist: build
	$(MAKE) --no-print-directory dist-layout DIST=dist
	@du -sh dist

# Copies the layout from $(AGENT) into $(DIST); tests call it with their own binary.
# The tracing bundle is made from the copied sources, so it records their
# mtimes: whole seconds in the ustar format, which survive copies that drop
# fractions of a second (image layers may). Its code cache comes from this
# machine's node; another Node rejects it (harmlessly: it compiles the bundle).
## dist-layout: the dist layout from AGENT (default target/release/containerless-agent) into DIST
dist-layout:
	rm -rf "$(DIST)" && mkdir -p "$(DIST)/node_modules"
	cp "$(AGENT)" "$(DIST)/containerless-agent"
	cp js-transform.sh "$(DIST)/js-transform.sh"
	tar -C node_modules --format=ustar --exclude=test --exclude=testing --exclude=tools --exclude='bundled.*' --exclude='*.md' -cf - containerless | tar -C "$(DIST)/node_modules" -xf -
	$(NODE) $(BUNDLE_TRACING) "$(DIST)/node_modules/containerless/tracing" >/dev/null

# An OCI image from dist/ (needs a container engine; not run in CI).
## image: the container image from dist/ and the Dockerfile (needs docker)
image: dist
	docker build -t containerless-agent:latest .

# The performance figures (README, Benchmarks): drives the release agent on
# loopback, prints a PASS/MISS table and writes bench/results.json.
## bench: the performance figures (README, Benchmarks), written to bench/results.json
bench: build
	$(CARGO) bench --bench agent

## clean: cargo clean and rm -rf dist
clean:
	$(CARGO) clean
	rm -rf dist

## help: this list
# Every target with its `## target: what` line above, and the variables.
help:
	@echo "Targets (make TARGET [VARIABLE=value ...]):"
	@sed -n 's/^## \([a-z-]*\): /  \1\t/p' $(firstword $(MAKEFILE_LIST)) | expand -t 16
	@echo "Variables: CARGO (default cargo), NODE (default node), FUNCTION and MODE (demo), AGENT and DIST (dist-layout), TEST_THREADS (test, default 4)"
