#!/usr/bin/env bash
# The performance benchmark of SPEC §11 (docs/performance.md). Not part of the tests.
#
#   scripts/benchmark.sh [SIZES...]     default sizes: 10000 100000 1000000
#
# Builds in release mode, generates a synthetic flat CSV per size (10 000 speakers at 1M,
# one speaker per 100 forecasts), and prints side by side:
#   import:    hindsight import  vs  sqlite3 .import into a plain table
#   scorecard: hindsight scorecard --format json  vs  one SQL GROUP BY  vs  pandas
# with peak memory (/usr/bin/time -v), the ratios against the targets, and the cost per
# forecast; then the latency of the read commands on the shipped MEET 2024 catalog.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SIZES=("${@:-10000 100000 1000000}")
read -r -a SIZES <<<"${SIZES[*]}"
WORK=$(mktemp -d /tmp/hindsight-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

command -v sqlite3 >/dev/null || { echo "sqlite3 is needed (apt-get install sqlite3)"; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)"; exit 1; }

echo "building (release)…" >&2
swift build -c release >/dev/null
H="$ROOT/.build/release/hindsight"

SCORE=(scorecard --format json)

PY=python3
if ! python3 -c 'import pandas' 2>/dev/null; then
  if python3 -m venv "$WORK/venv" >/dev/null 2>&1 && "$WORK/venv/bin/pip" install -q pandas >/dev/null 2>&1; then
    PY="$WORK/venv/bin/python"
  else
    PY=""
    echo "pandas could not be installed; its column is left empty" >&2
  fi
fi

cat >"$WORK/empty.yaml" <<'YAML'
# An empty catalog: the benchmark ledger holds only the imported forecasts.
version: 1
confidence_scale: []
sources: []
speakers: []
questions: []
YAML

# seconds and peak KB of a command: "SECONDS KB"
measure() {
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  cat "$WORK/time"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

printf '%-9s | %-28s | %-22s | %-38s | %s\n' forecasts "import s (MB)  sqlite3 s  ×" \
  "µs/forecast import" "scorecard s (MB)  GROUP BY s  pandas s" "× GROUP BY  × pandas"
for N in "${SIZES[@]}"; do
  S=$(( N / 100 > 0 ? N / 100 : 1 ))
  CSV="$WORK/s$N.csv"
  "$H" generate --speakers "$S" --forecasts "$N" --seed 1 --output "$CSV"
  rm -f "$WORK/l.sqlite"* "$WORK/plain.sqlite"
  read -r IT IM < <(measure "$H" import "$CSV" --catalog "$WORK/empty.yaml" --ledger "$WORK/l.sqlite")
  read -r QT _ < <(measure sqlite3 "$WORK/plain.sqlite" ".mode csv" ".import $CSV forecasts")
  read -r CT CM < <(measure "$H" "${SCORE[@]}" --catalog "$WORK/empty.yaml" --ledger "$WORK/l.sqlite")
  read -r GT _ < <(measure sqlite3 "$WORK/plain.sqlite" \
    "SELECT speaker, AVG((p - (outcome = 'true')) * (p - (outcome = 'true'))) FROM forecasts GROUP BY speaker;")
  PT="-"
  if [ -n "$PY" ]; then
    read -r PT _ < <(measure "$PY" -c "
import pandas as pd, sys
d = pd.read_csv(sys.argv[1], usecols=['speaker', 'p', 'outcome'])
o = (d['outcome'] == True) | (d['outcome'] == 'true')
print((d.assign(b=(d['p'] - o) ** 2).groupby('speaker')['b'].mean()).to_json())
" "$CSV")
  fi
  printf '%-9s | %6s (%4d)  %6s  %5s | %22s | %8s (%4d)  %8s  %8s | %6s  %6s\n' "$N" "$IT" $((IM / 1024)) "$QT" \
    "$(ratio "$IT" "$QT")" "$(awk -v t="$IT" -v n="$N" 'BEGIN { printf "%.2f", t * 1e6 / n }')" \
    "$CT" $((CM / 1024)) "$GT" "$PT" "$(ratio "$CT" "$GT")" "$(ratio "$CT" "$PT")"
done
echo "targets (SPEC §11, at 1M): import ≤ 2× sqlite3; scorecard ≤ 1.5× GROUP BY and ≤ 0.5× pandas; peak < 300 MB"

echo
echo "read commands on the MEET 2024 catalog (target < 50 ms):"
cp "$ROOT/predictions.yaml" "$WORK/meet.yaml"
"$H" ls --catalog "$WORK/meet.yaml" --ledger "$WORK/meet.sqlite" >/dev/null
FIRST=$("$H" ls --catalog "$WORK/meet.yaml" --ledger "$WORK/meet.sqlite" | awk 'NR == 2 { print $1 }')
READS=("ls" "show $FIRST" "resolve")
"$H" --help | grep -qE "^ +scorecard( |$)" && READS+=("scorecard")
for CMD in "${READS[@]}"; do
  if command -v hyperfine >/dev/null; then
    hyperfine -N -w 3 -r 20 --style none --export-json "$WORK/h.json" \
      "$H $CMD --catalog $WORK/meet.yaml --ledger $WORK/meet.sqlite" >/dev/null
    MS=$(python3 -c "import json,sys;print('%.1f' % (json.load(open(sys.argv[1]))['results'][0]['mean']*1000))" "$WORK/h.json")
  else
    START=$(date +%s%N)
    for _ in $(seq 20); do "$H" $CMD --catalog "$WORK/meet.yaml" --ledger "$WORK/meet.sqlite" >/dev/null; done
    MS=$(awk -v d=$(( $(date +%s%N) - START )) 'BEGIN { printf "%.1f", d / 20 / 1e6 }')
  fi
  printf '  %-12s %6s ms\n' "${CMD%% *}" "$MS"
done
