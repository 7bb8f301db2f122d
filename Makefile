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
DEFAULT_RULES_SWIFT := Sources/LearnLintRules/DefaultRules.swift

.PHONY: all build debug test lint deps deps-test venv generate bench bench-scale clean docs schema eval eval-sections eval-pairing words fuzz fuzz-smoke fuzz-seeds tsan

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

## test: unit tests and end-to-end tests against the built binary, a short fuzz smoke, then the whole
## suite again under the thread sanitizer (`make tsan`)
test: deps deps-test generate venv
	$(SWIFT) build --build-tests
	LEARNLINT_BIN=$$($(SWIFT) build --show-bin-path)/learnlint LEARNLINT_VENV=$(CURDIR)/$(VENV) \
	  $(SWIFT) test --skip-build
	$(MAKE) fuzz-smoke
	$(MAKE) tsan

## fuzz: libFuzzer over documents, rules files and shard reports (docs/robustness.md), FUZZ_SECONDS each
# The targets (Fuzz/FuzzTargets.swift) are linked with the library's layers into one binary; the
# environment picks the target. Each layer is compiled with swiftc into a static library and module, in
# layer order (a layer imports the ones before it), instrumented like the targets; the fuzz module
# imports them @testable. Leak checking is off: Swift's packed references read as leaks to LSan.
FUZZ_MODULES       := LearnLintCore LearnLintRules LearnLintConfiguration LearnLintIO LearnLintEngine LearnLintReporters
FUZZ_SWIFT_SOURCES := $(shell find $(addprefix Sources/,$(FUZZ_MODULES)) Fuzz -name '*.swift' | sort)
FUZZ_SECONDS       ?= 600
FUZZ_SMOKE_SECONDS ?= 20
FUZZ_TARGETS       := document config merge
FUZZ_DIR           := .build/fuzz
FUZZ_OPTIONS       := -timeout=60 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
FUZZ_RUN            = ASAN_OPTIONS=detect_leaks=0 LEARNLINT_FUZZ_TARGET=$(1) $(2) $(FUZZ_OPTIONS) \
	-max_total_time=$(3) -artifact_prefix=$(FUZZ_DIR)/crash-$(1)- $(FUZZ_DIR)/corpus/$(1) $(FUZZ_DIR)/seeds/$(1)
# $(1): optimisation flag, $(2): folder for the layers' modules and libraries, $(3): the binary.
# Static libraries link dependents first, so the layers are named highest first on the last line.
FUZZ_SWIFTC         = swiftc -sanitize=fuzzer,address -parse-as-library $(1) -package-name learnlint \
	-I Sources/CYAML -I Sources/CCMarkGFM -I $(2)
FUZZ_BUILD          = mkdir -p $(2) && for module in $(FUZZ_MODULES); do \
	  $(FUZZ_SWIFTC) -enable-testing -module-name $$module -emit-module -emit-module-path $(2)/$$module.swiftmodule \
	    -emit-library -static -o $(2)/lib$$module.a $$(find Sources/$$module -name '*.swift' | sort) || exit 1; done && \
	$(FUZZ_SWIFTC) -module-name LearnLintFuzz -L $(2) \
	  $(addprefix -l,LearnLintReporters LearnLintEngine LearnLintIO LearnLintConfiguration LearnLintRules LearnLintCore) \
	  $$(find Fuzz -name '*.swift' | sort) -o $(3)

$(FUZZ_DIR)/learnlint-fuzz: $(FUZZ_SWIFT_SOURCES)
	$(call FUZZ_BUILD,-O,$(FUZZ_DIR)/modules,$@)

# The smoke build skips optimisation: it compiles in a fraction of the time and still finds traps.
$(FUZZ_DIR)/learnlint-fuzz-smoke: $(FUZZ_SWIFT_SOURCES)
	$(call FUZZ_BUILD,-Onone,$(FUZZ_DIR)/modules-smoke,$@)

