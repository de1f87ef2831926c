# Containerless function runner: build, test, demo.
CARGO ?= cargo
NODE ?= node
AGENT := target/release/containerless-agent

.PHONY: build test test-rust test-node demo clean

build:
	$(CARGO) build --release

test: test-rust test-node

test-rust:
	$(CARGO) test --all-targets

# The runtime library's own tests, once it has them.
test-node:
	@if [ -d node_modules/containerless/test ]; then \
		$(NODE) --test node_modules/containerless/test/; \
	else \
		echo "test-node: node_modules/containerless/test does not exist yet; skipped"; \
	fi

# The seed README's demo on loopback, in a throwaway workdir that links to
# this checkout's js-transform.sh and runtime. (First version: the
# integrator finishes it once the compiler and runtime land.)
demo: build
	@test -x js-transform.sh -a -d node_modules/containerless || { \
		echo "demo: needs ./js-transform.sh and node_modules/containerless in this checkout"; exit 1; }
	@set -eu; \
	work=$$(mktemp -d); log=$$work/agent.log; \
	ln -s "$$PWD/js-transform.sh" "$$work/js-transform.sh"; \
	mkdir "$$work/node_modules"; ln -s "$$PWD/node_modules/containerless" "$$work/node_modules/containerless"; \
	$(AGENT) --listen 127.0.0.1:0 --function-port 0 --function-host 127.0.0.1 --workdir "$$work" 2>"$$log" & agent=$$!; \
	trap 'kill $$agent 2>/dev/null; wait $$agent 2>/dev/null; rm -rf "$$work"' EXIT; \
	for i in $$(seq 50); do grep -q 'listening on' "$$log" && break; sleep 0.1; done; \
	api=$$(sed -n 's/.*listening on //p' "$$log" | head -n1); \
	echo "agent on $$api"; \
	echo "status: $$(curl -s $$api/status)"; \
	curl -s -X POST -H 'Content-Type: application/json' \
		--data "{\"mode\": \"Tracing\", \"code\": \"let containerless = require('containerless'); containerless.listen(function(req) { console.log('Got a response'); containerless.respond('hi'); });\"}" \
		$$api/init; echo; \
	for i in $$(seq 100); do s=$$(curl -s $$api/status); [ "$$s" = '"compiling"' ] || break; sleep 0.1; done; \
	echo "status: $$s"; \
	port=$$(curl -s $$api/info | sed -n 's/.*"functionPort":\([0-9]*\).*/\1/p'); \
	echo "function says: $$(curl -s 127.0.0.1:$$port/)"; \
	echo "trace: $$(curl -s $$api/trace)"; \
	echo "--- agent log ---"; cat "$$log"

clean:
	$(CARGO) clean
	rm -rf dist
