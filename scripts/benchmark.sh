#!/usr/bin/env bash
# The performance benchmark of SPEC §11 (docs/performance.md). Not part of the tests.
#
#   scripts/benchmark.sh [--runs N] [SIZES...]     default: 3 runs; sizes 10000 100000 1000000
#
# Builds in release mode, generates a synthetic flat CSV per size (one speaker per 100
# forecasts: 10 000 speakers at 1M, every forecast resolved) and measures, side by side:
#   import:    hindsight import  vs  sqlite3 .import of the same CSV into a plain table
#   scorecard: hindsight scorecard --format json  vs  one SQL GROUP BY (mean Brier per
#              speaker over that table)  vs  the same figures in pandas reading the same CSV
# Each command runs N times and its fastest run counts (the machine may be shared; the import
# and its reference, and --history and the scorecard it is held to, run by turns); peak memory
# is /usr/bin/time's maximum resident set. Then the cost per forecast at each size, the ratios
# against the targets, and the latency of every read command on the shipped MEET 2024 catalog.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=3
if [ "${1:-}" = "--runs" ]; then RUNS=$2; shift 2; fi
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000 1000000)
WORK=$(mktemp -d /tmp/hindsight-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

command -v sqlite3 >/dev/null || { echo "sqlite3 is needed (apt-get install sqlite3)"; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)"; exit 1; }

echo "building (release)…" >&2
swift build -c release >/dev/null
H="$ROOT/.build/release/hindsight"

# pandas: the system's, else a virtual environment kept in .build/ (made once, with pip).
PY=python3
if ! python3 -c 'import pandas' 2>/dev/null; then
  VENV="$ROOT/.build/benchmark-venv"
  if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import pandas' 2>/dev/null; then
    echo "installing pandas into $VENV…" >&2
    python3 -m venv "$VENV" >/dev/null 2>&1 && "$VENV/bin/pip" install -q pandas >/dev/null 2>&1 || true
  fi
  if "$VENV/bin/python" -c 'import pandas' 2>/dev/null; then PY="$VENV/bin/python"; else
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

cat >"$WORK/brier_by_speaker.py" <<'PY'
import sys
import pandas as pd
d = pd.read_csv(sys.argv[1], usecols=["speaker", "p", "outcome"])
o = (d["outcome"] == True) | (d["outcome"] == "true")
print(d.assign(b=(d["p"] - o) ** 2).groupby("speaker")["b"].mean().to_json())
PY

# Runs a command once: "SECONDS PEAK_KB" (wall clock to the millisecond, peak resident set).
once() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  end=$(date +%s%N)
  echo "$(awk -v d=$((end - start)) 'BEGIN { printf "%.3f", d / 1e9 }') $(cat "$WORK/time")"
}
# The fastest of RUNS runs of each command given, and its largest peak memory, the commands run
# by turns, so that a command and its reference meet the machine as it is at the time (a shared
# machine's speed drifts over a run). Arguments: SETUP COMMAND pairs, each a string for eval;
# a SETUP (may be empty) runs untimed before every run of its command. Prints
# "SECONDS PEAK_MB" for each command, on one line.
best_by_turns() {
  local -a setups=() commands=() fastest=() peak=()
  while [ $# -gt 0 ]; do
    setups+=("$1"); commands+=("$2"); fastest+=(""); peak+=(0); shift 2
  done
  local seconds kb i
  for _ in $(seq "$RUNS"); do
    for i in "${!commands[@]}"; do
      [ -z "${setups[$i]}" ] || eval "${setups[$i]}"
      read -r seconds kb < <(eval "once ${commands[$i]}")
      fastest[i]=$(awk -v a="${fastest[$i]}" -v b="$seconds" 'BEGIN { print (a == "" || b < a) ? b : a }')
      peak[i]=$((kb > peak[i] ? kb : peak[i]))
    done
  done
  for i in "${!commands[@]}"; do printf '%s %s ' "${fastest[$i]}" "$((peak[i] / 1024))"; done
  echo
}
# The fastest of RUNS runs of one command: "SECONDS PEAK_MB". SETUP (a shell command, may be
# empty) runs before each run, untimed.
best() {
  local setup=$1; shift
  best_by_turns "$setup" "$(printf '%q ' "$@")"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
micros() { awk -v t="$1" -v n="$2" 'BEGIN { printf "%.2f", t * 1e6 / n }'; }

printf '%s\n' "best of $RUNS runs; seconds (peak MB)"
printf '%-9s | %-13s %8s %6s | %-13s %8s %7s %6s %6s | %s\n' forecasts import sqlite3 "×" \
  scorecard "GROUP BY" pandas "×GB" "×pd" "µs/forecast: import, scorecard"
for N in "${SIZES[@]}"; do
  S=$((N / 100 > 0 ? N / 100 : 1))
  CSV="$WORK/s$N.csv"
  L="$WORK/l$N.sqlite"
  P="$WORK/plain$N.sqlite"
  "$H" generate --speakers "$S" --forecasts "$N" --seed 1 --output "$CSV"
  read -r IT IM QT _ < <(best_by_turns \
    "rm -f $L $L-wal $L-shm $L-journal ${L%.sqlite}.jsonl" \
    "'$H' import '$CSV' --catalog '$WORK/empty.yaml' --ledger '$L'" \
    "rm -f $P" "sqlite3 '$P' '.mode csv' '.import $CSV forecasts'")
  read -r CT CM < <(best "" "$H" scorecard --format json --catalog "$WORK/empty.yaml" --ledger "$L")
  read -r GT _ < <(best "" sqlite3 "$P" \
    "SELECT speaker, AVG((p - (outcome = 'true')) * (p - (outcome = 'true'))) FROM forecasts GROUP BY speaker;")
  PT="-"
  [ -z "$PY" ] || read -r PT _ < <(best "" "$PY" "$WORK/brier_by_speaker.py" "$CSV")
  printf '%-9s | %7s (%3d) %8s %6s | %7s (%3d) %8s %7s %6s %6s | %6s, %s\n' "$N" \
    "$IT" "$IM" "$QT" "$(ratio "$IT" "$QT")" "$CT" "$CM" "$GT" "$PT" "$(ratio "$CT" "$GT")" \
    "$(ratio "$CT" "$PT")" "$(micros "$IT" "$N")" "$(micros "$CT" "$N")"
  LAST=("$N" "$IT" "$IM" "$QT" "$CT" "$CM" "$GT" "$PT")
  # The largest size's ledger, plain table and CSV stay for the measures of every command below.
  [ "$N" = "${SIZES[${#SIZES[@]} - 1]}" ] || rm -f "$P" "$CSV"
done

# The targets, judged at the largest size measured.
read -r N IT IM QT CT CM GT PT <<<"${LAST[*]}"
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "-") print "not measured"; else if (v <= t) print "met"; else printf "missed by %.0f%%\n", (v / t - 1) * 100 }'; }
echo
echo "targets (SPEC §11) at $N forecasts:"
printf '  import ≤ 2× sqlite3 .import:        %5s×  %s\n' "$(ratio "$IT" "$QT")" "$(verdict "$(ratio "$IT" "$QT")" 2)"
printf '  scorecard ≤ 1.5× GROUP BY:          %5s×  %s\n' "$(ratio "$CT" "$GT")" "$(verdict "$(ratio "$CT" "$GT")" 1.5)"
printf '  scorecard ≤ 0.5× pandas:            %5s×  %s\n' "$(ratio "$CT" "$PT")" "$(verdict "$(ratio "$CT" "$PT")" 0.5)"
printf '  peak memory < 300 MB:   import %3d MB, scorecard %3d MB  %s\n' "$IM" "$CM" \
  "$( [ "$IM" -lt 300 ] && [ "$CM" -lt 300 ] && echo met || echo missed)"

