#!/usr/bin/env bash
# make check-slurm (appendix A5): an ensemble through a local one-node Slurm cluster and the same
# ensemble locally must write identical data files, apart from their '#' provenance lines.
# Arguments: targets relative to the data directory (default: the two-seed simulate ensemble).
# Not a *.test: it needs root and takes about a minute, so make check does not run it.
cd "$(dirname "$0")/.." || exit 2
root=build/slurm
scale=quick
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(cluster/simulate-s1.trace cluster/simulate-s2.trace)
passed=0 failed=0
pass() { echo "PASS slurm: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL slurm: $*"; failed=$((failed + 1)); }
finish() {
  sh code/A5-cluster/slurm-cluster.sh stop "$root" || fail "stopping the daemons"
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}
in_dir() { local d=$1; shift; local out=(); for t in "$@"; do out+=("$d/$t"); done; echo "${out[@]}"; }

started=$(sh code/A5-cluster/slurm-cluster.sh start "$root" 2>"$root.start.log")
if [ $? -ne 0 ]; then
  fail "the local cluster did not start: $(tail -n 3 "$root.start.log" | tr '\n' ' ')"
  finish
fi
export "${started?}"   # SLURM_CONF=...
pass "a one-node cluster is up ($(sinfo -h -o '%P %D node, %c CPUs, %T'))"

# The ensemble, locally and through srun: CLUSTER_DIR keeps the copies apart, DATA does for other
# chapters' targets.
rm -rf "$root/local" "$root/srun"
if make -s SCALE=$scale DATA="$root/local" CLUSTER_DIR="$root/local/cluster" \
     $(in_dir "$root/local" "${targets[@]}") >"$root/local.log" 2>&1; then
  pass "the ensemble runs locally (${#targets[@]} runs)"
else
  fail "the local ensemble failed: see $root/local.log"; finish
fi
jobs_before=$(scontrol -o show jobs 2>/dev/null | grep -c '^JobId=')
if make -s -j2 SCALE=$scale DATA="$root/srun" CLUSTER_DIR="$root/srun/cluster" \
     RUN='srun -N1 -n1 -c1 --quiet' $(in_dir "$root/srun" "${targets[@]}") >"$root/srun.log" 2>&1; then
  pass "the ensemble runs through srun"
else
  fail "the srun ensemble failed: see $root/srun.log"; finish
fi
jobs=$(( $(scontrol -o show jobs 2>/dev/null | grep -c '^JobId=') - jobs_before ))
[ "$jobs" -ge ${#targets[@]} ] && pass "Slurm ran $jobs jobs for ${#targets[@]} runs" \
  || fail "Slurm recorded $jobs jobs for ${#targets[@]} runs"

for t in "${targets[@]}"; do
  a=$root/local/$t b=$root/srun/$t
  if [ ! -s "$a" ] || [ ! -s "$b" ]; then fail "$t: missing ($a or $b)"; continue; fi
  rows=$(grep -vc '^#' "$a")
  if cmp -s <(grep -v '^#' "$a") <(grep -v '^#' "$b"); then
    pass "$t: identical data ($rows rows) locally and through srun"
  else
    fail "$t differs: diff <(grep -v '^#' $a) <(grep -v '^#' $b)"
  fi
done
finish
