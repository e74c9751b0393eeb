# Two commands do everything on a fresh clone: `make generate` and `make test`.
# Each sets up .venv with the pinned dependencies (requirements/dev.txt) first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.ready

.PHONY: setup generate test lint typecheck bench clean

setup: $(READY)

$(READY): requirements/dev.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

generate: setup
	$(PY) -m generator

lint: setup
	$(PY) -m ruff check generator generated mcp_server tests
	$(PY) -m ruff format --check generator mcp_server

typecheck: setup
	$(PY) -m mypy generator generated mcp_server

test: lint typecheck
	$(PY) -m pytest -q

bench: setup
	$(PY) -m tests.bench

clean:
	rm -rf $(VENV)