# The scorecard beside SQL doing its proposition work (docs/methodology.md): each speaker's
# latest update on each question made by the resolution, its Brier score, and its peer score
# against the other speakers on the question (clamped logs), per speaker.
cat >"$WORK/peer.sql" <<'SQL'
WITH latest AS (
  SELECT speaker, question, CAST(p AS REAL) AS p, outcome = 'true' AS o,
    ROW_NUMBER() OVER (PARTITION BY speaker, question ORDER BY said_on DESC, rowid DESC) AS r
  FROM forecasts WHERE outcome IN ('true', 'false') AND said_on <= resolved_on),
lines AS (
  SELECT speaker, question, p, o,
    ln(max(min(CASE WHEN o THEN p ELSE 1 - p END, 0.999), 0.001)) AS lg
  FROM latest WHERE r = 1),
q AS (SELECT question, SUM(lg) AS s, COUNT(*) AS n FROM lines GROUP BY question)
SELECT speaker, COUNT(*), AVG((p - o) * (p - o)),
  AVG(CASE WHEN q.n > 1 THEN 100 * (lg - (q.s - lg) / (q.n - 1)) END)
FROM lines JOIN q USING (question) GROUP BY speaker;
SQL
read -r ST _ < <(best "" sqlite3 -init "$WORK/peer.sql" "$WORK/plain$N.sqlite" ".quit")
printf '  scorecard beside SQL scoring latest updates and peer scores: %s s, %s×\n' "$ST" \
  "$(ratio "$CT" "$ST")"

