# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test eval bench clean install

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## run: extract every notice in raw/ into output/
run: $(STAMP)
	$(BIN)/extractor run raw --out output

## test: the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest

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
