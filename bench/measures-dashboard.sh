#!/usr/bin/env bash
# The authority's co-production dashboard at scale, in the packaged jar: loads 20,000 generated cases
# with two years of what the dashboards count (AuthorityLoad --measures 1: school phases, primary needs,
# a parent on each case, contributions and their answers, agreement marks, meetings, views, decisions,
# actions, disagreements, and 30,000 confidence survey answers over six terms) into the embedded
# PostgreSQL the jar will use, starts `java -Xmx512m -jar`, signs in as the demo SEN manager (password
# and authenticator code) and times, one request after another, the whole dashboard page
# /measures/authority/{laId} unfiltered and with each filter, and each panel's CSV.
#
# Usage: bench/measures-dashboard.sh [options]
#   --no-build           use the jar already in target/ (and the compiled test classes)
#   --data DIR           keep the database in DIR (default /tmp/b20k-measures). A DIR that already holds a
#                        database loaded by this script is used as it is; one loaded by authority-scale.sh
#                        (without the measures) gets them added first (AuthorityLoad --measures-only 1)
#   --cases N            cases to load (default 20000)
#   --answers N          confidence survey answers to load (default 30000)
#   --provision          also load provision at scale (10 million sessions; slow), so the fidelity panel has figures
#   --runs N             timed requests per address, one after another, after 5 not counted (default 50)
#   --combinations       also every panel's CSV with each filter and the two-filter combination (42 more addresses)
#   --paced D            also run wrk for D per address (e.g. 15s): 20 connections each pausing 0.5 to 2 s
#   --port P             port for the application (default 18296)
#   --try PATH           time PATH (a page that exists, e.g. /authority) instead of the dashboards: checks the
#                        sign-in and the timing loop before the dashboards are there
# Needs: a JDK 21+ (JAVA_HOME or java on the PATH), curl, python3 (the authenticator code, the table),
# and wrk for --paced. Prints one table: for each address its answer, size, p50, p95 and the slowest.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1; data=/tmp/b20k-measures; cases=20000; answers=30000; provision=0; runs=50; combinations=0; paced=""; port=18296; try=""
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0; shift ;;
    --data) data="$2"; shift 2 ;;
    --cases) cases="$2"; shift 2 ;;
    --answers) answers="$2"; shift 2 ;;
    --provision) provision=1; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --combinations) combinations=1; shift ;;
    --paced) paced="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --try) try="$2"; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done

mkdir -p "$data"
keep=1
. bench/lib.sh
need curl python3
[ -z "$paced" ] || command -v wrk >/dev/null || { echo "wrk is needed for --paced (apt-get install -y wrk)" >&2; exit 2; }
build_jar

# --- load: Coplan started from the same jar with the generators on its class path (PropertiesLauncher)
load() {
  mkdir -p "$work/loader/org/coplan/bench"
  cp target/test-classes/org/coplan/bench/AuthorityGenerator*.class target/test-classes/org/coplan/bench/AuthorityLoad*.class \
     target/test-classes/org/coplan/bench/ProvisionGenerator*.class target/test-classes/org/coplan/bench/MeasuresGenerator*.class \
     "$work/loader/org/coplan/bench/"
  local started=$SECONDS
  COPLAN_DATA_DIRECTORY="$data/pg" nice "$java" -Xmx1g -cp "$jar" -Dloader.path="$work/loader" \
    -Dloader.main=org.coplan.bench.AuthorityLoad org.springframework.boot.loader.launch.PropertiesLauncher "$@" 2>&1 \
    | tee "$work/load.log" | grep '^BENCH-' || true
  grep -q '^BENCH-LA ' "$work/load.log" || { echo "Loading failed:" >&2; tail -40 "$work/load.log" >&2; exit 1; }
  echo "-- loaded in $((SECONDS - started)) s (start-up of the loader included)"
}
if [ ! -f "$data/targets" ]; then
  echo "== loading $cases cases with $answers survey answers into $data/pg"
  load --cases "$cases" --provision "$provision" --measures 1 --survey-answers "$answers"
  grep '^BENCH-' "$work/load.log" > "$data/targets"
elif ! grep -q '^BENCH-LOAD measures' "$data/targets"; then
  echo "== adding what the dashboards count ($answers survey answers) to the cases in $data/pg"
  load --measures-only 1 --survey-answers "$answers"
  grep '^BENCH-' "$work/load.log" >> "$data/targets"