# Every command on the largest ledger, against its budget (docs/performance.md, "At scale"),
# beside sqlite3 on the same rows.
# Fast commands: the mean of 10 runs after 2 warm-ups; peak memory from one more run.
mean_ms() {
  for _ in 1 2; do "$@" >/dev/null; done
  local start=$(date +%s%N)
  for _ in $(seq 10); do "$@" >/dev/null; done
  awk -v d=$(($(date +%s%N) - start)) 'BEGIN { printf "%.1f", d / 10 / 1e6 }'
}
peak_mb() {
  /usr/bin/time -f "%M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  echo $(($(cat "$WORK/time") / 1024))
}
within() { awk -v v="$1" -v t="$2" 'BEGIN { if (v <= t) print "met"; else printf "missed by %.0f%%\n", (v / t - 1) * 100 }'; }
row() { printf '  %-34s %10s %6s MB  %-22s %7s  %-9s %s\n' "$@"; }

echo
echo "every command on the $N-forecast ledger ($S speakers); seconds unless marked:"
row "command" "hindsight" "peak" "reference" "×" "budget" "verdict"
export HINDSIGHT_CATALOG="$WORK/empty.yaml" HINDSIGHT_LEDGER="$L"
ROWS=$(sqlite3 "$L" "SELECT count(*) FROM forecasts")
pick() { sqlite3 "$L" "SELECT $1 FROM forecasts WHERE imported = 1 LIMIT 1 OFFSET $(($2 % ROWS))"; }
SPK=$(pick speaker 4242)
FC=$(pick forecast 4242)
QN=$(pick question 4242)
YEAR=$(sqlite3 "$L" "SELECT CAST(substr(max(resolved_on), 1, 4) AS INTEGER) - 1 FROM forecasts")
N_SPK=$(sqlite3 "$L" "SELECT count(*) FROM forecasts WHERE speaker = '$SPK'")
for CMD in "ls --speaker $SPK" "show $FC" "show $QN"; do
  MS=$(mean_ms "$H" $CMD)
  row "${CMD%% *} ${CMD#* }" "$MS ms" "$(peak_mb "$H" $CMD)" "" "" "< 50 ms" "$(within "$MS" 50)"
done
echo "    (ls --speaker lists $N_SPK rows)"
# Writes on one question each: evidence, a verdict, and the verdict's retraction.
WRITES=("evidence add" "verdict" "retract")
for I in 0 1 2; do
  Q=$(pick question $((1000 + I * 7919)))
  F=$(pick forecast $((1000 + I * 7919)))
  S0=$(date +%s%N)
  "$H" evidence add "$Q" --supports --observed 2026-01-02 --source "fictional benchmark" >/dev/null
  S1=$(date +%s%N)
  "$H" verdict "$F" --false --reason "fictional benchmark" --source "fictional" >/dev/null
  S2=$(date +%s%N)
  "$H" retract "$(sqlite3 "$L" 'SELECT max(seq) FROM entries')" --reason "fictional benchmark" >/dev/null
  S3=$(date +%s%N)
  TIMES[$I]="$(( (S1 - S0) / 1000000 )) $(( (S2 - S1) / 1000000 )) $(( (S3 - S2) / 1000000 ))"
