#!/usr/bin/env bash
# fresh-build.sh DIR: a second clean quick build for tests/build.test, in DIR/j1, with -j1.
# A fresh copy of the sources without .git (as an unpacked archive would be, times preserved, with
# a RELEASE file naming this tree's revision and commit time). The programs are compiled in parallel
# (a compiler's output does not depend on -j); the OpenBLAS core type, chosen by timing (chapter
# 04), is a measurement of the machine like the timings, so the copy takes the tree's choice and
# both use one kernel; then every data file and check is made with -j1. Timings (seconds, GFLOP/s,
# speed-ups) are measurements of the machine, quoted in the prose, so the copy's report is woven
# with the tree's values. Writes DIR/started first, DIR/j1.log, and DIR/status (0: built) last, on
# any exit.
# tests/run starts it in the background after the quick build, so that it overlaps the other tests.
dir=${1:?usage: fresh-build.sh DIR}
cd "$(dirname "$0")/.." || exit 2
tree=$PWD j1="$dir/j1" status=1
trap 'echo $status > "$dir/status.tmp" && mv "$dir/status.tmp" "$dir/status"' EXIT
touch "$dir/started" && mkdir -p "$j1" || exit 2
{ git ls-files 2>/dev/null || cat SOURCES; } | tr '\n' '\0' | xargs -0 cp -p --parents -t "$j1"
printf 'version: %s\nrevision: %s\nepoch: %s\nscale: quick\n' "$(cat VERSION)" \
  "$(git describe --always --dirty 2>/dev/null || sed -n 's/^revision: //p' RELEASE)" \
  "$(git log -1 --format=%ct 2>/dev/null || sed -n 's/^epoch: //p' RELEASE)" > "$j1/RELEASE"
take() { [ ! -f "$tree/$1" ] || { cp "$tree/$1" "$1" && touch "$1"; }; }
(cd "$j1" && make -j"$(nproc)" SCALE=quick programs build/blas-coretype.mk >"$dir/j1.log" 2>&1 \
  && take build/blas-coretype.mk && make -j1 SCALE=quick verdicts build/quick/values.tsv >>"$dir/j1.log" 2>&1 \
  && take build/quick/values.tsv && make -j1 SCALE=quick all >>"$dir/j1.log" 2>&1)
status=$?