## fuzz-seeds: the seed corpora, from fixtures/ (shard reports get this learnlint's version)
fuzz-seeds:
	@rm -rf $(FUZZ_DIR)/seeds && mkdir -p $(addprefix $(FUZZ_DIR)/seeds/,$(FUZZ_TARGETS)) $(addprefix $(FUZZ_DIR)/corpus/,$(FUZZ_TARGETS))
	@for f in $$(find fixtures -name '*.md'); do cp "$$f" $(FUZZ_DIR)/seeds/document/$$(echo "$$f" | tr / _); done
	@for f in rules.yaml $$(find fixtures -name '*.yaml'); do cp "$$f" $(FUZZ_DIR)/seeds/config/$$(echo "$$f" | tr / _); done
	@version=$$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/LearnLintCore/LearnLint.swift); \
	  for f in $$(find fixtures -name '*.json'); do \
	    sed "s/__LEARNLINT_VERSION__/$$version/" "$$f" > $(FUZZ_DIR)/seeds/merge/$$(echo "$$f" | tr / _); done

fuzz: $(FUZZ_DIR)/learnlint-fuzz fuzz-seeds
	@for target in $(FUZZ_TARGETS); do echo "== fuzz $$target ($(FUZZ_SECONDS) s)"; \
	  $(call FUZZ_RUN,$$target,$(FUZZ_DIR)/learnlint-fuzz,$(FUZZ_SECONDS)) 2>&1 | tee $(FUZZ_DIR)/$$target.log | grep -E '^(stat::|==|SUMMARY|Done)' \
	  || exit 1; done

## fuzz-smoke: each target for FUZZ_SMOKE_SECONDS from the seeds (part of `make test`)
fuzz-smoke: $(FUZZ_DIR)/learnlint-fuzz-smoke fuzz-seeds
	@for target in $(FUZZ_TARGETS); do echo "== fuzz smoke $$target ($(FUZZ_SMOKE_SECONDS) s)"; \
	  $(call FUZZ_RUN,$$target,$(FUZZ_DIR)/learnlint-fuzz-smoke,$(FUZZ_SMOKE_SECONDS)) > $(FUZZ_DIR)/$$target-smoke.log 2>&1 \
	  || { tail -40 $(FUZZ_DIR)/$$target-smoke.log; exit 1; }; grep -E '^stat::number_of_executed_units' $(FUZZ_DIR)/$$target-smoke.log; done

## tsan: the whole test suite under the thread sanitizer, the end-to-end tests driving the TSan-built
## binary (its own build folder; part of `make test`). Reports go to files, so a race in a child process
## whose exit status a test does not check still fails the run; halt_on_error stops at the first one.
TSAN_BUILD   := .build-tsan
TSAN_REPORTS := $(TSAN_BUILD)/tsan-reports
tsan: deps generate venv
	$(SWIFT) build --build-tests --sanitize=thread --build-path $(TSAN_BUILD)
	@rm -rf $(TSAN_REPORTS) && mkdir -p $(TSAN_REPORTS)
	@status=0; \
	  TSAN_OPTIONS="halt_on_error=1 exitcode=66 log_path=$(CURDIR)/$(TSAN_REPORTS)/report" LEARNLINT_SANITIZER=thread \
	  LEARNLINT_BIN=$$($(SWIFT) build --sanitize=thread --build-path $(TSAN_BUILD) --show-bin-path)/learnlint \
	  LEARNLINT_VENV=$(CURDIR)/$(VENV) $(SWIFT) test --skip-build --sanitize=thread --build-path $(TSAN_BUILD) || status=$$?; \
	if ls $(TSAN_REPORTS)/report* >/dev/null 2>&1; then \
	  cat $(TSAN_REPORTS)/report*; echo "make tsan: ThreadSanitizer reported the above" >&2; exit 1; fi; \
	exit $$status

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