done
for K in 0 1 2; do
  MS=$(for I in 0 1 2; do read -r -a T <<<"${TIMES[$I]}"; echo "${T[$K]}"; done | sort -n | head -1)
  row "${WRITES[$K]} (one question)" "$MS ms" "" "" "" "< 100 ms" "$(within "$MS" 100)"
done
# Whole-ledger listings against sqlite3 printing the same rows, every CSV column, from the
# plain table.
read -r JT _ < <(best "" sqlite3 -json "$P" "SELECT * FROM forecasts")
read -r VT _ < <(best "" sqlite3 -csv "$P" "SELECT * FROM forecasts")
for SPEC in "ls --format json|$JT|sqlite3 -json" "ls --format csv|$VT|sqlite3 -csv" "resolve --format json|$JT|sqlite3 -json"; do
  IFS='|' read -r CMD REF NAME <<<"$SPEC"
  read -r T M < <(best "" "$H" $CMD)
  row "$CMD" "$T" "$M" "$NAME $REF" "$(ratio "$T" "$REF")" "≤ 2×" "$(within "$(ratio "$T" "$REF")" 2)"
done
# The same file imported again: every row is one the ledger holds, so each is compared with it
# and nothing is written (docs/import.md, "Importing an updated export"). No budget names it;
# the first import is its reference.
read -r T M < <(best "" "$H" import "$CSV")
row "import again (nothing new)" "$T" "$M" "first import $IT" "$(ratio "$T" "$IT")" "-" ""
# An updated export: the file with 3 outcomes in 10 left out, imported first, then the whole
# file again, which brings those outcomes to forecasts the ledger holds; then verify on that
# ledger beside its integrity check and payloads' SHA-256. No budget names the update.
python3 - "$CSV" "$WORK/earlier.csv" <<'PY'
import csv, sys
with open(sys.argv[1], newline="") as src, open(sys.argv[2], "w", newline="") as dst:
    rows, out = csv.reader(src), csv.writer(dst, lineterminator="\n")
    header = next(rows)
    out.writerow(header)
    outcome, resolved = header.index("outcome"), header.index("resolved_on")
    for number, row in enumerate(rows):
        if number % 10 < 3:
            row[outcome] = row[resolved] = ""
        out.writerow(row)
PY
U="$WORK/updated.sqlite"
rm -f "$U" "${U%.sqlite}.jsonl"
"$H" import "$WORK/earlier.csv" --ledger "$U" >/dev/null
cp "$U" "$WORK/earlier.sqlite"
cp "${U%.sqlite}.jsonl" "$WORK/earlier.jsonl"
RESOLVED=$(sqlite3 "$U" "SELECT count(*) FROM forecasts WHERE outcome IS NULL")
read -r T M < <(best \
  "cp '$WORK/earlier.sqlite' '$U'; cp '$WORK/earlier.jsonl' '${U%.sqlite}.jsonl'; rm -f '$U-wal' '$U-shm'" \
  "$H" import "$CSV" --ledger "$U")
row "import an update ($RESOLVED outcomes)" "$T" "$M" "first import $IT" "$(ratio "$T" "$IT")" "-" ""
S0=$(date +%s%N)
sqlite3 "$U" "PRAGMA integrity_check" >/dev/null
sqlite3 "$U" "SELECT payload FROM entries" | sha256sum >/dev/null
REF=$(awk -v d=$(($(date +%s%N) - S0)) 'BEGIN { printf "%.3f", d / 1e9 }')
read -r T M < <(best "" "$H" verify --ledger "$U")
row "verify (after the update)" "$T" "$M" "integrity+sha256 $REF" "$(ratio "$T" "$REF")" "≤ 2×" "$(within "$(ratio "$T" "$REF")" 2)"
rm -f "$CSV" "$WORK/earlier.csv" "$WORK/earlier.sqlite" "$WORK/earlier.jsonl" "$U" "${U%.sqlite}.jsonl"
# An editor's ledger holds entries about its forecasts, and the review shows each resolved
# forecast's timeline: 300 notes first, one a question, spread over the questions.
QS=$(sqlite3 "$L" "SELECT count(DISTINCT question) FROM forecasts WHERE imported = 1")
STRIDE=$(( QS / 300 > 1 ? QS / 300 : 1 ))
S0=$(date +%s%N)
COUNT=0
while read -r Q; do
  "$H" note "$Q" --text "Fictional benchmark note: searched nothing." --observed 2024-06-01 >/dev/null
  COUNT=$((COUNT + 1))
