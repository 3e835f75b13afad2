# The bootstrap. Everything else is in the chapters: the generic rules in chapters/A1-building.md
# (tangled to code/A1-building/*.mk), and each chapter's own rules beside its programs
# (chapters/NN-slug.md tangled to code/NN-slug/rules.mk).
#   make                 dependencies, tangle, compile, run, figures, report (SCALE=paper)
#   make check           the tests, at SCALE=quick
#   make help            all targets
#   make figure1 D=50    a what-if run: one chapter's figures at other parameters (make help lists them)
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
.DELETE_ON_ERROR:
.SUFFIXES:
MAKEFLAGS += --no-builtin-rules

SCALE ?= paper
ifeq ($(filter $(SCALE),paper quick),)
  $(error SCALE=$(SCALE) is not a scale of this notebook: use SCALE=paper or SCALE=quick)
endif

CHAPTERS := $(sort $(wildcard chapters/*.md))
ifeq ($(SANITIZE),1)
BIN := build/sanitize/bin
else
BIN := build/bin
endif
CC := gcc
TOOL_CFLAGS := -std=c11 -O2 -Wall -Wextra -Werror

.DEFAULT_GOAL := all

# 1. Dependencies: installed when run as root, otherwise named with the exact command.
build/deps.ok: code/A1-building/check-deps.sh
	@mkdir -p $(@D)
	sh code/A1-building/check-deps.sh
	@touch $@

# 2. The tangler, bootstrapped from its committed tangled copy.
$(BIN)/tangle: code/A1-building/tangle.c | build/deps.ok
	@mkdir -p $(@D)
	$(CC) $(TOOL_CFLAGS) -o $@.tmp $< && mv $@.tmp $@

# 3. Tangling. build/tangled.mk is an included makefile, so make re-reads everything after it.
build/tangled.mk: $(CHAPTERS) $(BIN)/tangle
	$(BIN)/tangle --prune --list $(CHAPTERS) | sed 's/ (updated)$$//' | \
	  { echo 'TANGLED := \'; sed 's/$$/ \\/'; echo; } > $@.tmp && mv $@.tmp $@

.PHONY: tangle
tangle: build/tangled.mk

ifeq ($(filter clean help,$(MAKECMDGOALS)),)
include build/tangled.mk
include code/A1-building/notebook.mk
include $(filter-out code/A1-building/notebook.mk code/A1-building/whatif.mk,$(sort $(wildcard code/*/*.mk)))
include code/A1-building/whatif.mk
endif

.PHONY: check clean help
check:
	BIN=$(BIN) SANITIZE=$(SANITIZE) tests/run

clean:
	rm -rf build data figures

help:
	@echo "make                 everything and the report: build/report.pdf, build/report.html"
	@echo "make SCALE=quick     the same at reduced sizes: build/quick/report.{pdf,html}"
	@echo "make check           the tests (they build SCALE=quick first); last line 'N passed, N failed'"
	@echo "make SANITIZE=1 check  the same with every program built with address and UB sanitizers"
	@echo "make tangle          regenerate code/ from chapters/"
	@echo "make report          only the report and what it needs"
	@echo "make verdicts        fail if a derivation check failed"
	@echo "make bench           the simulator's benchmarks (appendix: Performance)"
	@echo "make profile         the wall time of every target of the last build, slowest first"
	@echo "make dist            the release archive build/dist/hinge-notebook-VERSION.tar.gz (appendix: Citing and releasing)"
	@echo "make fuzz            fuzz the tangler for FUZZ_SECONDS (300); make fuzz-check: the short pass of make check"
	@echo "make check-slurm     an ensemble through a local one-node Slurm cluster"
	@echo "make clean           remove build/, data/ and figures/ (never code/)"
	@echo "Variables: SCALE=paper|quick; RUN='launcher prefix' (e.g. RUN='srun -n1'); -jN runs N jobs"
	@echo
	@echo "What-if runs: one chapter's figures, values and checks at other parameters, in data/whatif/NAME"
	@echo "and figures/whatif/NAME (What-if runs, chapters/A1-building.md), e.g."
	@echo "  make figure1 SCALE=quick ALPHA=0.5 D=50"
	@sh code/A1-building/whatif-help.sh code/A1-building/notebook.mk code/*/rules.mk