fi
la=$(awk '/^BENCH-LA /{print $2; exit}' "$data/targets")

# --- the application, as deployed but for the heap cap
start_app
echo "== $jar on port $port, authority $la"

cookie=$(sign_in manager@demo.coplan.test COPLANDEMOKEYFORTRYINGTHESERVICE)
[ -n "$cookie" ] || { echo "Signing in as the SEN manager failed" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/authority")
[ "$status" = 200 ] || { echo "Signed in, but /authority answered $status: the second factor was not accepted?" >&2; exit 1; }

# --- what is timed: label and path, one a line
filters=("" "phase=PRIMARY" "need=ASD" "age=AGE_11_TO_15" "stage=EHC_PLAN" "phase=PRIMARY&need=ASD")
panels=(confidence contributions agreement meetings disagreements involvement fidelity)
page="/measures/authority/$la"
: > "$work/urls"
if [ -n "$try" ]; then
  echo "$try	$try" >> "$work/urls"
else
  for f in "${filters[@]}"; do echo "whole page ${f:-(no filter)}	$page${f:+?$f}" >> "$work/urls"; done
  for p in "${panels[@]}"; do echo "$p.csv	$page/$p.csv" >> "$work/urls"; done
  if [ "$combinations" = 1 ]; then
    for p in "${panels[@]}"; do
      for f in "${filters[@]:1}"; do echo "$p.csv $f	$page/$p.csv?$f" >> "$work/urls"; done
    done
  fi
fi

cat > "$work/paced.lua" <<'LUA'
local cookie = os.getenv("BENCH_COOKIE")
wrk.headers["Cookie"] = cookie
function setup(thread) thread:set("seed", math.random(1, 1000000)) end
function init(args) math.randomseed(os.time() + (seed or 0)) end
function delay() return math.random(500, 2000) end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.1f %d %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests, e.status + e.timeout + e.connect + e.read + e.write))
end
LUA

# --- one request after another: the time each answer takes with nobody else asking
: > "$work/results"
while IFS=$'\t' read -r label path; do
  for _ in 1 2 3 4 5; do curl -s -o /dev/null --max-time 60 -H "Cookie: $cookie" "$base$path" || true; done
  times=()
  code=""; size=""
  for _ in $(seq 1 "$runs"); do
    read -r code size t <<< "$(curl -s -o /dev/null --max-time 60 -w '%{http_code} %{size_download} %{time_total}' \
      -H "Cookie: $cookie" "$base$path")"
    times+=("$t")
  done
  line="seq	$label	$path	$code	$size	${times[*]}"
  if [ -n "$paced" ]; then
    out=$(BENCH_COOKIE="$cookie" wrk -t2 -c20 -d"$paced" --timeout 30s -s "$work/paced.lua" "$base$path" 2>&1 || true)
    line="$line	$(grep '^RESULT ' <<< "$out" | cut -d' ' -f2- || echo '- - - -')"
  fi
  echo "$line" >> "$work/results"
  echo "-- $label: $code"
done < "$work/urls"

echo
echo "Coplan $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(grep -c . "$work/urls") addresses, $runs requests each one after" \
  "another after 5 not counted, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
grep '^BENCH-LOAD' "$data/targets" | sed 's/^BENCH-LOAD /  /'
python3 - "$work/results" "$paced" <<'PY'
import sys
paced = sys.argv[2]
def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100.0 * (len(xs) - 1))))]
head = "| address | answer | size | p50 | p95 | slowest |"
rule = "| --- | --- | --- | --- | --- | --- |"
if paced:
    head += " paced (20 connections) p50 | p95 | requests | failed |"
    rule += " --- | --- | --- | --- |"
print(head); print(rule)
for line in open(sys.argv[1]):
    f = line.rstrip("\n").split("\t")
    label, path, code, size = f[1], f[2], f[3], f[4]
    ms = [float(t) * 1000 for t in f[5].split()]
    row = "| %s | %s | %.1f KB | %.0f ms | %.0f ms | %.0f ms |" % (label, code, int(size) / 1024, pct(ms, 50), pct(ms, 95), max(ms))
    if paced:
        w = (f[6].split() + ["-"] * 4)[:4] if len(f) > 6 else ["-"] * 4
        row += " %s ms | %s ms | %s | %s |" % tuple(w)
    print(row)
PY
