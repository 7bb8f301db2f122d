# learnlint — build, test and lint. `make test` works on a fresh machine with Swift: it installs the
# Debian libraries (and the Python test tools, into a venv under .build/) when they are missing.

SWIFT        ?= swift
CONFIG       ?= release
BIN_DIR      := .build/$(CONFIG)
# Users get a binary with the Swift runtime linked in: start-up costs milliseconds, not tens of them.
STATIC       ?= --static-swift-stdlib
LEARNLINT    := $(BIN_DIR)/learnlint
VENV         := .build/venv
APT_PACKAGES := libyaml-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-utils
DEFAULT_RULES_SWIFT := Sources/LearnLintKit/Configuration/DefaultRules.swift

.PHONY: all build debug test lint deps deps-test venv generate bench bench-scale clean docs schema eval eval-sections eval-pairing words

all: build

## deps: install the Debian packages when pkg-config (or the tools) cannot find them
deps:
	@if ! pkg-config --exists yaml-0.1 libcmark-gfm || ! test -f /usr/include/cmark-gfm-core-extensions.h \
	    || ! command -v xmllint >/dev/null; then \
	  echo "Installing $(APT_PACKAGES)"; \
	  SUDO=$$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES); \
	fi

## deps-test: Debian's headless Chromium (the coverage page test) and Neovim (the language server's
## end-to-end test with a real editor), when missing
deps-test:
	@missing=""; \
	if ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then missing="chromium"; fi; \
	if ! test -x /usr/bin/nvim; then missing="$$missing neovim"; fi; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  SUDO=$$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

## venv: Python tools the tests use (check-jsonschema, pre-commit), never system-wide
venv: $(VENV)/.done
$(VENV)/.done: requirements-test.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements-test.txt
	touch $@

## generate: compile rules.yaml into the binary
generate: $(DEFAULT_RULES_SWIFT)
$(DEFAULT_RULES_SWIFT): rules.yaml
	@{ printf '// Generated from the top-level rules.yaml by `make generate`; a test fails when the two differ.\n'; \
	   printf '// swift-format-ignore-file\n\n/// The default rules.yaml, compiled in so learnlint works with no file.\n'; \
	   printf 'public enum DefaultRules {\n    public static let yaml = #"""\n'; cat rules.yaml; printf '\n"""#\n}\n'; } > $@

build: deps generate
	$(SWIFT) build -c $(CONFIG) --product learnlint $(STATIC)

debug: deps generate
	$(SWIFT) build --product learnlint

## test: unit tests and end-to-end tests against the built binary
test: deps deps-test generate venv
	$(SWIFT) build --build-tests
	LEARNLINT_BIN=$$($(SWIFT) build --show-bin-path)/learnlint LEARNLINT_VENV=$(CURDIR)/$(VENV) \
	  $(SWIFT) test --skip-build

## lint: check fixtures/ with the built-in default rules (findings are expected: exit 1 is fine here)
lint: build
	$(LEARNLINT) check fixtures/ --config rules.yaml ; test $$? -le 1

## bench: learnlint against named baselines (cmark-gfm parse floor, rumdl) in one hyperfine run, peak RSS,
## callgrind instructions per document; installs hyperfine, cmark-gfm, valgrind and rumdl; writes docs/performance.md;
## then the language server's keystroke-to-diagnostics time on a 10 KB document (budget 50 ms)
bench: build
	python3 bench/perf.py
	python3 bench/lsp.py

## bench-scale: scaling, jobs, rule cost and vocabulary size, as ratios within one run
bench-scale: build
	python3 bench/run.py
	python3 bench/vocabulary.py

## words: regenerate the committed English word list from Debian's wamerican (installed when missing)
words:
	@if ! test -f /usr/share/dict/american-english; then \
	  SUDO=$$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wamerican; \
	fi
	python3 scripts/english-words.py

## eval: the rule kinds measured on evaluation sets of their own (each set a prerequisite)
eval: eval-sections eval-pairing

## eval-sections: section precision/recall and spelling recall/precision on eval/sections (issue 14)
eval-sections: debug
	python3 eval/sections/generate.py
	python3 eval/sections/evaluate.py .build/debug/learnlint

## eval-pairing: challenge-count accuracy, unpaired-challenge precision/recall and the ablation table
EVAL_PAIRING := .build/eval-pairing
eval-pairing: debug
	python3 eval/pairing/generate.py $(EVAL_PAIRING)
	python3 eval/pairing/evaluate.py .build/debug/learnlint $(EVAL_PAIRING) $(EVAL_ARGS)

clean:
	rm -rf .build

## docs: regenerate docs/rules.md from the rule kinds' own descriptions and examples
docs: debug
	.build/debug/learnlint rules --docs > docs/rules.md

## schema: regenerate schema/rules.schema.json from the configuration types (a test fails when it is stale)
schema: debug
	.build/debug/learnlint config schema > schema/rules.schema.json
