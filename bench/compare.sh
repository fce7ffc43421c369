#!/usr/bin/env bash
# Whole-process comparison of grantcheck with the peers of the shared harness
# (Python + PyYAML, json-rules-engine, cel-js, GoRules ZEN) and the parsing
# floors, in one run, side by side:
#   bench/compare.sh PEERS_DIR [GRANTCHECK]
# PEERS_DIR is a writable copy of the peer harness, prepared with `make` there
# (node_modules, the floors, data/1 data/1k data/10k from gen.py --seed 1).
# GRANTCHECK defaults to build-release/grantcheck. Steps:
#   1. grantcheck's verdicts on the six FH-core checks against the oracle's, on data/10k;
#   2. the peers' bench.sh (latency and 10k suites) with grantcheck as PRODUCT_CMD;
#   3. peak memory of one 10k run of each command (/usr/bin/time);
#   4. the table of medians and ratios (summarize.py), ready for docs/performance.md.
# Nothing here is needed to build or test grantcheck.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
[ $# -ge 1 ] || { sed -n '2,13p' "$0"; exit 2; }
peers=$(cd "$1" && pwd) || exit 2
gc=$(realpath "${2:-$root/build-release/grantcheck}")
rules=$root/rules/familjen-helsingborg.toml
# Debian's interpreter, as the harness's bench.sh uses (python3-yaml brings the
# libyaml loader; a pyenv shim first on PATH would add its own start-up).
PY=${PY:-$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || command -v python3)}
for need in build/libyamlparse build/yamlparse node_modules data/1 data/1k data/10k bench.sh; do
  [ -e "$peers/$need" ] || { echo "compare: $peers/$need is missing; run make in $peers"; exit 2; }
done
[ -x "$gc" ] || { echo "compare: no grantcheck binary at $gc"; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
product="$gc check --rules $rules --format jsonl"
# A rule cache of this run's own, empty at the start: the warm-up run of each
# suite fills it, as a user's first run does (docs/performance.md).
export GRANTCHECK_CACHE_DIR="$out/rule-cache"

echo "== verdicts on data/10k: grantcheck (FH-core rules) vs the oracle (peers/reference.py)"
"$PY" "$peers/peers/reference.py" "$peers/data/10k" > "$out/reference.txt"
"$PY" "$here/fh_core.py" "$gc" "$rules" "$peers/data/10k" > "$out/grantcheck.txt"
"$PY" "$here/verdict_diff.py" "$out/reference.txt" "$out/grantcheck.txt"

echo "== load before timing: $(uptime)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
results=()
for suite in latency 10k; do
  (cd "$peers" && PRODUCT_CMD="$product" ./bench.sh "$suite") > "$out/$suite.log" 2>&1
  cat "$out/$suite.log"
  results+=("$peers/$(tail -1 "$out/$suite.log" | sed -n 's/.*(\(.*\.jsonl\)).*/\1/p')")
done
# One application without the rule cache: what a first run, or a run with
# GRANTCHECK_NO_CACHE=1, costs. Set for the timer, so no `env` is timed.
(cd "$peers" && GRANTCHECK_NO_CACHE=1 "$PY" pairbench.py -n 20 --warmup 1 --timeout 900 \
   --json "${results[0]}" --label "latency grantcheck-cold" "$product data/1" "build/yamlparse data/1")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== peak memory, one 10k run each (/usr/bin/time -f %M)"
: > "$out/memory.tsv"
while IFS=$'\t' read -r name cmd; do
  kib=$(cd "$peers" && eval "/usr/bin/time -f %M $cmd" 2>&1 >/dev/null | tail -1)
  printf '%s\t%s\n' "$name" "$kib" | tee -a "$out/memory.tsv"
done <<EOF_CMDS
grantcheck	$product data/10k
grantcheck-1k	$product data/1k
reference-py	$PY peers/reference.py data/10k
reference-py-libyaml	env GRANTCHECK_BENCH_LIBYAML=1 $PY peers/reference.py data/10k
json-rules-engine	node peers/jre.mjs data/10k
cel-js	node peers/cel.mjs data/10k
zen-engine	node peers/zen.mjs data/10k
floor-libyaml	build/libyamlparse data/10k
floor-yaml-cpp	build/yamlparse data/10k
EOF_CMDS

echo "== summary (medians; $(nproc) cores; load average before $load_before, after $load_after)"
"$PY" "$here/summarize.py" "${results[@]}" --files "$(ls "$peers/data/10k" | grep -c '\.yaml$')" \
  --memory "$out/memory.tsv" --load "1/5/15-min load average $load_before before the timings, $load_after after"
