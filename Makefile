# newstrace: two commands for a fresh machine — `make demo` and `make test`.
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
PYTHON  := $(BIN)/python
STAMP   := $(VENV)/.installed
TSTAMP  := $(VENV)/.installed-test

.PHONY: demo test lint typecheck unit install install-test bench eval eval-attribution \
        eval-checkworthiness eval-status eval-opinion eval-quantities eval-stories eval-stance \
        bench-link bench-link-incremental bench-attribution bench-claims clean

$(PYTHON):
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(PYTHON)
	$(BIN)/pip install -q -e .
	touch $@

$(TSTAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install -q -e ".[test]"
	touch $@

install: $(STAMP)
install-test: $(TSTAMP)

## demo: install, run the main job on the fictional examples, write the HTML report
demo: $(STAMP)
	rm -f newstrace-demo.db newstrace-demo.db-wal newstrace-demo.db-shm
	$(BIN)/newstrace demo --db newstrace-demo.db --examples examples --out report

## test: lint, type-check and run the whole suite
test: $(TSTAMP) lint typecheck unit

lint: $(TSTAMP)
	$(BIN)/ruff check src tests eval bench train
	$(BIN)/ruff format --check src tests

typecheck: $(TSTAMP)
	$(BIN)/mypy

# PostgreSQL tests run against a throwaway server that scripts/pg-test-server installs and
# starts; where that cannot be done they are skipped, and pytest says why.
unit: $(TSTAMP)
	NEWSTRACE_PG_DSN="$${NEWSTRACE_PG_DSN:-$$(scripts/pg-test-server || true)}" $(BIN)/pytest -q -rs

## benchmarks and quality harnesses (read ../shared/data; each says so when it is missing)
bench: $(STAMP)
	$(PYTHON) bench/add_speed.py

bench-link: $(STAMP)
	$(PYTHON) bench/link_scale.py

bench-link-incremental: $(STAMP)
	$(PYTHON) bench/link_incremental.py

bench-attribution: $(STAMP)
	$(PYTHON) bench/attribution_speed.py

bench-claims: $(STAMP)
	$(PYTHON) bench/claims_speed.py

eval: eval-attribution eval-checkworthiness eval-status eval-opinion eval-quantities eval-stories eval-stance

eval-attribution: $(STAMP)
	$(PYTHON) eval/attribution.py --split dev

eval-checkworthiness: $(STAMP)
	$(PYTHON) eval/checkworthiness.py

eval-status: $(STAMP)
	$(PYTHON) eval/status.py

eval-opinion: $(STAMP)
	$(PYTHON) eval/opinion.py

eval-quantities: $(STAMP)
	$(PYTHON) eval/quantities.py

eval-stories: $(STAMP)
	$(PYTHON) eval/stories.py

eval-stance: $(STAMP)
	$(PYTHON) eval/stance.py

clean:
	rm -rf report newstrace-demo.db* .pytest_cache .mypy_cache .ruff_cache
