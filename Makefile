# Everyday commands for the Cabinet site. `make run` and `make test` set everything up on
# first use (a .venv with Python 3.11, the pinned requirements, compiled translations), so a
# fresh clone needs only Python 3.11 with its venv module, and make.
#
# Settings come from the environment; a .env file, if present, is read first (shell syntax,
# see .env.example). Variables given on the make command line win: make run PORT=8001

SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
BOOTSTRAP_PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null)
HOST ?= 127.0.0.1
PORT ?= 8000
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/cabinet
PYTEST_ARGS ?=
LANGS := kk ru en
MESSAGES_ARGS := $(addprefix --locale=,$(LANGS)) --no-obsolete '--ignore=var/*' '--ignore=test-artifacts/*'

# Read .env (if any) into the environment of each command that runs the site.
ENV := set -a; if [ -f .env ]; then . ./.env; fi; set +a;
# $(call manage,ARGS): run manage.py ARGS with .env loaded, echoing only "manage.py ARGS".
manage = @echo "manage.py $(1)"; $(ENV) $(PY) manage.py $(1)

RUNTIME_STAMP := $(VENV)/.installed-runtime
DEV_STAMP := $(VENV)/.installed-dev
STATIC_STAMP := var/static/.collected
PO_FILES := $(shell find . -path ./$(VENV) -prune -o -path ./.git -prune -o -path ./var -prune -o -path '*/LC_MESSAGES/*.po' -print 2>/dev/null)
MO_FILES := $(PO_FILES:.po=.mo)

.PHONY: help run test test-postgres test-browser setup setup-dev migrate demo check lint format \
	messages compilemessages admin-messages-missing admin-messages-merge clean

help:
	@echo "make run            set up .venv, migrate, load demo content, serve http://$(HOST):$(PORT)/"
	@echo "make test           run the whole test suite (SQLite; browser tests need /usr/bin/chromium)"
	@echo "make test-postgres  the same on PostgreSQL ($(POSTGRES_URL))"
	@echo "make test-browser   only the Playwright tests (tests/browser)"
	@echo "make check          manage.py check and makemigrations --check"
	@echo "make lint           ruff check, ruff format --check, djhtml --check templates"
	@echo "make format         ruff format, ruff check --fix, djhtml templates"
	@echo "make messages       update locale/*/LC_MESSAGES/django.po (needs system gettext)"
	@echo "make compilemessages  .po -> .mo with polib (no system gettext needed)"
	@echo "make admin-messages-missing  Wagtail/wagtail-localize strings not yet in locale/admin/kk"
	@echo "make admin-messages-merge PARTS='a.po b-djangojs.po'  merge translators' files into locale/admin/kk"
	@echo "make clean          remove collected static files, test artifacts and stamps"

# --- set-up -------------------------------------------------------------------------------

$(PY):
	@if [ -z "$(BOOTSTRAP_PYTHON)" ]; then \
		echo "Python 3.11 not found: install it (Debian/Ubuntu: sudo apt install python3.11 python3.11-venv)"; \
		exit 1; \
	fi
	@echo "Creating $(VENV) with $(BOOTSTRAP_PYTHON) ($$($(BOOTSTRAP_PYTHON) --version))"
	@$(BOOTSTRAP_PYTHON) -m venv $(VENV) || { \
		rm -rf $(VENV); \
		echo; \
		echo "Could not create $(VENV). On Debian/Ubuntu Python's venv module is a separate package:"; \
		echo "    sudo apt install python3.11-venv    (or python3-venv)"; \
		exit 1; \
	}

$(RUNTIME_STAMP): requirements.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@ $(RUNTIME_STAMP)

%.mo: %.po | $(RUNTIME_STAMP)
	@$(PY) scripts/compile_messages.py $<

compilemessages: $(RUNTIME_STAMP)
	@$(PY) scripts/compile_messages.py --force

$(STATIC_STAMP): $(RUNTIME_STAMP) $(shell find static -type f 2>/dev/null)
	$(call manage,collectstatic --noinput --verbosity 0)
	@touch $@

setup: $(RUNTIME_STAMP) $(MO_FILES) $(STATIC_STAMP)

setup-dev: $(DEV_STAMP) setup

migrate: setup
	$(call manage,migrate --noinput)

demo: migrate
	$(call manage,load_demo_content)

# --- the two README commands --------------------------------------------------------------

run: demo
	@echo "Serving http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/; Ctrl-C stops)"
	$(call manage,runserver $(HOST):$(PORT))

# The tests build their own database (test_<name>); the development database is not touched.
test: setup-dev
	@echo "pytest $(PYTEST_ARGS)"
	@$(ENV) $(PY) -m pytest -rfEs $(PYTEST_ARGS)

test-postgres: setup-dev
	@echo "DATABASE_URL=$(POSTGRES_URL) pytest $(PYTEST_ARGS)"
	@$(ENV) DATABASE_URL=$(POSTGRES_URL) $(PY) -m pytest -rfEs $(PYTEST_ARGS)

test-browser: setup-dev
	@echo "pytest tests/browser $(PYTEST_ARGS)"
	@$(ENV) $(PY) -m pytest -rfEs tests/browser $(PYTEST_ARGS)

# --- development --------------------------------------------------------------------------

check: setup-dev
	$(call manage,check)
	$(call manage,makemigrations --check --dry-run)

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: $(DEV_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/djhtml templates

messages: $(RUNTIME_STAMP)
	@command -v xgettext >/dev/null || { \
		echo "makemessages needs GNU gettext: sudo apt install gettext"; exit 1; }
	@mkdir -p locale
	$(call manage,makemessages $(MESSAGES_ARGS))
	@$(PY) scripts/compile_messages.py

# The Kazakh admin (docs/admin-in-kazakh.md): exits with status 1 below 95% coverage.
admin-messages-missing: $(RUNTIME_STAMP)
	$(call manage,missing_admin_translations)

admin-messages-merge: $(RUNTIME_STAMP)
	@if [ -z "$(PARTS)" ]; then echo "usage: make admin-messages-merge PARTS='part1-django.po part2-djangojs.po'"; exit 1; fi
	$(PY) scripts/merge_admin_translations.py $(PARTS)

clean:
	rm -rf var/static test-artifacts $(RUNTIME_STAMP) $(DEV_STAMP)
