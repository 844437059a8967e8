# Two commands for a newcomer: `make run` serves the archive, `make test` runs every test.
# Both create the virtualenv and the embedded PostgreSQL on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint curator seed bench clean-db

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

seed: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_reference
	$(PY) manage.py load_seeds

run: seed
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@echo "Serving the archive on http://$(HOST):$(PORT)/ (admin at /admin/; 'make curator' creates an account)"
	$(VENV)/bin/gunicorn config.wsgi --preload --bind $(HOST):$(PORT) --workers 2 --access-logfile -

curator: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createsuperuser

test: install
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  echo "NOTE: headless Chromium not found, so the browser tests will be skipped. Install Debian's: apt-get install chromium"
	$(PY) -m pytest

bench: install
	$(PY) manage.py benchmark --reports $(or $(REPORTS),1000)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean-db:
	rm -rf .pgdata
