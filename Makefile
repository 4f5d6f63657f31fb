# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: run test evaluate nerel bench train clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/letopis run seeds -o outputs

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Rebuilds models/events/learned.tsv from NEREL train, bit for bit.
train: $(STAMP)
	$(BIN)/python -m pipeline.train $(SHARED)/nerel/train -o models/events/learned.tsv

clean:
	rm -rf $(VENV) outputs/*.json outputs/*.ann outputs/*.csv
