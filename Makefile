# Two commands do everything on a fresh clone: `make generate` and `make test`.
# Each sets up .venv with the pinned dependencies (requirements/dev.txt, every file checked by its sha256) first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.ready

.PHONY: setup generate test lint typecheck bench demo clean prism ts-client lock redis

setup: $(READY)

# The project itself is installed editable, which has no hash: hence --no-deps, its dependencies being locked.
$(READY): requirements/dev.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# requirements/dev.txt: pyproject.toml's dev extra resolved by pip-tools, with the sha256 of every file.
# `make lock` refreshes it keeping the pinned versions; `make lock UPGRADE=1` moves to the newest ones.
LOCK_FLAGS := --quiet --generate-hashes --extra dev --strip-extras --no-emit-index-url --no-emit-find-links \
	--unsafe-package pip --unsafe-package telnyx-voice

lock: setup
	CUSTOM_COMPILE_COMMAND="make lock" $(PY) -m piptools compile $(LOCK_FLAGS) $(if $(UPGRADE),--upgrade) --output-file requirements/dev.txt pyproject.toml

# Prism, the mock API the contract tests (tests/contract) validate requests with: pinned by
# tests/contract/prism/package-lock.json, installed there (never globally), again when the lockfile changes.
PRISM_DIR := tests/contract/prism
PRISM := $(PRISM_DIR)/node_modules/.installed

prism: $(PRISM)

$(PRISM): $(PRISM_DIR)/package.json $(PRISM_DIR)/package-lock.json
	cd $(PRISM_DIR) && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# redis-server for the event-store tests and `make bench` (tests/support/redis_server.py starts it): Debian's
# package at a pinned version, unpacked into .cache/redis (no root needed, nothing installed system-wide).
# redis-server is redis-check-rdb under another name: the binary picks its mode from argv[0].
REDIS_VERSION := 5:7.0.15-1~deb12u7
REDIS_DEBS := redis-tools=$(REDIS_VERSION) libjemalloc2=5.3.0-1 liblzf1=3.6-3
REDIS_DIR := .cache/redis
REDIS := $(REDIS_DIR)/.installed

redis: $(REDIS)

$(REDIS): Makefile
	rm -rf $(REDIS_DIR) && mkdir -p $(REDIS_DIR)/debs
	cd $(REDIS_DIR)/debs && { apt-get download $(REDIS_DEBS) || { apt-get update -qq && apt-get download $(REDIS_DEBS); } \
		|| { echo "make redis: cannot download the Debian packages $(REDIS_DEBS) (apt-get download failed)" >&2; exit 1; }; }
	for deb in $(REDIS_DIR)/debs/*.deb; do dpkg-deb -x $$deb $(REDIS_DIR)/root || exit 1; done
	ln -s root/usr/bin/redis-check-rdb $(REDIS_DIR)/redis-server
	touch $@

# The official TypeScript MCP SDK client the end-to-end test (tests/mcp/test_ts_client.py) drives the
# server with: pinned by its package-lock.json, installed there like Prism.
TS_CLIENT_DIR := tests/mcp/ts_client
TS_CLIENT := $(TS_CLIENT_DIR)/node_modules/.installed

ts-client: $(TS_CLIENT)

$(TS_CLIENT): $(TS_CLIENT_DIR)/package.json $(TS_CLIENT_DIR)/package-lock.json
	cd $(TS_CLIENT_DIR) && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

generate: setup
	$(PY) -m generator

# What changed for users between two spec versions: `make report OLD=path NEW=path [FORMAT=json]`
# (default: the oldest mirrored spec against the pinned one). Add FAIL_ON_BREAKING=1 to exit 1 on a
# breaking change.
MIRROR := ../shared/telnyx-openapi
OLD ?= $(MIRROR)/spec3-2025-09-19.yml
NEW ?= $(MIRROR)/$(shell sed -n 's/^mirror_file = "\(.*\)"/\1/p' spec/pin.toml)
FORMAT ?= markdown
.PHONY: report
report: setup
	$(PY) -m generator report $(OLD) $(NEW) --format $(FORMAT) $(if $(FAIL_ON_BREAKING),--fail-on-breaking)

lint: setup
	$(PY) -m ruff check generator generated mcp_server sandbox tests
	$(PY) -m ruff format --check generator mcp_server sandbox tests

typecheck: setup
	$(PY) -m mypy generator generated mcp_server sandbox

test: lint typecheck prism redis ts-client
	$(PY) -m pytest -q

bench: setup redis
	$(PY) -m tests.bench

# A scripted call driven through the MCP server (`telnyx-voice-mcp --sandbox` over stdio), with its event
# timeline; no account needed. The same flow straight through the client is tests/sandbox/test_flows.py.
demo: generate
	$(PY) -m telnyx_voice_mcp.demo

clean:
	rm -rf $(VENV) $(PRISM_DIR)/node_modules $(REDIS_DIR)
