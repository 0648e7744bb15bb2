# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test eval synth bench bench-incremental clean install office browser

# LibreOffice converts .doc/.wps/.et attachments (docs/attachments.md); Debian's
# -nogui packages are the smallest set that has the Writer and Calc import filters
OFFICE_PACKAGES := libreoffice-writer-nogui libreoffice-calc-nogui

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# $(call debian,COMMAND,PACKAGES,WHAT): install PACKAGES from Debian when COMMAND is
# missing and we are root (a fresh machine, CI); otherwise say what to install
define debian
	@if command -v $(1) >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing $(2) ($(3))"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(2); \
	else \
	  echo "note: $(3) needs: apt-get install --no-install-recommends $(2)" >&2; \
	fi
endef

## office: LibreOffice, which reads .doc/.wps/.et attachments (docs/attachments.md)
office:
	$(call debian,soffice,$(OFFICE_PACKAGES),reading .doc/.wps/.et attachments)

## run: extract every notice in raw/ into output/
run: $(STAMP) office
	$(BIN)/extractor run raw --out output

## test: the whole test suite
test: $(STAMP) office browser
	$(BIN)/python -m pytest

## browser: headless Chromium and a CJK font for report.html's browser test
browser:
	$(call debian,chromium,chromium fonts-wqy-zenhei,the report's browser test)

## eval: score every golden fixture per form (the gate in tests/test_eval_gate.py)
eval: $(STAMP)
	$(BIN)/python -m extractor.evaluate tests/fixtures

## synth: exactness per axis value on generated notices with known truth (docs/synth.md)
synth: $(STAMP)
	PYTHONPATH=tests $(BIN)/python -m synth $(SYNTH_ARGS)

## bench: synthetic corpus; extractor (1 and 2 processes) vs pandas.read_html; see docs/scale.md;
##        then agency names resolved per second over the fixtures (bench/bench_resolve.py)
bench: $(STAMP)
	$(BIN)/python bench/bench.py $(BENCH_ARGS)
	$(BIN)/python bench/bench_resolve.py

## bench-incremental: one new notice into archives of 0, 1,000 and 10,000 notices (docs/scale.md)
bench-incremental: $(STAMP)
	$(BIN)/python bench/bench_incremental.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) output/*.json output/*.csv output/*.sqlite*
