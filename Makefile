# AI Compute Ledger: `make run` builds the warehouse, `make test` checks everything.
# Needs only python3 (>= 3.11): uv, the installer, is bootstrapped into .tools/ when missing.
SHELL := /bin/bash
.DEFAULT_GOAL := help

UV_VERSION := 0.13.9
UV := $(shell command -v uv 2>/dev/null || echo $(CURDIR)/.tools/bin/uv)
VENV := $(CURDIR)/.venv
BIN := $(VENV)/bin
export UV_COMPILE_BYTECODE := 1
# the system certificate store: works behind TLS-inspecting proxies too
export UV_NATIVE_TLS ?= 1
export UV_PROJECT_ENVIRONMENT := $(VENV)
export LEDGER_HOME ?= $(CURDIR)/data
export DAGSTER_HOME ?= $(LEDGER_HOME)/dagster

UI_PORT ?= 3000
DOCS_PORT ?= 8080

.PHONY: help run test lint format ui docs eval bench-extract bench-inbox bench-scale env env-dev clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(CURDIR)/.tools/bin/uv:
	@echo "uv not found: installing uv $(UV_VERSION) into .tools/"
	python3 -m venv $(CURDIR)/.tools
	$(CURDIR)/.tools/bin/python -m pip install --quiet "uv==$(UV_VERSION)"

env: $(if $(findstring .tools,$(UV)),$(UV)) ## create .venv from the lock file (runtime deps)
	$(UV) sync --frozen --no-dev --inexact

env-dev: $(if $(findstring .tools,$(UV)),$(UV)) ## create .venv from the lock file (with dev deps)
	$(UV) sync --frozen

run: env ## build the whole warehouse on the bundled offline data and print what it built
	$(BIN)/ledger build

lint: env-dev ## ruff (Python) and sqlfluff (dbt SQL)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/sqlfluff lint dbt_project/models dbt_project/macros dbt_project/tests --disable-progress-bar --processes 2

format: env-dev ## apply ruff formatting and sqlfluff fixes
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/sqlfluff fix dbt_project/models --disable-progress-bar --processes 2

test: lint ## linters, then pytest (unit, connectors vs a local HTTP server, dbt build, Dagster, UI)
	$(BIN)/pytest -n 2 --dist loadgroup

ui: env ## the Dagster UI on 127.0.0.1 with this warehouse
	$(BIN)/python -c "from sources.settings import get_settings as g; from orchestration.instance import ensure_instance_config as e; s=g(); s.ensure_dirs(); e(s)"
	$(BIN)/dg dev --host 127.0.0.1 --port $(UI_PORT)

docs: env ## build and serve the dbt docs site on 127.0.0.1 (after make run)
	@test -f "$${LEDGER_DUCKDB_PATH:-$(LEDGER_HOME)/ledger.duckdb}" || { echo "No warehouse yet: run 'make run' first."; exit 2; }
	cd dbt_project && LEDGER_DUCKDB_PATH=$${LEDGER_DUCKDB_PATH:-$(LEDGER_HOME)/ledger.duckdb} $(BIN)/dbt docs generate --profiles-dir . --target-path $(LEDGER_HOME)/dbt_docs
	cd dbt_project && LEDGER_DUCKDB_PATH=$${LEDGER_DUCKDB_PATH:-$(LEDGER_HOME)/ledger.duckdb} $(BIN)/dbt docs serve --profiles-dir . --target-path $(LEDGER_HOME)/dbt_docs --host 127.0.0.1 --port $(DOCS_PORT) --no-browser

eval: env ## score the extractor on the development set (precision, recall, F1)
	$(BIN)/ledger eval

bench-extract: env ## extractor throughput and memory vs a plain polars regex scan
	$(BIN)/python tests/benchmarks/bench_extract.py

bench-inbox: env ## inbox ingestion of 10,000 generated articles: articles/s and memory
	$(BIN)/python tests/benchmarks/bench_inbox.py

bench-scale: env ## a warehouse of N generated articles (N=100000), an update of 1,000, a warm build
	$(BIN)/python tests/benchmarks/bench_scale.py $(or $(N),100000)

clean: ## remove the environment and build output (keeps data/)
	rm -rf .venv .tools dbt_project/target dbt_project/logs .pytest_cache .ruff_cache