done < <(sqlite3 "$L" "SELECT question FROM (SELECT question, ROW_NUMBER() OVER (ORDER BY question) AS r FROM (SELECT DISTINCT question FROM forecasts WHERE imported = 1)) WHERE r % $STRIDE = 0 LIMIT 300")
MS=$(awk -v d=$(($(date +%s%N) - S0)) -v n="$COUNT" 'BEGIN { printf "%.1f", d / n / 1e6 }')
row "note (one question, mean of $COUNT)" "$MS ms" "" "" "" "< 100 ms" "$(within "$MS" 100)"
ENTRIES=$(sqlite3 "$L" "SELECT count(*) FROM entries")
read -r T M < <(best "" "$H" review "$YEAR")
row "review $YEAR ($ENTRIES entries)" "$T" "$M" "" "" "< 2 s" "$(within "$T" 2)"
# --history scores at each year end since the first forecast, and today.
CUTS=$(($(date +%Y) + 1 - $(sqlite3 "$L" "SELECT CAST(substr(min(said_on), 1, 4) AS INTEGER) FROM forecasts")))
# Its reference, one scorecard, is measured again by turns with it, on the ledger as it is now.
read -r T M ST _ < <(best_by_turns "" "'$H' scorecard --history --format json" \
  "" "'$H' scorecard --format json")
row "scorecard --history ($CUTS cuts)" "$T" "$M" "scorecard $ST" "$(ratio "$T" "$ST")" "≤ 3×" "$(within "$(ratio "$T" "$ST")" 3)"
S0=$(date +%s%N)
sqlite3 "$L" "PRAGMA integrity_check" >/dev/null
sqlite3 "$L" "SELECT payload FROM entries" | sha256sum >/dev/null
REF=$(awk -v d=$(($(date +%s%N) - S0)) 'BEGIN { printf "%.3f", d / 1e9 }')
read -r T M < <(best "" "$H" verify)
row "verify" "$T" "$M" "integrity+sha256 $REF" "$(ratio "$T" "$REF")" "≤ 2×" "$(within "$(ratio "$T" "$REF")" 2)"
unset HINDSIGHT_CATALOG HINDSIGHT_LEDGER

echo
echo "read commands on the shipped MEET 2024 ledger (target < 50 ms; mean of 20 runs after 3 warm-ups):"
cp "$ROOT/predictions.yaml" "$WORK/meet.yaml"
cp "$ROOT/hindsight.jsonl" "$WORK/meet.jsonl" # the shipped ledger, evidence included
export HINDSIGHT_CATALOG="$WORK/meet.yaml" HINDSIGHT_LEDGER="$WORK/meet.sqlite"
"$H" ls >/dev/null
FIRST=$("$H" ls | awk 'NR == 2 { print $1 }')
READS=("check" "ls" "show $FIRST" "resolve" "scorecard" "evidence list" "review 2025" "verify" "export")
for CMD in "${READS[@]}"; do
  if command -v hyperfine >/dev/null; then
    hyperfine -N -w 3 -r 20 --style none --export-json "$WORK/h.json" "$H $CMD" >/dev/null 2>&1
    MS=$(python3 -c "import json,sys;print('%.1f' % (json.load(open(sys.argv[1]))['results'][0]['mean']*1000))" "$WORK/h.json")
  else
    for _ in 1 2 3; do "$H" $CMD >/dev/null; done
    START=$(date +%s%N)
    for _ in $(seq 20); do "$H" $CMD >/dev/null; done
    MS=$(awk -v d=$(($(date +%s%N) - START)) 'BEGIN { printf "%.1f", d / 20 / 1e6 }')
  fi
  printf '  %-14s %6s ms  %s\n' "${CMD%% *}" "$MS" "$(awk -v m="$MS" 'BEGIN { print (m < 50) ? "met" : "missed" }')"
done
