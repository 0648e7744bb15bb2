# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test eval bench clean install office browser

# LibreOffice converts .doc/.wps/.et attachments (docs/attachments.md); Debian's
# -nogui packages are the smallest set that has the Writer and Calc import filters
OFFICE_PACKAGES := libreoffice-writer-nogui libreoffice-calc-nogui

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## office: install LibreOffice from Debian when soffice is missing (as root; else say what to install)
office:
	@if command -v soffice >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing $(OFFICE_PACKAGES) (reads .doc/.wps/.et attachments)"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(OFFICE_PACKAGES); \
	else \
	  echo "note: .doc/.wps/.et attachments need LibreOffice: apt-get install --no-install-recommends $(OFFICE_PACKAGES)" >&2; \
	fi

## run: extract every notice in raw/ into output/
run: $(STAMP) office
	$(BIN)/extractor run raw --out output

## test: the whole test suite
test: $(STAMP) office browser
	$(BIN)/python -m pytest

## browser: headless Chromium and a CJK font for report.html's browser test (Debian packages;
##          installed when missing and run as root, as on a fresh machine or CI)
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing chromium fonts-wqy-zenhei (the report's browser test)"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium fonts-wqy-zenhei; \
	else \
	  echo "note: the report's browser test needs: apt-get install --no-install-recommends chromium fonts-wqy-zenhei" >&2; \
	fi

## eval: score every golden fixture per form (the gate in tests/test_eval_gate.py)
eval: $(STAMP)
	$(BIN)/python -m extractor.evaluate

## bench: synthetic corpus; extractor (1 and 2 processes) vs pandas.read_html; see docs/scale.md;
##        then agency names resolved per second over the fixtures (bench/bench_resolve.py)
bench: $(STAMP)
	$(BIN)/python bench/bench.py $(BENCH_ARGS)
	$(BIN)/python bench/bench_resolve.py

clean:
	rm -rf $(VENV) output/*.json output/*.csv output/*.sqlite*
