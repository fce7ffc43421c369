#!/usr/bin/env bash
# Whether a changed grantcheck writes the same bytes as before, on every
# output path a performance change can touch:
#   bench/same_output.sh BASE NEW
# BASE and NEW are grantcheck binaries, say one built from the commit before a
# change and one from after. Both check the bundled examples/ and 1,000
# generated Familjen Helsingborg applications (tests/tools/gen_applications.py,
# deterministic) in every report format, in the program's language and in
# English, with one job and with two, with the rule cache off and from a warm
# cache; then `schedule` in each of its formats. Every run is on a fixed date
# and without a settings file. Prints each output that differs and exits 1;
# exits 0 when every output, its exit status included, is byte-identical.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
[ $# -eq 2 ] || { sed -n '2,13p' "$0"; exit 2; }
base=$(realpath "$1") && new=$(realpath "$2") || exit 2
for b in "$base" "$new"; do [ -x "$b" ] || { echo "same_output: no binary at $b"; exit 2; }; done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 "$root/tests/tools/gen_applications.py" "$out/apps" 1000 >/dev/null || exit 2
cp -r "$root/examples" "$out/examples"
cp -r "$root/rules" "$out/rules"
cd "$out" || exit 2

runs=0 differ=0
# same NAME ARGS...: both binaries with the same arguments, from the same
# folder, each with a rule cache of its own; output and exit status compared.
same() {
  local name=$1; shift
  local side
  for side in base new; do
    local bin=$base; [ $side = new ] && bin=$new
    GRANTCHECK_CACHE_DIR="$out/cache-$side" "$bin" "$@" > "$out/$side.out" 2> "$out/$side.err"
    echo "exit $?" >> "$out/$side.out"
  done
  runs=$((runs + 1))
  if ! cmp -s "$out/base.out" "$out/new.out" || ! cmp -s "$out/base.err" "$out/new.err"; then
    differ=$((differ + 1))
    echo "DIFFERS: $name"
    diff <(cat "$out/base.out" "$out/base.err") <(cat "$out/new.out" "$out/new.err") | head -8
  fi
}

formats="text json jsonl junit sarif github markdown gitlab csv csv-comma html"
today=(--today 2026-12-07 --no-config)
for set in examples apps; do
  for cache in off warm; do
    if [ $cache = off ]; then export GRANTCHECK_NO_CACHE=1; else unset GRANTCHECK_NO_CACHE; fi
    for fmt in $formats; do
      for lang in "" en; do
        same "check $set $fmt ${lang:-own} cache-$cache" check --rules rules "${today[@]}" \
          --format "$fmt" ${lang:+--lang $lang} --color never -j 2 "$set"
      done
    done
    same "check $set jsonl one job cache-$cache" check --rules rules "${today[@]}" --format jsonl -j 1 "$set"
    same "check $set text quiet draft cache-$cache" check --rules rules "${today[@]}" --quiet --draft --color always "$set"
  done
  unset GRANTCHECK_NO_CACHE
  for fmt in text json csv ics markdown; do
    same "schedule $set $fmt" schedule --rules rules "${today[@]}" --format "$fmt" "$set"
  done
done
echo "same_output: $runs runs, $differ differ"
[ $differ -eq 0 ]
