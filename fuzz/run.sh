#!/usr/bin/env bash
# Runs each fuzz target for SECONDS, after replaying its regressions, and prints
# one summary line per target (the record docs/hardening.md keeps).
#   fuzz/run.sh BUILD_DIR SECONDS TARGET...     (targets: yaml rules expr)
# Corpora grow in BUILD_DIR/fuzz-corpus/TARGET across runs; seeds come from the
# bundled examples, rule files and expression cases; a finding is written to
# BUILD_DIR/fuzz-artifacts/ and stops the run with status 1.
set -euo pipefail
build=$1 seconds=$2
shift 2
src=$(cd "$(dirname "$0")/.." && pwd)

# Seeds: what the tool is meant to read, so mutations start from real files.
seed() {
  local target=$1 dir=$2
  rm -rf "$dir" && mkdir -p "$dir"
  case $target in
    yaml) find "$src/examples" "$src/tests/data" "$src/rules" -name '*.yaml' -o -name '*.yml' |
            while read -r f; do cp "$f" "$dir/$(echo "$f" | tr / _)"; done ;;
    rules) find "$src/rules" "$src/tests/data" -name '*.toml' |
             while read -r f; do cp "$f" "$dir/$(echo "$f" | tr / _)"; done ;;
    expr) # the expression of each annotated case, and each expression of a rule file
          local n=0
          { sed -n 's/ *==> .*//p' "$src"/tests/expr/cases/*.cases
            grep -hE '^(check|when|date|group_by) *= *"' "$src"/rules/*.toml |
              sed -E 's/^[a-z_]+ *= *"(.*)"$/\1/; s/\\"/"/g'
          } | while IFS= read -r line; do n=$((n + 1)); printf '%s' "$line" >"$dir/$n"; done ;;
  esac
}

status=0
for target in "$@"; do
  bin="$build/fuzz/fuzz_$target"
  corpus="$build/fuzz-corpus/$target" seeds="$build/fuzz-seeds/$target"
  artifacts="$build/fuzz-artifacts"
  mkdir -p "$corpus" "$artifacts"
  seed "$target" "$seeds"
  regressions=("$src/fuzz/regressions/$target"/*)
  if [ -e "${regressions[0]}" ]; then
    "$bin" -runs=0 "${regressions[@]}" >/dev/null 2>&1 </dev/null ||
      { echo "fuzz_$target: a regression input fails again (run it: $bin FILE)"; exit 1; }
  fi
  log="$build/fuzz-$target.log"
  # -timeout: one input taking 5 s is a finding (a hang), as is using 2 GB.
  if "$bin" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=65536 \
       -dict="$src/fuzz/$target.dict" -artifact_prefix="$artifacts/$target-" \
       -print_final_stats=1 "$corpus" "$seeds" >"$log" 2>&1 </dev/null; then
    result=ok
  else
    result="FINDING (see $log and $artifacts)"
    status=1
  fi
  runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | tail -1)
  secs=$(sed -nE 's/^Done [0-9]+ runs in ([0-9]+) second.*/\1/p' "$log" | tail -1)
  echo "fuzz_$target: ${secs:-$seconds} s, ${runs:-?} executions, corpus $(ls "$corpus" | wc -l) files: $result"
done
exit $status
