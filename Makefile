# The two commands: `make run` serves the demo portal, `make test` runs the whole suite.
# Both set everything up first: the virtualenv from the lock, Elasticsearch, the database.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
TEST_ES_PORT ?= 9201
CHROMIUM := /usr/bin/chromium

ES_PORT ?= 9200

.PHONY: run serve manage test test-sqlite test-postgres test-wagtail stop bench lock install browser

run: install
	DEBUG=$${DEBUG:-1} ES_PORT=$(ES_PORT) scripts/with-elasticsearch.sh scripts/serve.sh

# The production server (gunicorn, collected static files, the worker); DEBUG stays off, so the
# production environment must be set (docs/deploy.md).
serve: install
	ES_PORT=$(ES_PORT) scripts/with-elasticsearch.sh scripts/serve-production.sh

# Any management command in this checkout, with the development defaults `make run` uses:
#   make manage ARGS="catalogue_index verify"
manage: install
	DEBUG=$${DEBUG:-1} ES_PORT=$(ES_PORT) $(BIN)/python site/manage.py $(ARGS)

test: test-sqlite

test-sqlite: install browser
	ES_PORT=$(TEST_ES_PORT) GONGKAI_INDEX_PREFIX=test DEBUG=1 \
	  scripts/with-elasticsearch.sh $(BIN)/pytest $(PYTEST_ARGS)

test-postgres: install browser
	ES_PORT=$(TEST_ES_PORT) GONGKAI_INDEX_PREFIX=test DEBUG=1 \
	  scripts/with-elasticsearch.sh scripts/with-postgres.sh $(BIN)/pytest $(PYTEST_ARGS)

# Wagtail's own tests of pages, workflows, scheduling and documents, with the plugin added to
# Wagtail's test project as the README tells a site to and Elasticsearch unreachable
# (tests/wagtail_suite/settings.py): the plugin changes nothing for pages that are not items.
WAGTAIL_SUITE := wagtail.tests.test_page_model wagtail.admin.tests.pages wagtail.admin.tests.test_workflows \
  wagtail.tests.test_management_commands wagtail.documents.tests.test_views
test-wagtail: install
	rm -rf .data/wagtail-suite-media  # a failed run's uploads would rename this run's (Wagtail asserts names)
	$(BIN)/python -m django test --settings=tests.wagtail_suite.settings --noinput --parallel 2 $(WAGTAIL_SUITE)
	rm -rf .data/wagtail-suite-media

# Stops only what this checkout started: its server and worker (pid files under .data/run/) and
# its local Elasticsearch nodes.
stop:
	scripts/stop.sh $(ES_PORT) $(TEST_ES_PORT)

# Benchmarks (not part of `make test`), tables printed and JSON written under .bench/:
# the catalogue search on BENCH_ITEMS generated items (default 100000) in a throw-away
# database, then the portal's page times on another throw-away database holding the demo.
BENCH_ITEMS ?= 100000
BENCH_PORTAL_DB := .bench/portal-pages.sqlite3
bench: install
	mkdir -p .bench && rm -f $(BENCH_PORTAL_DB)
	ES_PORT=$(TEST_ES_PORT) DEBUG=1 scripts/with-elasticsearch.sh bash -ec '\
	  GONGKAI_INDEX_PREFIX=bench $(BIN)/python benchmarks/bench.py --items $(BENCH_ITEMS); \
	  export GONGKAI_INDEX_PREFIX=bench-portal DATABASE_URL=sqlite:///$(CURDIR)/$(BENCH_PORTAL_DB); \
	  $(BIN)/python site/manage.py migrate --verbosity 0; \
	  $(BIN)/python site/manage.py load_demo; \
	  $(BIN)/python site/manage.py catalogue_index rebuild --no-progress; \
	  $(BIN)/python benchmarks/portal_pages.py --json .bench/portal-pages.json'

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock pyproject.toml
	@$(PYTHON) --version >/dev/null 2>&1 || { echo "$(PYTHON) is required"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

# Playwright drives Debian's Chromium, launched by path: its own browser download is unavailable.
# The CJK font makes the screenshots show Chinese text instead of boxes.
CJK_FONT := /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
browser: $(CHROMIUM) $(CJK_FONT)

$(CHROMIUM) $(CJK_FONT):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null

# Regenerates the lock from pyproject.toml (needs uv: pip install uv).
lock:
	uv pip compile pyproject.toml --extra site --extra test --generate-hashes \
	  --python-version 3.11 --python-platform x86_64-manylinux_2_28 -o requirements.lock
	uv pip compile requirements-jdk.in --generate-hashes \
	  --python-version 3.11 --python-platform x86_64-manylinux_2_28 -o requirements-jdk.lock
