# The two commands in README.md: `make demo` and `make test`. Everything they need is installed
# here, into .venv and node_modules, so a fresh clone needs only Python 3.11+, Node.js and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
export FLASK_APP := engage

.PHONY: demo test install install-test assets db lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Stamp files: pip runs again only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed assets

install-test: $(VENV)/.installed-test assets

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

static/build/engage.css: node_modules/.package-lock.json static/src/engage.scss
	npm run --silent build

assets: static/build/engage.css

db: install
	$(BIN)/flask db upgrade
	$(BIN)/flask seed-demo

## Set up everything and run the demo on SQLite at http://$(HOST):$(PORT)/
demo: db
	@echo
	@echo "Engage is running at http://$(HOST):$(PORT)/  (Ctrl+C stops it)"
	@echo "Sign in at http://$(HOST):$(PORT)/sign-in as officer@engage.example with the password engage-demo-2026"
	@echo "(admin@engage.example / engage-demo-2026 manages officers and settings)"
	@echo
	$(BIN)/flask run --host $(HOST) --port $(PORT)

## Install the test tools and run the whole suite (SQLite unless TEST_DATABASE_URL is set)
test: install-test
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check engage tests config.py benchmarks
	$(BIN)/ruff format --check engage tests config.py benchmarks

clean:
	rm -rf $(VENV) node_modules static/build instance
