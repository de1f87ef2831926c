#!/bin/sh
# Compiles a JavaScript function for tracing: prints the instrumented program
# on stdout. Usage: ./js-transform.sh FILE
#
# Runs `containerless-agent transform FILE`. The binary is, in order:
# $CONTAINERLESS_AGENT_BIN, the one beside this script (the `make dist`
# layout), or a build in this checkout (release, then debug). The script
# resolves its own real location first, so it also works through a symlink.

if [ "$#" -ne 1 ]; then
    echo "usage: $0 FILE" >&2
    exit 2
fi

if [ -n "$CONTAINERLESS_AGENT_BIN" ]; then
    # The agent says which binary it is: nothing to look for.
    exec "$CONTAINERLESS_AGENT_BIN" transform "$1"
fi

self=$0
if real=$(readlink -f "$self" 2>/dev/null) && [ -n "$real" ]; then
    self=$real
else
    # No `readlink -f` (older BSDs): follow the links by hand.
    while [ -L "$self" ]; do
        link=$(ls -ld "$self" | sed 's/.* -> //')
        case $link in
            /*) self=$link ;;
            *) self=$(dirname "$self")/$link ;;
        esac
    done
fi
dir=$(cd "$(dirname "$self")" && pwd -P) || exit 2

if [ -x "$dir/containerless-agent" ]; then
    bin=$dir/containerless-agent
elif [ -x "$dir/target/release/containerless-agent" ]; then
    bin=$dir/target/release/containerless-agent
elif [ -x "$dir/target/debug/containerless-agent" ]; then
    bin=$dir/target/debug/containerless-agent
else
    echo "$0: cannot find containerless-agent (build it with cargo build, or set CONTAINERLESS_AGENT_BIN)" >&2
    exit 2
fi

exec "$bin" transform "$1"
