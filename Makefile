# Two commands for a newcomer: `make run` serves the archive, `make test` runs every test.
# Both create the virtualenv and the embedded PostgreSQL on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint curator seed bench clean-db backup restore eval mutation loadtest parse-bench

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

seed: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_reference
	$(PY) manage.py load_seeds

# gunicorn with threaded workers, settings in config/gunicorn.conf.py (docs/deploy.md).
# A second `make run` while one already serves on HOST:PORT says so and succeeds: the
# seeding it did first has also restarted the embedded database if it had stopped.
run: seed
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@if $(PY) -c "import socket, sys; socket.create_connection(('$(HOST)', $(PORT)), timeout=2); sys.exit(0)" 2>/dev/null; then \
	  echo "Something already serves http://$(HOST):$(PORT)/ (an earlier 'make run'?); the database is up. Use PORT=... for a second server."; \
	else \
	  echo "Serving the archive on http://$(HOST):$(PORT)/ (admin at /admin/; 'make curator' creates an account)"; \
	  echo "Import worker started (reads and imports uploads in the background)"; \
	  $(PY) manage.py db_worker --no-startup-delay --interval 1 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	  $(VENV)/bin/gunicorn -c config/gunicorn.conf.py --bind $(HOST):$(PORT); \
	fi

curator: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createsuperuser

test: install
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  echo "NOTE: headless Chromium not found, so the browser tests will be skipped. Install Debian's: apt-get install chromium"
	$(PY) -m pytest

# Not part of `make test`: builds (or reuses) a synthetic corpus in the database archive_bench
# and times the pages through gunicorn on 127.0.0.1; results in docs/benchmarks.md.
REPORTS ?= 100000
bench: install
	$(PY) manage.py benchmark --reports $(REPORTS)

# Not part of `make test`: the memory and time of a dry run and of the admin preview on
# 1,000 and 10,000 small reports, in a database of its own; docs/import-benchmark.md.
.PHONY: import-bench
import-bench: install
	$(PY) -m bench.import_memory

# Not part of `make test`: the pipeline's precision and recall on the labeled corpus in
# eval/corpus/ (SPLIT=dev while tuning, SPLIT=holdout once at the end, or all); writes
# eval/results/latest.json and the Accuracy section of docs/ingestion.md.
SPLIT ?= dev
eval: install
	$(PY) manage.py evaluate --split $(SPLIT)

# Not part of `make test`: parse_report timed in-process on generated reports of 0.25 to 5 MB
# (English, Japanese, one line without a newline; PARSE_SIZES=0.25,1 for fewer), with the
# reference data the archive ships; writes docs/parse-benchmark.md (bench/parse.py).
PARSE_SIZES ?= 0.25,0.5,1,2,5
parse-bench: install
	$(PY) manage.py parse_benchmark --sizes $(PARSE_SIZES)

# Not part of `make test`, slow (hours for the whole package on two cores): mutation testing
# of archive/ingest/ by tests/ingest (mutmut, configured in pyproject.toml; no database).
# MUTANTS='archive.ingest.dates.*' runs one module's mutants; MUTATION_JOBS sets the workers.
# Work and results stay in mutants/ (`.venv/bin/mutmut browse` to read the survivors).
MUTATION_JOBS ?= 2
# mutmut keeps which tests reach which function in mutants/mutmut-stats.json; a second run
# with stats from older tests fails in its clean-test step (pytest's usage error, exit 4),
# so the stats are collected afresh each run (the mutants' results stay).
# mutmut's trampolines deepen every call: archive/evaluation/mutation_site raises the
# recursion limit in its runs and in the interpreters tests start (see its sitecustomize).
mutation: install
	rm -f mutants/mutmut-stats.json
	PYTHONPATH=$(CURDIR)/archive/evaluation/mutation_site$${PYTHONPATH:+:$$PYTHONPATH} \
		$(VENV)/bin/mutmut run --max-children $(MUTATION_JOBS) $(if $(MUTANTS),"$(MUTANTS)")
	$(VENV)/bin/mutmut export-cicd-stats
	$(PY) -m archive.evaluation.mutation

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Every report and every curator edit lives in .pgdata: ask first, at a terminal, or need FORCE=1.
clean-db:
	@if [ -f .pgdata/postmaster.pid ] && kill -0 "$$(head -n 1 .pgdata/postmaster.pid)" 2>/dev/null; then \
	  echo "The embedded database is running (make run, a test?): stop what uses it first."; exit 1; \
	fi
	@if [ "$(FORCE)" != "1" ]; then \
	  if [ ! -t 0 ]; then echo "make clean-db deletes every report in $(CURDIR)/.pgdata: run it at a terminal to confirm, or with FORCE=1."; exit 1; fi; \
	  printf "Delete the embedded database in %s/.pgdata, every report and curator edit in it? Type yes: " "$(CURDIR)"; \
	  read answer; if [ "$$answer" != "yes" ]; then echo "Nothing deleted."; exit 1; fi; \
	fi
	rm -rf .pgdata

# Not part of `make test`: LOAD_USERS locust visitors (50) for LOAD_TIME (60s) over the main
# pages of a synthetic corpus of LOAD_REPORTS reports (100000, built once in archive_bench and
# shared with `make bench`), through gunicorn with config/gunicorn.conf.py. Locust runs from
# its own pinned environment in .local/ (deploy/requirements-load.txt). PREVIEW=1 keeps an
# admin import preview running in the background worker meanwhile (deploy/preview_load.py).
LOAD_VENV := .local/loadtest-venv
$(LOAD_VENV)/.installed: deploy/requirements-load.txt
	$(PYTHON) -m venv $(LOAD_VENV)
	$(LOAD_VENV)/bin/pip install --quiet --disable-pip-version-check -r deploy/requirements-load.txt
	touch $@

loadtest: install $(LOAD_VENV)/.installed
	$(PY) deploy/loadtest.py --reports $(or $(LOAD_REPORTS),100000) --users $(or $(LOAD_USERS),50) --time $(or $(LOAD_TIME),60s) $(if $(PREVIEW),--with-preview)

# pg_dump of the whole database (embedded, or DATABASE_URL) to .local/backups/ or OUT=file.
backup: install
	$(PY) manage.py backup $(if $(OUT),--output "$(OUT)")

# make restore FILE=.local/backups/archive-....dump (asks first; FORCE=1 does not ask).
restore: install
	@if [ -z "$(FILE)" ]; then echo "Usage: make restore FILE=path/to/archive.dump"; exit 1; fi
	$(PY) manage.py restore "$(FILE)" $(if $(filter 1,$(FORCE)),--yes)
